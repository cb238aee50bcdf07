import type { Page } from '@playwright/test';
import { expectNoAxeViolationsAtBothSizes } from './account_helpers';
import { expect, phone, test, waitForHydration } from './helpers';
import { answerStepsOneToFive, heading, problems, send, uniqueName } from './intake_helpers';

// A volunteer keeps an activity up to date through the beheerlink. The
// initiative is sent but not published, so the sociale kaart's counts in
// the other tests stay the same.
test.use({ viewport: phone });

/** Sends an initiative, adds a weekly activity from the beheer page, and
 *  opens that activity's own page for volunteers. */
async function openNewActivity(page: Page, title: string) {
  const name = uniqueName('Buurtsoep');
  await answerStepsOneToFive(page, name, `soep.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@buurt.example`);
  await send(page);
  const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.getByLabel('Naam van de activiteit').fill(title);
  await page.getByLabel('Datum').fill(nextWeek);
  await page.getByLabel('Begintijd').fill('17:30');
  await page.getByLabel('Eindtijd').fill('19:30');
  await page.getByLabel('Waar is het?').fill('Buurtkamer De Kiezel');
  await page.getByLabel('Elke week').check();
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('De activiteit staat in de agenda.');
  await page.getByRole('link', { name: `Datums en gegevens van ${title} aanpassen` }).click();
  await expect(heading(page)).toHaveText(`${title}: datums en gegevens`);
}

/** `scan`: run axe-core, which needs JavaScript in the page. */
async function changeTheDetails(page: Page, title: string, scan: boolean) {
  // A mistake: the message is at the field, and what was typed stays.
  await page.getByLabel('Wat kost het, in euro?').fill('een paar euro');
  await page.getByLabel('Wat nemen mensen mee?').fill('Een eigen kom');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(problems(page)).toContainText('Typ een bedrag, zoals 2,50.');
  await expect(page.locator('#kosten-fout')).toHaveText('Typ een bedrag, zoals 2,50. Typ 0 als het gratis is.');
  await expect(page.getByLabel('Wat kost het, in euro?')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Wat nemen mensen mee?')).toHaveValue('Een eigen kom');
  if (scan) await expectNoAxeViolationsAtBothSizes(page);

  await page.getByLabel('Wat kost het, in euro?').fill('1,50');
  await page.getByLabel('Adres').fill('Kiezel 4, Pijnacker');
  await page.getByRole('radio', { name: 'Ja' }).check();
  await page.getByLabel('Mensen moeten zich eerst aanmelden').check();
  await page.getByLabel('Voor hoeveel mensen is er plek?').fill('20');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('De gegevens zijn opgeslagen. Bewoners zien ze nu in de agenda.');
  await expect(heading(page)).toHaveText(`${title}: datums en gegevens`);
  // The form shows what is stored now.
  await expect(page.getByLabel('Wat kost het, in euro?')).toHaveValue('1,50');
  await expect(page.getByLabel('Adres')).toHaveValue('Kiezel 4, Pijnacker');
  await expect(page.getByRole('radio', { name: 'Ja' })).toBeChecked();
  await expect(page.getByLabel('Mensen moeten zich eerst aanmelden')).toBeChecked();
  await expect(page.getByLabel('Voor hoeveel mensen is er plek?')).toHaveValue('20');
  if (scan) await expectNoAxeViolationsAtBothSizes(page);
}

test('with JavaScript: a volunteer changes an activity’s details and calls off a date', async ({ page }) => {
  test.setTimeout(90_000);
  const title = uniqueName('Soep eten');
  await openNewActivity(page, title);
  await waitForHydration(page);
  await expect(heading(page)).toBeFocused();
  await expectNoAxeViolationsAtBothSizes(page);
  await changeTheDetails(page, title, true);

  // Move the first date: its form comes first, under the heading.
  await page.getByRole('link', { name: /^Verplaats / }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: /verplaatsen$/ })).toBeVisible();
  await expect(page.getByLabel('Begintijd', { exact: true })).toHaveValue('17:30');
  await page.getByLabel('Eindtijd', { exact: true }).fill('17:00');
  await page.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(page.locator('#nieuwe-eindtijd-fout')).toHaveText('De eindtijd moet na de begintijd liggen.');
  await expectNoAxeViolationsAtBothSizes(page);
  await page.getByLabel('Begintijd', { exact: true }).fill('18:00');
  await page.getByLabel('Eindtijd', { exact: true }).fill('20:00');
  await page.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(page.getByRole('status')).toHaveText('De datum is verplaatst. Bewoners zien de nieuwe dag en tijd in de agenda.');
  await expect(page.locator('.manage-date').first()).toContainText('Andere tijd dan normaal');
  await expect(page.locator('.manage-date').first()).toContainText('18.00');

  await page.getByRole('button', { name: /^Zeg .* af$/ }).first().click();
  await expect(page.getByRole('status')).toHaveText('De datum is afgezegd.');
  // The moved date can be put back, and so can the one called off.
  await expect(page.getByRole('button', { name: /gaat toch door$/ })).toHaveCount(2);

  // The times of every date at once.
  await page.getByLabel('Begintijd voor alle datums').fill('18:30');
  await page.getByLabel('Eindtijd voor alle datums').fill('18:00');
  await page.getByRole('button', { name: 'Tijden opslaan' }).click();
  await expect(page.locator('#reeks-eindtijd-fout')).toHaveText('De eindtijd moet na de begintijd liggen.');
  await expect(page.getByLabel('Begintijd voor alle datums')).toHaveValue('18:30');
  await expectNoAxeViolationsAtBothSizes(page);
  await page.getByLabel('Eindtijd voor alle datums').fill('20:30');
  await page.getByRole('button', { name: 'Tijden opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('De tijden zijn aangepast. Bewoners zien de nieuwe tijden in de agenda.');
  await expect(page.locator('.manage-date').nth(1)).toContainText('18.30');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the details form is a plain post that keeps what was typed', async ({ page }) => {
    test.setTimeout(90_000);
    const title = uniqueName('Soep eten');
    await openNewActivity(page, title);
    await changeTheDetails(page, title, false);
    // Moving a date is a plain post too.
    await page.getByRole('link', { name: /^Verplaats / }).first().click();
    await page.getByLabel('Begintijd', { exact: true }).fill('18:00');
    await page.getByLabel('Eindtijd', { exact: true }).fill('20:00');
    await page.getByRole('button', { name: 'Verplaatsen' }).click();
    await expect(page.getByRole('status')).toHaveText('De datum is verplaatst. Bewoners zien de nieuwe dag en tijd in de agenda.');

    // The series gets a last day: two weeks after the first date.
    await page.getByLabel('Laatste dag (niet verplicht)').fill('2020-01-31');
    await page.getByRole('button', { name: 'Laatste dag opslaan' }).click();
    await expect(page.locator('#reeks-laatste-dag-fout')).toHaveText('Kies vandaag of een dag die nog komt.');
    await expect(page.getByLabel('Laatste dag (niet verplicht)')).toHaveValue('2020-01-31');
    const lastDay = new Date(Date.now() + 21 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Laatste dag (niet verplicht)').fill(lastDay);
    await page.getByRole('button', { name: 'Laatste dag opslaan' }).click();
    await expect(page.getByRole('status')).toHaveText('De laatste dag is opgeslagen. Bewoners zien de datums tot en met die dag in de agenda.');
    await expect(page.locator('.manage-date')).toHaveCount(3);
    await expect(page.getByLabel('Laatste dag (niet verplicht)')).toHaveValue(lastDay);
  });
});
