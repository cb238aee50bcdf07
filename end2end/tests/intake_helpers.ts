import type { Page } from '@playwright/test';
import { expect } from './helpers';

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
export const next = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
export const problems = (page: Page) => page.getByRole('alert');

/** A name no other test uses, so tests can run side by side. */
export function uniqueName(base: string): string {
  return `${base} ${Math.random().toString(36).slice(2, 7)}`;
}

/** Steps 1 to 5 (works with JavaScript on or off). */
export async function answerStepsOneToFive(page: Page, name: string, email: string) {
  await page.goto('/initiatief-aanmelden');
  await page.getByLabel('Naam van je initiatief').fill(name);
  await page.getByLabel('Wat doen jullie?').fill('Elke week koken en eten we samen met buren.');
  await page.getByLabel('Bewonersinitiatief').check();
  await next(page).click();
  await expect(heading(page)).toHaveText('Waar en voor wie');
  await page.getByLabel('Heel Delfgauw').check();
  await page.getByRole('checkbox', { name: 'Ouderen' }).check();
  await next(page).click();
  await expect(heading(page)).toHaveText('Wat jullie doen');
  await page.getByLabel('Wat doen jullie meestal?').fill('We koken op donderdag in de buurtkamer.');
  await next(page).click();
  await expect(heading(page)).toHaveText('Wat jullie nodig hebben');
  await page.getByLabel('Een ruimte').check();
  await next(page).click();
  await expect(heading(page)).toHaveText('Contact');
  await page.getByLabel('Naam van de contactpersoon').fill('Fatima El Amrani');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByRole('radio', { name: 'E-mail', exact: true }).check();
  await page.getByRole('radio', { name: 'Het e-mailadres' }).check();
  await next(page).click();
  await expect(heading(page)).toHaveText('Controleren en versturen');
}

export async function send(page: Page) {
  await page.getByLabel('Ik vind het goed dat jullie deze gegevens bewaren.').check();
  await page.getByLabel('Ik vind het goed dat jullie het openbare deel op de sociale kaart zetten.').check();
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page).toHaveURL(/\/mijn-initiatief\/[0-9a-f]{64}\?melding=aangemeld$/);
  await expect(page.getByRole('status')).toContainText('Bedankt! Je aanmelding is verstuurd.');
}

