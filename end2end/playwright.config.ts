import { defineConfig } from '@playwright/test';

// The tests run against the real release server on a fresh database with the
// demo data; `.ci/e2e-server` starts it. Chromium comes from Debian: Playwright
// never downloads a browser here.
const port = process.env.E2E_PORT ?? '3210';
// A second server with a limit of two sign-in posts a minute, for the 429
// page (tests/helpers.ts: strictBaseURL).
const strictPort = String(Number(port) + 1);

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // The tests in publishing.spec.ts change what the sociale kaart shows,
  // so they run once all the others are done.
  projects: [
    { name: 'pages', testIgnore: /publishing\.spec\.ts/ },
    { name: 'publishing', testMatch: /publishing\.spec\.ts/, dependencies: ['pages'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `../.ci/e2e-server ${port}`,
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `../.ci/e2e-server ${strictPort} strict-limits`,
      url: `http://127.0.0.1:${strictPort}/healthz`,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
