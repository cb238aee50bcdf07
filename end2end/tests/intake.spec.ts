import type { Page } from '@playwright/test';
import { expectNoAxeViolationsAtBothSizes, mailedLink } from './account_helpers';
import { expect, phone, test, waitForHydration } from './helpers';
import { answerStepsOneToFive, heading, next, problems, send, uniqueName } from './intake_helpers';

test.use({ viewport: phone });

/** Posts the form the normal way, past the browser's own checks: to see
 *  what the server answers to a step with problems. */
async function postPastTheBrowserChecks(page: Page) {
  await Promise.all([
    page.waitForURL(/.*/, { waitUntil: 'load' }),
    page.locator('form.intake-form').evaluate((form) => HTMLFormElement.prototype.submit.call(form)),
  ]);
}

test.describe('with JavaScript', () => {
  test('the whole wizard: checks as you type, steps without a reload, axe on every step', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/initiatief-aanmelden');
    await waitForHydration(page);
    await expect(heading(page)).toHaveText('Initiatief aanmelden');
    await expect(page.getByText('Stap 1 van 6')).toBeVisible();
    await expectNoAxeViolationsAtBothSizes(page);
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

    // A problem shows as soon as you leave the field, and goes as you fix it.
    const name = page.getByLabel('Naam van je initiatief');
    await name.fill('Ko');
    await page.getByLabel('Wat doen jullie?').focus();
    await expect(page.locator('#naam-fout')).toHaveText('Dit is te kort. Gebruik minstens 3 tekens.');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAttribute('aria-describedby', 'naam-hint naam-fout');
    await name.fill('Samen Koken');
    await expect(page.locator('#naam-fout')).toBeHidden();
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');

    // A step with problems is not sent: they are listed and focused.
    await next(page).click();
    await expect(problems(page)).toBeFocused();
    await expect(problems(page)).toContainText('Schrijf in een of twee zinnen wat jullie doen.');
    await expect(problems(page)).toContainText('Kies wat voor initiatief het is.');
    // ...and at every field, also those nobody touched yet.
    await expect(page.locator('#samenvatting-fout')).toHaveText('Schrijf in een of twee zinnen wat jullie doen.');
    await expect(page.locator('#soort-fout')).toHaveText('Kies wat voor initiatief het is.');
    await expect(page.getByLabel('Wat doen jullie?')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/initiatief-aanmelden$/);
    await expectNoAxeViolationsAtBothSizes(page);
    await problems(page).getByRole('link', { name: 'Kies wat voor initiatief het is.' }).click();
    await expect(page.getByLabel('Vrijwilligersinitiatief')).toBeFocused();

    await page.getByLabel('Wat doen jullie?').fill('Elke week koken en eten we samen met buren.');
    await page.getByLabel('Vrijwilligersinitiatief').check();
    await next(page).click();
    await expect(page).toHaveURL(/\/initiatief-aanmelden\/[0-9a-f]{64}\/2$/);
    await expect(heading(page)).toHaveText('Waar en voor wie');
    await expect(heading(page)).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    await expect(page.getByText('Stap 2 van 6')).toBeVisible();
    await expectNoAxeViolationsAtBothSizes(page);

    // Nothing chosen: the problems, clean for axe.
    await next(page).click();
    await expect(problems(page)).toContainText('Kies minstens één wijk of buurt.');
    await expectNoAxeViolationsAtBothSizes(page);
    // The map ticks a wijk's box.
    await page.locator('.area-picker__wijk[data-gebied="WK192603"]').click();
    await expect(page.getByLabel('Heel Delfgauw')).toBeChecked();
    await page.getByRole('checkbox', { name: 'Ouderen' }).check();
    await next(page).click();
    await expect(heading(page)).toHaveText('Wat jullie doen');
    await expectNoAxeViolationsAtBothSizes(page);

    // The first activity: all of it, or nothing.
    await page.getByLabel('Wat doen jullie meestal?').fill('We koken op donderdag in de buurtkamer.');
    await page.getByLabel('Naam van de activiteit').fill('Samen koken');
    await next(page).click();
    await expect(problems(page)).toContainText('Vul de datum in.');
    await expectNoAxeViolationsAtBothSizes(page);
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Datum').fill(nextWeek);
    await page.getByLabel('Begintijd').fill('17:30');
    await page.getByLabel('Eindtijd').fill('20:00');
    await page.getByLabel('Waar is het?').fill('Buurtkamer De Kiezel');
    await page.getByLabel('Elke week').check();
    await next(page).click();
    await expect(heading(page)).toHaveText('Wat jullie nodig hebben');
    await expectNoAxeViolationsAtBothSizes(page);
    await page.getByLabel('Vrijwilligers').check();
    await page.getByLabel('Nu niets').check();
    await next(page).click();
    await expect(problems(page)).toContainText('Je koos ‘Nu niets’ en ook iets anders.');
    await expectNoAxeViolationsAtBothSizes(page);
    await page.getByLabel('Nu niets').uncheck();
    await next(page).click();
    await expect(heading(page)).toHaveText('Contact');
    await expectNoAxeViolationsAtBothSizes(page);
    await page.getByLabel('Naam van de contactpersoon').fill('Fatima');
    await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('06 1234');
    await page.getByRole('textbox', { name: 'E-mailadres' }).focus();
    await expect(page.locator('#contact-telefoon-fout')).toHaveText('Dit is geen Nederlands telefoonnummer. Bijvoorbeeld: 06 12345678');
    await expectNoAxeViolationsAtBothSizes(page);
    await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('06 12345678');
    await page.getByRole('radio', { name: 'WhatsApp' }).check();
    await page.getByRole('radio', { name: 'Niets' }).check();
    await next(page).click();
    await expect(heading(page)).toHaveText('Controleren en versturen');
    await expect(page.getByText('Samen koken,')).toBeVisible();
    await expectNoAxeViolationsAtBothSizes(page);

    // Change an answer from the check page, and come back to it.
    await page.getByRole('link', { name: /^Wijzigen ?: Naam van je initiatief$/ }).click();
    await expect(heading(page)).toHaveText('Je initiatief');
    await name.fill('Samen Koken Delfgauw');
    await page.getByRole('button', { name: 'Opslaan en terug naar controleren' }).click();
    await expect(heading(page)).toHaveText('Controleren en versturen');
    await expect(page.getByText('Samen Koken Delfgauw', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect(problems(page)).toBeFocused();
    await expect(problems(page)).toContainText('We kunnen je aanmelding alleen bewaren als je dit goed vindt.');
    await expectNoAxeViolationsAtBothSizes(page);
    await send(page);
    await expect(heading(page)).toHaveText(/^Mijn initiatief: Samen Koken Delfgauw/);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    await expectNoAxeViolationsAtBothSizes(page);
  });

  test('a step the server sends back with problems is clean for axe, with the problems focused', async ({ page }) => {
    await page.goto('/initiatief-aanmelden');
    await waitForHydration(page);
    await page.getByLabel('Naam van je initiatief').fill('Ko');
    await postPastTheBrowserChecks(page);
    await waitForHydration(page);
    await expect(problems(page)).toBeFocused();
    await expect(problems(page)).toContainText('Dit is te kort. Gebruik minstens 3 tekens.');
    await expect(page.getByLabel('Naam van je initiatief')).toHaveValue('Ko');
    await expectNoAxeViolationsAtBothSizes(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step posts; a mistake on each step keeps what was typed', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/initiatief-aanmelden');
    await page.getByLabel('Naam van je initiatief').fill('Buurtmoestuin Zonder Script');
    await next(page).click();
    await expect(problems(page)).toContainText('Schrijf in een of twee zinnen wat jullie doen.');
    await expect(page.getByLabel('Naam van je initiatief')).toHaveValue('Buurtmoestuin Zonder Script');
    await page.getByLabel('Wat doen jullie?').fill('We tuinieren samen op zaterdag.');
    await page.getByLabel('Vrijwilligersinitiatief').check();
    await next(page).click();

    await expect(heading(page)).toHaveText('Waar en voor wie');
    await page.getByRole('checkbox', { name: 'Ouderen' }).check();
    await next(page).click();
    await expect(problems(page)).toContainText('Kies minstens één wijk of buurt.');
    await expect(page.getByRole('checkbox', { name: 'Ouderen' })).toBeChecked();
    await page.getByLabel('Heel Nootdorp').check();
    await next(page).click();

    await expect(heading(page)).toHaveText('Wat jullie doen');
    await page.getByLabel('Naam van de activiteit').fill('Tuinieren');
    await next(page).click();
    await expect(problems(page)).toContainText('Vertel wat jullie meestal doen.');
    await expect(page.getByLabel('Naam van de activiteit')).toHaveValue('Tuinieren');
    await page.getByLabel('Naam van de activiteit').fill('');
    await page.getByLabel('Wat doen jullie meestal?').fill('We tuinieren samen op zaterdag in de moestuin.');
    await next(page).click();

    await expect(heading(page)).toHaveText('Wat jullie nodig hebben');
    await page.getByLabel('Een ruimte').check();
    await page.getByLabel('Nu niets').check();
    await next(page).click();
    await expect(problems(page)).toContainText('Kies een van de twee.');
    await page.getByLabel('Nu niets').uncheck();
    await next(page).click();

    await expect(heading(page)).toHaveText('Contact');
    await page.getByLabel('Naam van de contactpersoon').fill('Jan');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('jan@');
    await next(page).click();
    await expect(problems(page)).toContainText('Dit is geen e-mailadres.');
    await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue('jan@');
    await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('jan@moestuin.example');
    await page.getByRole('radio', { name: 'E-mail', exact: true }).check();
    await page.getByRole('radio', { name: 'Niets' }).check();
    await next(page).click();

    await expect(heading(page)).toHaveText('Controleren en versturen');
    // "Previous step" goes back without losing anything.
    await page.getByRole('button', { name: 'Vorige stap' }).click();
    await expect(heading(page)).toHaveText('Contact');
    await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue('jan@moestuin.example');
    await next(page).click();
    await send(page);
  });
});

test('leave at step 4 and go on from the link in another browser: every answer is back', async ({ page, browser }) => {
  await page.goto('/initiatief-aanmelden');
  await page.getByLabel('Naam van je initiatief').fill('Naaiatelier Delfgauw');
  await page.getByLabel('Wat doen jullie?').fill('We naaien en herstellen kleding samen.');
  await page.getByLabel('Zelforganisatie (bijvoorbeeld van nieuwkomers)').check();
  await next(page).click();
  await page.getByLabel('Heel Delfgauw').check();
  await page.getByRole('checkbox', { name: 'Nieuwkomers en statushouders' }).check();
  await page.getByRole('checkbox', { name: 'Arabisch' }).check();
  await next(page).click();
  await page.getByLabel('Wat doen jullie meestal?').fill('Op woensdagavond naaien we in de buurtkamer.');
  await next(page).click();
  await expect(heading(page)).toHaveText('Wat jullie nodig hebben');
  const resume = (await page.locator('.resume-link__url').textContent())!.trim();
  expect(resume).toMatch(/\/initiatief-aanmelden\/[0-9a-f]{64}$/);
  await page.close();

  // Another browser, no cookies, nothing stored locally.
  const context = await browser.newContext({ viewport: phone });
  const other = await context.newPage();
  await other.goto(resume);
  await expect(other).toHaveURL(/\/4$/);
  await expect(heading(other)).toHaveText('Wat jullie nodig hebben');
  await other.getByRole('link', { name: /^1 Je initiatief/ }).click();
  await expect(other.getByLabel('Naam van je initiatief')).toHaveValue('Naaiatelier Delfgauw');
  await expect(other.getByLabel('Zelforganisatie (bijvoorbeeld van nieuwkomers)')).toBeChecked();
  await other.getByRole('link', { name: /^2 Waar en voor wie/ }).click();
  await expect(other.getByLabel('Heel Delfgauw')).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Arabisch' })).toBeChecked();
  await other.getByRole('link', { name: /^3 Wat jullie doen/ }).click();
  await expect(other.getByLabel('Wat doen jullie meestal?')).toHaveValue('Op woensdagavond naaien we in de buurtkamer.');
  // Nothing personal was kept in the browser.
  expect(await other.evaluate(() => Object.keys(window.localStorage))).toEqual([]);
  await context.close();
});

test('a lost beheerlink: ask for a new one by e-mail', async ({ page }) => {
  const email = `kwijt.${Date.now()}@buurt.example`;
  await answerStepsOneToFive(page, uniqueName('Klusgroep'), email);
  await send(page);
  const first = new URL(page.url()).pathname;
  await page.goto('/beheerlink-aanvragen');
  await waitForHydration(page);
  await expectNoAxeViolationsAtBothSizes(page);
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByRole('button', { name: 'Stuur mij een nieuwe link' }).click();
  await expect(page.getByRole('status')).toContainText('Hoort dit e-mailadres bij een initiatief?');
  await expect.poll(async () => mailedLink(email), { timeout: 20_000 }).not.toBe(first);
  const second = await mailedLink(email);
  await page.goto(first);
  await expect(heading(page)).toHaveText('Deze beheerlink werkt niet');
  await page.goto(second);
  await expect(heading(page)).toHaveText(/^Mijn initiatief: Klusgroep/);
});
