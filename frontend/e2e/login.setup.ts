import { expect, test as setup } from '@playwright/test';
import { logInThroughKeycloak, sessionOf, snap } from './support';

// Each demo user logs in once through Keycloak's login page; the tests reuse the session.
for (const username of [
  'mentor.leipzig',
  'mentor.dresden',
  'ministry',
  'lead.leipzig',
  'coordinator',
  'dpo',
]) {
  setup(`log in as ${username}`, async ({ page }, testInfo) => {
    await logInThroughKeycloak(page, username);
    await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
    await snap(page, testInfo, `logged-in-${username}`);
    await page.context().storageState({ path: sessionOf(username) });
  });
}
