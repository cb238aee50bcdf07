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
