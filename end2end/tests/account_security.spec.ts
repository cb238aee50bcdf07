import {
  appCode,
  choosePasswordAndSignIn,
  expectNoAxeViolationsAtBothSizes,
  linkPath,
  mailedLink,
  signIn,
} from './account_helpers';
import { expect, phone, test, waitForHydration } from './helpers';

test.use({ viewport: phone });

test('an admin invites a professional, who chooses a password from the mailed link', async ({ page, browser }) => {
  await choosePasswordAndSignIn(page, linkPath('inviter'), 'e2e.inviter@gemeente.example', 'beheerder met een lange zin');
  await expect(page).toHaveURL(/\/professionals$/);
  await page.getByRole('link', { name: 'Accounts bekijken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await waitForHydration(page);

  // A mistake first: named at the top and at the field, the typing kept.
  await page.getByLabel('E-mailadres').fill('nina@');
  await page.getByLabel('Naam').fill('Nina Nieuw');
  await page.getByRole('button', { name: 'Uitnodiging sturen' }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Dit is geen e-mailadres.');
  await expect(problems).toContainText('Kies een organisatie.');
  await expect(page.getByLabel('E-mailadres')).toHaveValue('nina@');
  await expect(page.getByLabel('Naam')).toHaveValue('Nina Nieuw');
  await expect(page.getByLabel('Organisatie')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolationsAtBothSizes(page);

  await page.getByLabel('E-mailadres').fill('nina.e2e@welzijn.example');
  await page.getByLabel('Organisatie').selectOption({ label: 'Gemeente Pijnacker-Nootdorp' });
  await page.getByRole('button', { name: 'Uitnodiging sturen' }).click();
  await expect(page.getByRole('status')).toHaveText('De uitnodiging is verstuurd.');
  await expect(page.getByRole('table')).toContainText('nina.e2e@welzijn.example');

  // Nina's own page in the list: her facts, and what an admin can change.
  await page.getByRole('link', { name: 'Nina Nieuw' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Account');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Rol wijzigen' })).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolationsAtBothSizes(page);

  // Nina opens the mail on her own device.
  const link = await mailedLink('nina.e2e@welzijn.example');
  const nina = await browser.newPage({ viewport: phone });
  await choosePasswordAndSignIn(nina, link, 'nina.e2e@welzijn.example', 'nina kiest een lange zin');
  await expect(nina).toHaveURL(/\/professionals$/);
  await expect(nina.getByText('Je bent ingelogd als Nina Nieuw.')).toBeVisible();
  await nina.close();
});

test('the audit log and the privacy requests are clean for axe, and a download has the data', async ({ page }) => {
  await choosePasswordAndSignIn(page, linkPath('auditor'), 'e2e.auditor@gemeente.example', 'beheer met een lange zin');
  await expect(page).toHaveURL(/\/professionals$/);
  await waitForHydration(page);
  await expectNoAxeViolationsAtBothSizes(page);

  await page.getByRole('link', { name: 'Logboek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek');
  await expect(page.getByRole('table')).toContainText('Ingelogd');
  await waitForHydration(page);
  await expectNoAxeViolationsAtBothSizes(page);

  await page.goto('/beheer/privacy');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByRole('alert')).toContainText('Zet een vinkje');
  await expectNoAxeViolationsAtBothSizes(page);

  await page.locator('#export-email').fill('e2e.auditor@gemeente.example');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Downloaden' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^persoonsgegevens-.*\.json$/);
  const data = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(data.email).toBe('e2e.auditor@gemeente.example');
  expect(data.account.role).toBe('admin');
});

test('two-step verification: set up with an app, then sign in with a code', async ({ page }) => {
  const password = 'twee stappen met een lange zin';
  await choosePasswordAndSignIn(page, linkPath('totp'), 'e2e.totp@gemeente.example', password);
  await expect(page).toHaveURL(/\/professionals$/);
  await page.getByRole('link', { name: 'Tweestapsverificatie' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();

  await expect(page.getByRole('img', { name: 'QR-code om tweestapsverificatie in te stellen' })).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolationsAtBothSizes(page);
  const secret = (await page.locator('code.secret').textContent())!.replace(/\s/g, '');
  await page.getByLabel('Code', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'Aanzetten' }).click();
  await expect(page.getByRole('alert')).toContainText('Deze code klopt niet.');
  await page.getByLabel('Code', { exact: true }).fill(appCode(secret));
  await page.getByRole('button', { name: 'Aanzetten' }).click();
  await expect(page.getByRole('heading', { name: 'Je herstelcodes' })).toBeVisible();
  await expect(page.locator('.recovery-codes code')).toHaveCount(10);
  await expectNoAxeViolationsAtBothSizes(page);

  await page.goto('/professionals');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.goto('/inloggen');
  await signIn(page, 'e2e.totp@gemeente.example', password);
  await expect(page).toHaveURL(/\/inloggen\/code$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Code invoeren');
  await waitForHydration(page);
  await expectNoAxeViolationsAtBothSizes(page);
  // The code of the enrolment's half minute was used; the next one works.
  await page.getByLabel('Code', { exact: true }).fill(appCode(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).toHaveURL(/\/professionals$/);
  await expect(page.getByText('Je bent ingelogd als Eva Tester.')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('forgot password: a problem, then the same answer for any address', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
    await page.getByLabel('E-mailadres').fill('niet-goed');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect(page.getByRole('alert')).toContainText('Dit is geen e-mailadres.');
    await expect(page.getByLabel('E-mailadres')).toHaveValue('niet-goed');
    await page.getByLabel('E-mailadres').fill('onbekend@gemeente.example');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect(page.getByRole('status')).toContainText('Is er een account met dit e-mailadres?');
  });
});
