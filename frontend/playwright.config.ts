import { defineConfig } from '@playwright/test';

// Runs against the real system that scripts/test starts: PostgreSQL, Keycloak, backend, built web app.
// The browser is the machine's Chromium (no browser download).
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: process.env.AMM_E2E_BASE_URL ?? 'http://localhost:4173',
    locale: 'de-DE',
    viewport: { width: 1280, height: 860 },
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.AMM_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'login', testMatch: /login\.setup\.ts/ },
    { name: 'e2e', dependencies: ['login'], testIgnore: /login\.setup\.ts/ },
  ],
});
