import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { choosePasswordAndSignIn, expectNoAxeViolationsAtBothSizes, linkPath } from './account_helpers';
import { desktop, expect, expectNoSidewaysScroll, phone, strictBaseURL, test, waitForHydration } from './helpers';

/** Pages anyone can open, as a visitor without a session sees them. */
const publicPages = [
  '/',
  '/?wijk=WK192603',
  '/kaart',
  '/kaart?wijk=WK192603&doelgroep=ouderen',
  '/kaart?q=bestaat-niet-xyz',
  '/kaart?pagina=abc&vrijwilligers=misschien',
  '/kaart/organisaties',
  '/initiatieven/taalcafe-pijnacker',
  '/initiatieven/taalcafe-pijnacker?wijk=WK192601',
  '/agenda',
  '/wijken',
  '/wijken/WK192603',
  '/wijken/bestaat-niet',
  '/initiatief-aanmelden',
  '/initiatief-aanmelden/0000000000000000000000000000000000000000000000000000000000000000/2',
  '/mijn-initiatief/onbekend',
  '/beheerlink-aanvragen',
  '/beheerlink-aanvragen?melding=verstuurd',
  '/professionals',
  '/inloggen',
  '/inloggen/code',
  '/wachtwoord-vergeten',
  '/wachtwoord-vergeten?melding=verstuurd',
  '/wachtwoord-instellen/deze-link-bestaat-niet',
  '/privacy',
  '/toegankelijkheid',
  '/bestaat-niet',
];

/** Pages for professionals: a visitor gets the "no access" panel (403). */
const signedInPages = [
  '/account/tweestapsverificatie',
  '/beheer/accounts',
  '/beheer/logboek',
  '/beheer/privacy',
  '/dashboard',
  '/dashboard?wijk=WK192603&doelgroep=ouderen&periode=3m',
  '/dashboard/behoeften?behoefte=volunteers&wijk=WK192603',
  '/dashboard/samenwerkingen',
  '/dashboard/signalen',
  '/dashboard/signalen/1',
  '/dashboard/initiatieven/taalcafe-pijnacker',
  '/dashboard/stappenplan/WK192602',
  '/beheer/wijken',
  '/beheer/wijken/WK192603',
  '/beheer/organisaties',
  '/beheer/organisaties/swop',
];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

for (const [sizeName, viewport] of [['phone', phone], ['desktop', desktop]] as const) {
  for (const language of ['nl', 'en']) {
    test.describe(`${sizeName}, ${language}`, () => {
      test.use({ viewport });

      for (const path of publicPages) {
        test(`axe finds no WCAG 2.1 A/AA problems on ${path}`, async ({ page, context, baseURL }) => {
          await context.addCookies([{ name: 'taal', value: language, url: baseURL! }]);
          await page.goto(path);
          if (!path.startsWith('/bestaat')) await waitForHydration(page);
          await expectNoAxeViolations(page);
          if (sizeName === 'phone') await expectNoSidewaysScroll(page);
        });
      }

      for (const path of signedInPages) {
        test(`axe finds no problems on the no-access panel a visitor gets at ${path}`, async ({ page, context, baseURL }) => {
          await context.addCookies([{ name: 'taal', value: language, url: baseURL! }]);
          const response = await page.goto(path);
          expect(response!.status()).toBe(403);
          await waitForHydration(page);
          await expect(page.getByRole('alert')).toContainText(language === 'nl' ? 'Geen toegang' : 'No access');
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}

test('axe finds no problems on the signed-in pages of an admin, at both sizes and in both languages', async ({ page, context, baseURL }) => {
  test.setTimeout(360_000);
  await page.setViewportSize(phone);
  await choosePasswordAndSignIn(page, linkPath('a11y'), 'e2e.a11y@gemeente.example', 'toegankelijk met een lange zin');
  await expect(page).toHaveURL(/\/professionals$/);
  await page.goto('/beheer/accounts');
  const someAccount = await page.getByRole('table').getByRole('link').first().getAttribute('href');
  for (const language of ['nl', 'en']) {
    await context.addCookies([{ name: 'taal', value: language, url: baseURL! }]);
    for (const path of ['/professionals', ...signedInPages, someAccount!]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(200);
      await waitForHydration(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expectNoAxeViolationsAtBothSizes(page);
      await expectNoSidewaysScroll(page);
    }
  }
});

test.describe('too many posts', () => {
  test.use({ baseURL: strictBaseURL, viewport: phone });

  for (const language of ['nl', 'en']) {
    test(`axe finds no problems on the page that asks to wait (${language})`, async ({ page, context }) => {
      await context.addCookies([{ name: 'taal', value: language, url: strictBaseURL }]);
      const waitTitle = language === 'nl' ? 'Even wachten' : 'Please wait a moment';
      // This server allows two sign-in posts a minute from one address.
      for (let attempt = 0; attempt < 4; attempt++) {
        await page.goto('/inloggen');
        await page.locator('input[type=email]').fill('niemand@gemeente.example');
        await page.locator('input[type=password]').fill('niet het goede wachtwoord');
        const [response] = await Promise.all([
          page.waitForResponse((answer) => answer.request().method() === 'POST'),
          page.locator('form[action="/inloggen"] button[type=submit]').click(),
        ]);
        if (response.status() === 429) break;
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(waitTitle);
      await expectNoAxeViolationsAtBothSizes(page);
    });
  }
});
