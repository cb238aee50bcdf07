import { expectNoAxeViolationsAtBothSizes } from './account_helpers';
import { expect, phone, test } from './helpers';

test.use({ viewport: phone });

test('an unknown address shows a 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/deze-pagina-bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.getByRole('main').getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is er te doen in je wijk?');
});

// The pages for refused requests (413 too large, 403 from another site, 429
// too many posts) share one plain template without the app around it.
// 413 is the one a browser test can cause on its own; the 429 text is
// checked in server/tests/account_security.rs.
test('a post that is too large gets a readable page without accessibility problems', async ({ page }) => {
  await page.goto('/inloggen');
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/wachtwoord-vergeten';
    const field = document.createElement('textarea');
    field.name = 'email';
    field.value = 'x'.repeat(100 * 1024);
    form.append(field);
    document.body.append(form);
    form.submit();
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dat is te veel in één keer');
  await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
  await expectNoAxeViolationsAtBothSizes(page);
});
