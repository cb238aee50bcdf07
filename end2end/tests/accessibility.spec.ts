import AxeBuilder from '@axe-core/playwright';
import { desktop, expect, phone, test, waitForHydration } from './helpers';

const pages = [
  '/',
  '/?wijk=WK192603',
  '/kaart',
  '/kaart?wijk=WK192603&doelgroep=ouderen',
  '/kaart?q=bestaat-niet-xyz',
  '/kaart/organisaties',
  '/initiatieven/taalcafe-pijnacker',
  '/agenda',
  '/initiatief-aanmelden',
  '/professionals',
  '/inloggen',
  '/inloggen/code',
  '/wachtwoord-vergeten',
  '/wachtwoord-vergeten?melding=verstuurd',
  '/account/tweestapsverificatie',
  '/beheer/accounts',
  '/beheer/logboek',
  '/beheer/privacy',
  '/wachtwoord-instellen/deze-link-bestaat-niet',
  '/privacy',
  '/toegankelijkheid',
  '/bestaat-niet',
];

for (const [sizeName, viewport] of [['phone', phone], ['desktop', desktop]] as const) {
  for (const language of ['nl', 'en']) {
    test.describe(`${sizeName}, ${language}`, () => {
      test.use({ viewport });

      for (const path of pages) {
        test(`axe finds no WCAG 2.1 A/AA problems on ${path}`, async ({ page, context, baseURL }) => {
          await context.addCookies([{ name: 'taal', value: language, url: baseURL! }]);
          await page.goto(path);
          if (!path.startsWith('/bestaat')) await waitForHydration(page);
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          const summary = results.violations.map((violation) => ({
            rule: violation.id,
            impact: violation.impact,
            nodes: violation.nodes.map((node) => node.target.join(' ')),
          }));
          expect(summary).toEqual([]);
        });
      }
    });
  }
}
