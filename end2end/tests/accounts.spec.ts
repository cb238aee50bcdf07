import { choosePasswordAndSignIn, expectNoAxeViolations, linkPath } from './account_helpers';
import { expect, phone, test, waitForHydration } from './helpers';

test.use({ viewport: phone });

test('a new professional sets a password from the link, signs in and signs out', async ({ page }) => {
  const password = 'een lange zin als wachtwoord';
  await page.goto(linkPath('flow'));
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord instellen');
  await expect(page.getByText('e2e.flow@gemeente.example')).toBeVisible();

  // A mistake first: the problem is named, and the fields are marked.
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill('iets anders');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('De twee wachtwoorden zijn niet gelijk.');
  await expect(page.getByLabel('Herhaal het wachtwoord')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page).toHaveURL(/\/inloggen\?melding=wachtwoord$/);
  await expect(page.getByRole('status')).toHaveText('Je wachtwoord is ingesteld. Je kunt nu inloggen.');

  await page.getByLabel('E-mailadres').fill('E2E.Flow@gemeente.example');
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/professionals$/);
  await expect(page.getByText('Je bent ingelogd als Eva Tester.')).toBeVisible();

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('status')).toHaveText('Je bent uitgelogd.');
  await expect(page.getByText('Je bent ingelogd')).toHaveCount(0);

  // The link worked once.
  await page.goto(linkPath('flow'));
  await expect(page.getByText('Deze link werkt niet meer.')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sign-in problems are listed, linked to their fields, and the address is kept', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('iemand@gemeente.example');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Vul je wachtwoord in.');
    await expect(summary.getByRole('link', { name: 'Vul je wachtwoord in.' })).toHaveAttribute('href', '#wachtwoord');
    await expect(page.getByLabel('E-mailadres')).toHaveValue('iemand@gemeente.example');
    const password = page.getByLabel('Wachtwoord');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAttribute('aria-describedby', 'wachtwoord-fout');
  });
});

test('the page with sign-in problems hydrates and has no accessibility problems', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul je e-mailadres in.');
  await waitForHydration(page);
  await expectNoAxeViolations(page);
});

test('the set-password form has no accessibility problems', async ({ page }) => {
  await page.goto(linkPath('axe'));
  await waitForHydration(page);
  await expect(page.getByLabel('Nieuw wachtwoord')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an admin sees every account; the page has no accessibility problems', async ({ page }) => {
  await choosePasswordAndSignIn(page, linkPath('admin'), 'e2e.admin@gemeente.example', 'beheer met een lange zin');
  await expect(page).toHaveURL(/\/professionals$/);

  await page.getByRole('link', { name: 'Accounts bekijken' }).click();
  await expect(page).toHaveURL(/\/beheer\/accounts$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const table = page.getByRole('table', { name: 'Alle accounts van professionals' });
  await expect(table).toContainText('e2e.admin@gemeente.example');
  await expect(table).toContainText('Beheerder');
  await expectNoAxeViolations(page);
});

test('without the right role the accounts page says so', async ({ page }) => {
  const response = await page.goto('/beheer/accounts');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('alert')).toContainText('Geen toegang');
  await expect(page.getByRole('alert').getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/inloggen');
});
