import { expect, phone, test, waitForHydration } from './helpers';

test.use({ viewport: phone });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page shows this week and lets you pick a wijk', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is er te doen in je wijk?');
    await expect(page.getByRole('heading', { name: 'Deze week', exact: true })).toBeVisible();
    await expect(page.locator('.agenda-item').first()).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');

    await page.getByRole('link', { name: 'Delfgauw', exact: true }).click();
    await expect(page).toHaveURL(/\?wijk=WK192603$/);
    await expect(page.getByRole('heading', { name: 'Deze week in Delfgauw' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Delfgauw', exact: true })).toHaveAttribute('aria-current', 'page');
  });

  test('the menu leads to the other pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
    await expect(page).toHaveURL(/\/agenda$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
    await expect(page.locator('.agenda-day').first()).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test('picking a wijk updates the week without reloading, and back works', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    // A full page load would wipe this marker.
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

    await page.getByRole('link', { name: 'Nootdorp', exact: true }).click();
    await expect(page).toHaveURL(/\?wijk=WK192602$/);
    await expect(page.getByRole('heading', { name: 'Deze week in Nootdorp' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');

    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Deze week', exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  });

  test('after navigating, focus is on the new page heading', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kaart' }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Sociale kaart');
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Sociale kaart | Buurtkracht');
  });
});

test('example data is marked as such', async ({ page }) => {
  await page.goto('/kaart');
  await expect(page.getByText('Op deze website staan nu voorbeeldgegevens.')).toBeVisible();
  await expect(page.locator('.card .badge--demo').first()).toHaveText('Voorbeeld');
});
