import { expect, phone, test, waitForHydration } from './helpers';

test.use({ viewport: phone });

const status = (page: import('@playwright/test').Page) => page.getByRole('status');

test.describe('with JavaScript', () => {
  test('choosing a wijk on the map filters the list without a reload', async ({ page }) => {
    await page.goto('/kaart');
    await waitForHydration(page);
    await expect(status(page)).toHaveText('30 initiatieven gevonden');
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

    const delfgauw = page.getByRole('navigation', { name: 'Kaart van de wijken' }).getByRole('link', { name: /^Delfgauw: \d+ initiatieven$/ });
    await delfgauw.click();
    await expect(page).toHaveURL(/\/kaart\?wijk=WK192603$/);
    await expect(status(page)).toHaveText(/^\d+ initiatieven gevonden$/);
    await expect(status(page)).not.toHaveText('30 initiatieven gevonden');
    await expect(page.getByRole('checkbox', { name: /^Delfgauw \(\d+\)$/ })).toBeChecked();
    // As many cards as the count says (a page holds 20), and not none.
    const found = Number((await status(page).textContent())!.match(/^(\d+)/)![1]);
    expect(found).toBeGreaterThan(0);
    await expect(page.locator('.card')).toHaveCount(Math.min(found, 20));
    for (const card of await page.locator('.card').all()) {
      await expect(card).toContainText('Delfgauw');
    }
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  });

  test('ticking a target group updates the results; back undoes it, forward redoes it', async ({ page }) => {
    await page.goto('/kaart');
    await waitForHydration(page);
    await page.locator('summary', { hasText: 'Voor wie' }).click();
    const ouderen = page.getByRole('checkbox', { name: /^Ouderen \(\d+\)$/ });
    const label = (await ouderen.getAttribute('id'))!;
    const count = Number((await page.locator(`label[for="${label}"]`).textContent())!.match(/\((\d+)\)/)![1]);
    await ouderen.check();
    await expect(page).toHaveURL(/doelgroep=ouderen/);
    await expect(status(page)).toHaveText(`${count} initiatieven gevonden`);
    await expect(ouderen).toBeFocused();

    await page.goBack();
    await expect(page).toHaveURL(/\/kaart$/);
    await expect(status(page)).toHaveText('30 initiatieven gevonden');
    // The group the user opened stays open; the choice is undone.
    await expect(page.getByRole('checkbox', { name: /^Ouderen \(\d+\)$/ })).not.toBeChecked();

    await page.goForward();
    await expect(page).toHaveURL(/doelgroep=ouderen/);
    await expect(status(page)).toHaveText(`${count} initiatieven gevonden`);
    await expect(page.getByRole('checkbox', { name: /^Ouderen \(\d+\)$/ })).toBeChecked();
  });

  test('typing searches after a short pause and keeps focus in the box', async ({ page }) => {
    await page.goto('/kaart');
    await waitForHydration(page);
    const search = page.getByRole('searchbox', { name: 'Zoek op naam of beschrijving' });
    await search.click();
    await search.pressSequentially('taalcafe', { delay: 40 });
    await expect(page).toHaveURL(/q=taalcafe/);
    await expect(status(page)).toHaveText('1 initiatief gevonden');
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('taalcafe');
    await expect(page.locator('.card')).toHaveCount(1);
    await expect(page.locator('.card')).toContainText('Taalcafé Pijnacker');
  });

  test('a card leads to the initiative’s own page, and back to the same choices', async ({ page }) => {
    await page.goto('/kaart?wijk=WK192601&q=koffieochtend%20ontmoeting');
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Koffieochtend De Ontmoeting' }).click();
    await expect(page).toHaveURL(/\/initiatieven\/koffieochtend-de-ontmoeting\?wijk=WK192601&q=koffieochtend%20ontmoeting$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Koffieochtend De Ontmoeting');
    await expect(heading).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Contact opnemen' })).toBeVisible();
    await expect(page.getByText('Loop binnen op dinsdagochtend in de Buurtkamer Noord.')).toBeVisible();

    await page.getByRole('link', { name: 'Terug naar de sociale kaart' }).click();
    await expect(page).toHaveURL(/\/kaart\?wijk=WK192601&q=koffieochtend%20ontmoeting$/);
    await expect(status(page)).toHaveText('1 initiatief gevonden');
    await expect(page.getByRole('searchbox', { name: 'Zoek op naam of beschrijving' })).toHaveValue('koffieochtend ontmoeting');
    await expect(page.getByRole('checkbox', { name: /^Pijnacker \(\d+\)$/ })).toBeChecked();
  });

  test('an address with values we do not know says so, and still shows the list', async ({ page }) => {
    await page.goto('/kaart?pagina=abc&vrijwilligers=misschien');
    await waitForHydration(page);
    await expect(page.getByText('Een deel van het adres kennen we niet. Dat hebben we overgeslagen.')).toBeVisible();
    await expect(status(page)).toHaveText('30 initiatieven gevonden');
    await expect(page.locator('.card')).toHaveCount(20);
    // The next choice makes a clean address, and the note goes.
    await page.locator('summary', { hasText: 'Voor wie' }).click();
    await page.getByRole('checkbox', { name: /^Ouderen \(\d+\)$/ }).check();
    await expect(page).toHaveURL(/\/kaart\?doelgroep=ouderen$/);
    await expect(page.getByText('Een deel van het adres kennen we niet.')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters are a form that works with a button', async ({ page }) => {
    await page.goto('/kaart');
    await page.locator('summary', { hasText: 'Voor wie' }).click();
    await page.getByRole('checkbox', { name: /^Mantelzorgers \(\d+\)$/ }).check();
    await page.getByRole('searchbox', { name: 'Zoek op naam of beschrijving' }).fill('wandel');
    await page.getByRole('button', { name: 'Toon initiatieven' }).click();
    await expect(page).toHaveURL(/doelgroep=mantelzorgers/);
    await expect(page).toHaveURL(/q=wandel/);
    await expect(status(page)).toHaveText('1 initiatief gevonden');
    await expect(page.locator('.card')).toContainText('Wandelgroep voor mantelzorgers');
  });

  test('a note says when part of the address was not used', async ({ page }) => {
    await page.goto(`/kaart?q=${'koffie+'.repeat(20)}&pagina=abc`);
    await expect(page.getByText('Een deel van het adres kennen we niet. Dat hebben we overgeslagen.')).toBeVisible();
    await expect(page.getByText('Je zoekwoorden waren te lang. We zoeken op de eerste 100 tekens.')).toBeVisible();
  });

  test('back from an initiative keeps the choices without JavaScript too', async ({ page }) => {
    await page.goto('/kaart?doelgroep=mantelzorgers');
    await page.getByRole('link', { name: 'Wandelgroep voor mantelzorgers' }).click();
    await page.getByRole('link', { name: 'Terug naar de sociale kaart' }).click();
    await expect(page).toHaveURL(/\/kaart\?doelgroep=mantelzorgers$/);
    await expect(page.getByRole('checkbox', { name: /^Mantelzorgers \(\d+\)$/ })).toBeChecked();
  });

  test('paging works with links', async ({ page }) => {
    await page.goto('/kaart');
    await page.getByRole('link', { name: 'Volgende pagina' }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(page.getByText('Pagina 2 van 2')).toBeVisible();
    await expect(page.locator('.card')).toHaveCount(10);
  });

  test('no results explains which choice to drop', async ({ page }) => {
    await page.goto('/kaart?wijk=WK192602&doelgroep=jeugd-9-13&thema=mantelzorg');
    await expect(page.getByText('Met deze keuzes vinden we geen initiatieven.')).toBeVisible();
    await page.getByRole('link', { name: /^Zonder ‘Thema’: \d+ initiatie/ }).click();
    await expect(page).toHaveURL(/\/kaart\?wijk=WK192602&doelgroep=jeugd-9-13$/);
    await expect(page.locator('.card').first()).toBeVisible();
  });
});
