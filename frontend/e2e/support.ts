import { expect, type Page, type TestInfo } from '@playwright/test';

export const PASSWORD = 'demo';

/** Where a demo user's browser session (Keycloak's SSO cookie) is kept after the login step. */
export const sessionOf = (username: string) => `e2e/.auth/${username}.json`;

const steps = new WeakMap<TestInfo, number>();

/** Keeps a screenshot of the current step as a test artefact (test-results/<test>/<nn>-<step>.png). */
export async function snap(page: Page, testInfo: TestInfo, step: string) {
  const n = (steps.get(testInfo) ?? 0) + 1;
  steps.set(testInfo, n);
  await page.screenshot({
    path: testInfo.outputPath(`${String(n).padStart(2, '0')}-${step}.png`),
    fullPage: true,
  });
}

/** Logs in through Keycloak's own login page, starting from the app's login button. */
export async function logInThroughKeycloak(page: Page, username: string, password = PASSWORD) {
  await page.goto('/');
  await page.getByRole('main').getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/realms\/amm\/protocol\/openid-connect\/auth/);
  // Keycloak's own login page (German, as the realm's default locale)
  await page.getByRole('textbox', { name: 'Benutzername oder E-Mail' }).fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
}
