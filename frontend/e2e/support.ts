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

/**
 * The programme's today (YYYY-MM-DD, Berlin's day) as the backend's clock tells it, through the web app's own
 * origin (which forwards /api). The e2e backend's clock is pinned (AMM_CLOCK_STARTS_AT), so this is not the
 * day of the machine that runs the tests.
 */
export async function programmeToday(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/clock');
  expect(response.ok()).toBe(true);
  const { today } = (await response.json()) as { today: string };
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return today;
}

/**
 * The same day `months` later, clamped to the end of a shorter month as the backend's plusMonths does
 * (2026-11-29 + 3 = 2027-02-28). Written here on its own, so that the test does not take the app's word for it.
 */
export function addMonths(day: string, months: number): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(dayOfMonth, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A day as the German UI shows it in lists: day.month.year without leading zeros (28.2.2027). */
export function germanDate(day: string): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return `${dayOfMonth}.${month}.${year}`;
}

/** A day as it is typed into the German date input: DD.MM.YYYY. */
export function typedGermanDate(day: string): string {
  return day.split('-').reverse().join('.');
}
