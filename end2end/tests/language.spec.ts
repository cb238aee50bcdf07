import { expect, phone, test, waitForHydration } from './helpers';

test.use({ viewport: phone });

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('the language switch changes every text and stays on the page', async ({ page }) => {
      await page.goto('/agenda?wijk=WK192601');
      if (javaScriptEnabled) await waitForHydration(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');

      await page.getByRole('button', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/agenda\?wijk=WK192601$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendar');
      await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();

      // The choice is remembered on the next page.
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("What's on in your neighbourhood?");

      await page.getByRole('button', { name: 'Nederlands' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is er te doen in je wijk?');
    });
  });
}
