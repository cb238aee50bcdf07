import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { desktop, expect, phone } from './helpers';

/** The accounts `.ci/e2e-server` created, each with a set-password link. */
export type Account = 'flow' | 'axe' | 'admin' | 'inviter' | 'auditor' | 'totp' | 'a11y' | 'reviewer' | 'dashboard' | 'wijken';

/** The path of an account's one-time set-password link. */
export function linkPath(who: Account): string {
  const link = readFileSync(`${__dirname}/../.accounts/${who}-link`, 'utf8').trim();
  return new URL(link).pathname;
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
}

/** axe at phone size, then at desktop size; leaves the phone size on. */
export async function expectNoAxeViolationsAtBothSizes(page: Page) {
  await page.setViewportSize(phone);
  await expectNoAxeViolations(page);
  await page.setViewportSize(desktop);
  await expectNoAxeViolations(page);
  await page.setViewportSize(phone);
}

/** Chooses a password through a one-time link, then signs in with it. */
export async function choosePasswordAndSignIn(page: Page, linkPathname: string, email: string, password: string) {
  await page.goto(linkPathname);
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page).toHaveURL(/\/inloggen\?melding=wachtwoord$/);
  await signIn(page, email, password);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * The path of the link in the newest mail to `address` in the outbox
 * folder (the server writes mail there without SMTP_URL). The server's
 * mail task sends within a few seconds, so this waits for it.
 */
/** The link in the newest mail to `address`. With `pathStart`, it waits
 *  for a mail whose link starts so: a page can show before its mail is
 *  written, and an older mail to the same address (the wizard's resume
 *  link) must not be taken for it. */
export async function mailedLink(address: string, pathStart = ''): Promise<string> {
  const folder = `${__dirname}/../.outbox`;
  let found: string | undefined;
  await expect
    .poll(
      () => {
        let names: string[] = [];
        try {
          names = readdirSync(folder).filter((name) => name.endsWith('.eml')).sort().reverse();
        } catch {
          return undefined;
        }
        const mail = names
          .map((name) => readFileSync(`${folder}/${name}`, 'utf8'))
          .find((text) => text.includes(`To: ${address}`));
        found = mail?.split(/\r?\n/).find((line) => line.startsWith('http'));
        return found && new URL(found).pathname.startsWith(pathStart) ? found : undefined;
      },
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return new URL(found!).pathname;
}

function base32Bytes(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let at = 0; at + 8 <= bits.length; at += 8) bytes.push(parseInt(bits.slice(at, at + 8), 2));
  return Buffer.from(bytes);
}

/** The code an authenticator app shows (RFC 6238: SHA-1, 6 digits, 30 s). */
export function appCode(secret: string, atMilliseconds = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMilliseconds / 1000 / 30)));
  const hash = createHmac('sha1', base32Bytes(secret)).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  const number = (hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return number.toString().padStart(6, '0');
}
