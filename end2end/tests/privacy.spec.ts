import { expect, phone, test, waitForHydration } from './helpers';

test.use({ viewport: phone });

test('no page asks anything of another site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) elsewhere.push(url);
  });
  for (const path of ['/', '/kaart', '/agenda', '/privacy']) {
    await page.goto(path);
    await waitForHydration(page);
  }
  expect(elsewhere).toEqual([]);
});

test('nothing is kept in the browser storage', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(stored).toEqual({ local: 0, session: 0 });
});
