import type { Browser, Page } from '@playwright/test';
import { choosePasswordAndSignIn, expectNoAxeViolationsAtBothSizes, linkPath, mailedLink } from './account_helpers';
import { expect, phone, test, waitForHydration } from './helpers';
import { answerStepsOneToFive, heading, send, uniqueName } from './intake_helpers';

// This test puts an initiative on the sociale kaart. playwright.config.ts
// runs it after every other test, which count the demo's 30 initiatives.
test.use({ viewport: phone });

async function signInAsReviewer(browser: Browser): Promise<Page> {
  // A context of its own (axe needs one), with its own session.
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await choosePasswordAndSignIn(page, linkPath('reviewer'), 'e2e.reviewer@gemeente.example', 'controleren met een lange zin');
  await expect(page).toHaveURL(/\/professionals$/);
  return page;
}

test('the beheerlink edits the initiative, and a professional puts it on the map', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const name = uniqueName('Samen Eten');
  const email = `samen.eten.${Date.now()}@buurt.example`;
  await answerStepsOneToFive(page, name, email);
  await send(page);
  const manage = new URL(page.url()).pathname;
  const mailed = await mailedLink(email, '/mijn-initiatief/');
  expect(mailed).toBe(manage);
  await waitForHydration(page);

  // The volunteer changes the summary through the beheerlink.
  await page.getByRole('link', { name: /^Wijzigen ?: Wat doen jullie\?$/ }).click();
  await expect(heading(page)).toContainText(name);
  await page.getByLabel('Wat doen jullie?').fill('Elke donderdag koken en eten we samen.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('Je wijzigingen zijn opgeslagen.');
  await expect(page.getByText('Elke donderdag koken en eten we samen.')).toBeVisible();
  await expectNoAxeViolationsAtBothSizes(page);

  // Not on the map yet.
  await page.goto(`/kaart?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('status')).toHaveText('Geen initiatieven gevonden');

  const reviewer = await signInAsReviewer(browser);
  await reviewer.getByRole('link', { name: 'Aanmeldingen van initiatieven bekijken' }).click();
  await expect(heading(reviewer)).toHaveText('Aanmeldingen');
  await waitForHydration(reviewer);
  await expectNoAxeViolationsAtBothSizes(reviewer);
  await reviewer.getByRole('link', { name }).click();
  await expect(heading(reviewer)).toHaveText(name);
  await expect(reviewer.getByText(email)).toBeVisible();
  await waitForHydration(reviewer);
  await expectNoAxeViolationsAtBothSizes(reviewer);
  await reviewer.getByRole('button', { name: 'Niet plaatsen' }).click();
  await expect(reviewer.getByRole('alert')).toContainText('Schrijf waarom het initiatief niet op de kaart komt.');
  await expectNoAxeViolationsAtBothSizes(reviewer);
  await reviewer.getByRole('button', { name: 'Goedkeuren en op de kaart zetten' }).click();
  await expect(reviewer.getByRole('status')).toHaveText('Het initiatief staat op de sociale kaart.');
  await reviewer.close();

  await page.goto(`/kaart?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('status')).toHaveText('1 initiatief gevonden');
  await expect(page.locator('.card')).toContainText('Elke donderdag koken en eten we samen.');
  await page.goto(manage);
  await expect(page.getByText('Staat op de sociale kaart')).toBeVisible();
});

