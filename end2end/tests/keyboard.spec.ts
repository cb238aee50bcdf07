import { expect, phone, test, waitForHydration } from './helpers';

test.use({ viewport: phone });

test('the skip link is the first stop and jumps to the content', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next stop is inside the content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(inMain).toBe(true);
});

test('the menu and the wijk choice work with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const agenda = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' });
  await agenda.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.goto('/');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Pijnacker', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Deze week in Pijnacker' })).toBeVisible();
});
