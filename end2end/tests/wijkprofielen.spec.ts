import { choosePasswordAndSignIn, expectNoAxeViolationsAtBothSizes, linkPath } from './account_helpers';
import { expect, phone, test, waitForHydration } from './helpers';

// A resident opens the profile of their wijk from the menu: who lives
// there beside the whole municipality, with the source of the figures.
test.use({ viewport: phone });

async function openDelfgauw(page: import('@playwright/test').Page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wijken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijken');
  await expect(page.getByText('8.000 inwoners (2024)')).toBeVisible();
  await page.getByRole('link', { name: 'Delfgauw' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delfgauw');
  const row = page.getByRole('row', { name: /^65 jaar of ouder/ }).last();
  await expect(row.getByRole('cell')).toHaveText(['19 %', '17 %']);
  // The demo's figures say they are made up.
  await expect(page.getByText('Bron: voorbeeldcijfers, verzonnen voor de demo (niet van het CBS), 2024.')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Leeftijden in Delfgauw en in Pijnacker-Nootdorp/ })).toBeVisible();
}

test('with JavaScript: a resident opens the profile of Delfgauw', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await openDelfgauw(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: 'Alles in Delfgauw in de agenda' }).click();
  await expect(page).toHaveURL(/\/agenda\?wijk=WK192603$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the profile is the same page', async ({ page }) => {
    await page.goto('/');
    await openDelfgauw(page);
  });
});

test('an admin imports a CBS table and adds a facility that residents then see', async ({ page }) => {
  test.setTimeout(90_000);
  await choosePasswordAndSignIn(page, linkPath('wijken'), 'e2e.wijken@gemeente.example', 'wijken beheren met een lange zin');
  await expect(page).toHaveURL(/\/professionals$/);
  await page.getByRole('link', { name: 'Wijken beheren: CBS-cijfers, tevredenheid en voorzieningen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijken beheren');
  // An older year, so the profiles keep showing the demo's latest figures.
  await page.getByLabel('Bestand').setInputFiles(`${__dirname}/../../server/tests/data/cbs/kwb-2024.csv`);
  await page.getByLabel('Jaar (niet verplicht)').fill('2019');
  await page.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByRole('status')).toContainText('De cijfers van 2019 zijn ingelezen: 43 cijfers van 4 gebieden.');
  await expectNoAxeViolationsAtBothSizes(page);

  await page.getByRole('link', { name: 'Delfgauw beheren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delfgauw beheren');
  await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies de soort voorziening.');
  await expectNoAxeViolationsAtBothSizes(page);
  await page.getByLabel('Soort', { exact: true }).selectOption('library');
  await page.getByLabel('Naam', { exact: true }).fill('Bibliotheek aan het plein');
  await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('De voorziening is toegevoegd.');
  await page.getByRole('link', { name: 'Bekijk het wijkprofiel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delfgauw');
  await expect(page.getByText('Bibliotheek aan het plein')).toBeVisible();
});
