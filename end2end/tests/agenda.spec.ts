import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mailedLink } from './account_helpers';
import { desktop, expect, phone, test, waitForHydration } from './helpers';

test.use({ viewport: phone });

const status = (page: Page) => page.getByRole('status');

/** Saturday or Sunday in Amsterdam: "this weekend" may then be nearly over. */
function isWeekendInAmsterdam() {
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date());
  return day === 'Sat' || day === 'Sun';
}

async function expectNoAxeViolations(page: Page) {
  for (const size of [phone, desktop]) {
    await page.setViewportSize(size);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
  }
  await page.setViewportSize(phone);
}

/** This weekend in Delfgauw for children, chosen in the form. */
async function chooseWeekendInDelfgauwForChildren(page: Page) {
  await page.getByRole('radio', { name: 'Dit weekend' }).check();
  // The choice applies at once and the form is drawn again: open the next
  // group on the new form, as a person would once the page has changed.
  await expect(page).toHaveURL(/wanneer=weekend/);
  await page.locator('summary', { hasText: 'Wijk en buurt' }).click();
  await page.getByRole('checkbox', { name: 'Delfgauw', exact: true }).check();
  await page.locator('summary', { hasText: 'Voor wie' }).click();
  await page.getByRole('checkbox', { name: 'Jeugd van 9 tot 13 jaar' }).check();
}

test.describe('with JavaScript', () => {
  test('a parent finds this weekend in Delfgauw for children, opens it and can add it to a calendar', async ({ page }) => {
    await page.goto('/agenda');
    await waitForHydration(page);
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    await chooseWeekendInDelfgauwForChildren(page);
    await expect(page).toHaveURL(/wanneer=weekend/);
    await expect(page).toHaveURL(/wijk=WK192603/);
    await expect(page).toHaveURL(/doelgroep=jeugd-9-13/);
    await expect(page.getByRole('checkbox', { name: 'Jeugd van 9 tot 13 jaar' })).toBeFocused();
    await expect(page.getByText(/^Je koos: Delfgauw · Jeugd van 9 tot 13 jaar/)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    for (const item of await page.locator('.agenda-item').all()) {
      await expect(item).toContainText('Jeugd van 9 tot 13 jaar');
    }
    await expect(page.getByRole('link', { name: 'Abonneer je op deze activiteiten' })).toHaveAttribute(
      'href',
      /^webcal:\/\/.*\/agenda\.ics\?wijk=WK192603&doelgroep=jeugd-9-13$/,
    );
    if (isWeekendInAmsterdam()) return;

    await expect(status(page)).toHaveText(/^\d+ activiteit(en)? gevonden$/);
    await page.getByRole('link', { name: 'Kinderkookclub' }).first().click();
    await expect(page).toHaveURL(/\/activiteiten\/\d+\/\d{4}-\d{2}-\d{2}$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Kinderkookclub');
    await expect(heading).toBeFocused();
    await expect(page.getByText('Emeraldweg 5, 2645 EE Delfgauw')).toBeVisible();
    const download = page.getByRole('link', { name: 'Zet in je agenda (.ics)' });
    const href = await download.getAttribute('href');
    const feed = await page.request.get(href!);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('SUMMARY:Kinderkookclub');

    // Sign up: a problem first, then with everything filled in.
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Vul je naam in.');
    await expect(page.getByLabel('Je naam')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Je naam').fill('Noor Bakker');
    const address = `noor.${Date.now()}@example.org`;
    await page.getByLabel('E-mailadres').fill(address);
    await page.getByLabel('Met hoeveel mensen kom je?').fill('2');
    await page.getByRole('checkbox', { name: /Ik vind het goed/ }).check();
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(page).toHaveURL(/\/aanmelding\/[^/?]+\?melding=aangemeld$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je aanmelding');
    await expect(page.getByText(/Je bent aangemeld voor Kinderkookclub op zaterdag .*, met 2 mensen\./)).toBeVisible();

    // The link in the mail cancels.
    const link = await mailedLink(address);
    await page.goto(link);
    await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await expect(page.getByText('Je bent afgemeld. Je plek is vrij voor iemand anders.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Afmelden', exact: true })).toHaveCount(0);
  });

  test('back and forward bring the form along with the results', async ({ page }) => {
    await page.goto('/agenda');
    await waitForHydration(page);
    await page.getByRole('checkbox', { name: 'Gratis' }).check();
    await expect(page).toHaveURL(/gratis=ja/);
    await page.goBack();
    await expect(page).toHaveURL(/\/agenda$/);
    await expect(page.getByRole('checkbox', { name: 'Gratis' })).not.toBeChecked();
    await page.goForward();
    await expect(page).toHaveURL(/gratis=ja/);
    await expect(page.getByRole('checkbox', { name: 'Gratis' })).toBeChecked();
  });

  test('the week and month are tables, reached from the tabs', async ({ page }) => {
    await page.goto('/agenda');
    await waitForHydration(page);
    const layouts = page.getByRole('navigation', { name: 'Hoe wil je de agenda zien?' });
    await layouts.getByRole('link', { name: 'Week' }).click();
    await expect(page).toHaveURL(/weergave=week/);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Ochtend' })).toBeVisible();
    await page.getByRole('link', { name: /Volgende week/ }).click();
    await expect(page).toHaveURL(/weergave=week&van=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByRole('cell').getByRole('link', { name: 'Koffieochtend' }).first()).toBeVisible();
    await layouts.getByRole('link', { name: 'Maand' }).click();
    await expect(page).toHaveURL(/weergave=maand/);
    await expect(page.getByRole('columnheader', { name: 'Maandag' })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(7);
  });

  test('list, week, month and activity pages have no axe violations', async ({ page }) => {
    // Fourteen axe runs: 22 s on a quiet machine, more while other tests run.
    test.setTimeout(120_000);
    for (const path of ['/agenda', '/agenda?wijk=WK192603&doelgroep=jeugd-9-13&wanneer=weekend', '/agenda?weergave=week', '/agenda?weergave=maand', '/agenda?q=bestaat-niet-xyz']) {
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    }
    await page.goto('/agenda?q=koffieochtend');
    await page.locator('.agenda-item a').first().click();
    await expect(page).toHaveURL(/\/activiteiten\//);
    await waitForHydration(page);
    await expectNoAxeViolations(page);
    // An activity with sign-up, with the form's problems shown.
    await page.goto('/agenda?q=kinderkookclub&wanneer=volgende-week');
    await page.getByRole('link', { name: 'Kinderkookclub' }).first().click();
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form posts as GET and the same filters apply', async ({ page }) => {
    await page.goto('/agenda');
    await page.getByRole('radio', { name: 'Volgende week' }).check();
    await page.locator('summary', { hasText: 'Wijk en buurt' }).click();
    await page.getByRole('checkbox', { name: 'Delfgauw', exact: true }).check();
    await page.getByRole('button', { name: 'Toon activiteiten' }).click();
    await expect(page).toHaveURL(/\/agenda\?.*wanneer=volgende-week.*wijk=WK192603/);
    await expect(page.getByRole('radio', { name: 'Volgende week' })).toBeChecked();
    const items = page.locator('.agenda-item');
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) {
      await expect(item).toContainText(/Delfgauw|Emerald|De Kiezel/);
    }
    await page.locator('.agenda-item a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Zet in je agenda (.ics)' })).toBeVisible();
  });

  test('signing up and cancelling are plain form posts', async ({ page }) => {
    await page.goto('/agenda?q=kinderkookclub&wanneer=volgende-week');
    await page.getByRole('link', { name: 'Kinderkookclub' }).first().click();
    await page.getByLabel('Je naam').fill('Sam Jansen');
    await page.getByLabel('Telefoonnummer').fill('06 12345678');
    await page.getByRole('checkbox', { name: /Ik vind het goed/ }).check();
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(page).toHaveURL(/\/aanmelding\/[^/?]+\?melding=aangemeld$/);
    await expect(page.getByText(/Je bent aangemeld voor Kinderkookclub/)).toBeVisible();
    await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await expect(page.getByText('Je bent afgemeld. Je plek is vrij voor iemand anders.')).toBeVisible();
  });
});
