import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { choosePasswordAndSignIn, expectNoAxeViolationsAtBothSizes, linkPath, signIn } from './account_helpers';
import { desktop, expect, phone, test, waitForHydration } from './helpers';

// A professional works with the dashboard: filters it to one wijk,
// starts a partnership and records a contact moment, answers a signal,
// moves a wijk to the next step of the method and downloads a CSV file.
// Once with JavaScript at desktop size, once without at phone size (on
// other data, as the first journey changes what it touches).

const password = 'het dashboard met een lange zin';
const email = 'e2e.dashboard@gemeente.example';

// Both journeys sign in to the same account; the first sets its password.
test.describe.configure({ mode: 'serial' });

async function signInOnce(page: Page, first: boolean) {
  if (first) {
    await choosePasswordAndSignIn(page, linkPath('dashboard'), email, password);
  } else {
    await page.goto('/inloggen');
    await signIn(page, email, password);
  }
  await expect(page).toHaveURL(/\/professionals$/);
}

test('with JavaScript at desktop size: filter, contact moment, signal, next step, CSV', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(desktop);
  await signInOnce(page, true);
  await page.getByRole('link', { name: 'Dashboard: wie is actief, wat is nodig' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await waitForHydration(page);

  // A filter applies at once, keeps its focus, and is in the address.
  const wijk = page.getByLabel('Wijk', { exact: true });
  await wijk.selectOption('WK192603');
  await expect(page).toHaveURL(/\/dashboard\?wijk=WK192603&periode=12m$/);
  const coverage = page.getByRole('table', { name: 'Initiatieven en organisaties per wijk en doelgroep' });
  await expect(coverage.getByRole('rowheader')).toHaveText(['Delfgauw']);
  await expect(wijk).toBeFocused();
  await expect(page.locator('a[href="/dashboard/dekking.csv?wijk=WK192603"]')).toBeVisible();
  await expectNoAxeViolationsAtBothSizes(page);
  await page.setViewportSize(desktop);

  // Start a partnership with an initiative that has none, and record a
  // contact moment: first with a problem, then right.
  await page.getByRole('link', { name: 'Alle samenwerkingen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samenwerkingen');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('list').getByRole('link', { name: 'Leesclub Delfgauw' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leesclub Delfgauw');
  await page.getByRole('button', { name: 'Samenwerking beginnen' }).click();
  await expect(page.getByRole('status')).toHaveText('De samenwerking is begonnen. Jij bent de vaste contactpersoon.');
  await page.getByLabel('Waar ging het over?').fill('Kennismaking in de bibliotheek');
  await page.getByRole('button', { name: 'Contactmoment opslaan' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Kies hoe het contact was.');
  await expect(page.getByLabel('Waar ging het over?')).toHaveValue('Kennismaking in de bibliotheek');
  await expectNoAxeViolationsAtBothSizes(page);
  await page.setViewportSize(desktop);
  await summary.getByRole('link', { name: 'Kies hoe het contact was.' }).click();
  await expect(page.getByRole('radio', { name: 'E-mail' })).toBeFocused();
  await page.getByRole('radio', { name: 'Langskomen' }).check();
  await page.getByRole('button', { name: 'Contactmoment opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('Het contactmoment is opgeslagen.');
  const log = page.getByRole('table', { name: 'Contactmomenten en overdrachten, nieuwste eerst' });
  await expect(log.getByRole('row').nth(1)).toContainText('Contact: Langskomen');
  await expect(log.getByRole('row').nth(1)).toContainText('Kennismaking in de bibliotheek');
  // The log downloads too, by a link that says which table it is.
  const [logFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download het logboek als CSV (voor Excel)' }).click(),
  ]);
  expect(logFile.suggestedFilename()).toBe('contactmomenten.csv');
  const logCsv = readFileSync((await logFile.path())!, 'utf8');
  expect(logCsv).toContain(';Leesclub Delfgauw;');
  expect(logCsv).toContain(';Contact: Langskomen;Kennismaking in de bibliotheek;');

  // Answer the demo's signal that has waited too long.
  await page.goto('/dashboard/signalen');
  await waitForHydration(page);
  const waiting = page.getByRole('row').filter({ hasText: 'Wacht langer dan twee weken' });
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('Koffieochtend De Ontmoeting');
  await waiting.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Signaal \d+$/);
  await page.getByRole('button', { name: 'Ik pak dit op' }).click();
  await expect(page.getByRole('status')).toContainText('Je hebt het signaal opgepakt.');
  await page.getByLabel('Terugkoppeling', { exact: true }).fill('We zoeken met de ouderenadviseur wie vaker langs kan komen.');
  await page.getByRole('button', { name: 'Terugkoppeling opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('De terugkoppeling is opgeslagen.');
  await expect(page.getByText('Teruggekoppeld', { exact: true })).toBeVisible();

  // Move Nootdorp to the next step.
  await page.goto('/dashboard#stappenplan');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Stappenplan van Nootdorp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stappenplan: Nootdorp');
  await expect(page.getByText('Nu bij stap 3: Bewoners ontmoeten ondersteuners van organisaties.')).toBeVisible();
  await page.getByRole('button', { name: 'Stap 3 is klaar: ga naar stap 4' }).click();
  await expect(page.getByRole('status')).toHaveText('De wijk is naar de volgende stap.');
  await expect(page.getByText('Nu bij stap 4: Bewoners doen mee.')).toBeVisible();

  // Download what initiatives need, as a file for Excel.
  await page.goto('/dashboard');
  await waitForHydration(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a[href="/dashboard/behoeften.csv"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('behoeften.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\ufeffInitiatief;Wijken;Heeft nodig;')).toBe(true);
  expect(csv).toContain('Vrijwilligers');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: phone });

  test('at phone size: the same work with forms that post', async ({ page }) => {
    test.setTimeout(120_000);
    await signInOnce(page, false);
    await page.goto('/dashboard');
    await page.getByLabel('Wijk', { exact: true }).selectOption('WK192601');
    await page.getByLabel('Periode', { exact: true }).selectOption('6m');
    await page.getByRole('button', { name: 'Toon', exact: true }).first().click();
    await expect(page).toHaveURL(/\/dashboard\?wijk=WK192601&doelgroep=&thema=&periode=6m$/);
    const coverage = page.getByRole('table', { name: 'Initiatieven en organisaties per wijk en doelgroep' });
    await expect(coverage.getByRole('rowheader')).toHaveText(['Pijnacker']);
    await expect(page.getByRole('table', { name: 'Resultaten per maand' }).getByRole('row')).toHaveCount(1 + 6 + 1);

    await page.goto('/dashboard/initiatieven/repair-cafe-pijnacker');
    await page.getByRole('button', { name: 'Samenwerking beginnen' }).click();
    await expect(page.getByRole('status')).toContainText('De samenwerking is begonnen.');
    await page.getByRole('radio', { name: 'Bellen' }).check();
    await page.getByLabel('Waar ging het over?').fill('Gebeld over een nieuwe ruimte');
    await page.getByRole('button', { name: 'Contactmoment opslaan' }).click();
    await expect(page.getByRole('status')).toHaveText('Het contactmoment is opgeslagen.');

    await page.goto('/dashboard/signalen');
    await page.getByLabel('Wijk', { exact: true }).last().selectOption('WK192601');
    await page.getByLabel('Thema', { exact: true }).last().selectOption('armoede');
    await page.getByRole('button', { name: 'Signaal opslaan' }).click();
    await expect(page.getByRole('alert')).toContainText('Schrijf wat je ziet. Gebruik geen namen.');
    await page.getByLabel('Wat zie je?').fill('Meer vragen over de energierekening bij de voedselbank.');
    await page.getByRole('button', { name: 'Signaal opslaan' }).click();
    await expect(page.getByRole('status')).toHaveText('Het signaal is opgeslagen.');
    await page.getByLabel('Terugkoppeling', { exact: true }).fill('Doorgegeven aan de schuldhulp.');
    await page.getByRole('button', { name: 'Terugkoppeling opslaan' }).click();
    await expect(page.getByRole('status')).toContainText('De terugkoppeling is opgeslagen.');

    await page.goto('/dashboard/stappenplan/WK192601');
    await page.getByRole('button', { name: 'Stap 4 is klaar: ga naar stap 5' }).click();
    await expect(page.getByText('Nu bij stap 5: Bewoners organiseren en steunen elkaar.')).toBeVisible();
  });
});
