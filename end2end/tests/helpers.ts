import { expect, type Page } from '@playwright/test';

/** Resolves once the WebAssembly has hydrated the server-rendered page. */
export async function waitForHydration(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };
