import { expect, test as base, type Page } from '@playwright/test';

/**
 * Every test fails on an uncaught error or a console error in the browser:
 * a hydration problem must never pass silently. The one expected console
 * messages are the browser's own notes about a page that answered 404,
 * 403 (a page for a missing role), 413 (a post that was too large) or 429
 * (too many posts).
 */
export const test = base.extend<{ browserErrors: string[] }>({
  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (/status of (40[34]|413|429)/.test(message.text())) return;
        errors.push(`console: ${message.text()}`);
      });
      // The document's status and CSP go into the failure message: a lost
      // CSP header once made hydration fail at random.
      const documents: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'document') return;
        const headers = await response.allHeaders();
        documents.push(`${response.status()} ${response.url()} csp=${(headers['content-security-policy'] ?? '').slice(0, 70)}`);
      });
      await use(errors);
      expect(errors, `errors in the browser; documents: ${documents.join(' | ')}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Resolves once the WebAssembly has hydrated the server-rendered page. */
export async function waitForHydration(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

export const phone = { width: 390, height: 844 };

/** The second server of `playwright.config.ts`, with strict post limits. */
export const strictBaseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? '3210') + 1}`;
export const desktop = { width: 1280, height: 800 };

/** The page fits the screen: nothing but a table's own scroll area may
 *  be wider than the window (checked with JavaScript on). */
export async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, windowWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, 'the page is wider than the screen').toBeLessThanOrEqual(windowWidth);
}
