import { expect, test } from '@playwright/test';
import { logInThroughKeycloak, sessionOf, snap } from './support';

test.describe('the Leipzig mentor', () => {
  test.use({ storageState: sessionOf('mentor.leipzig') });

  test('sees who they are and their own project with its team', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Guten Tag, Lena Hoffmann' })).toBeVisible();
    await expect(page.getByText('Mentor/in').first()).toBeVisible();
    const own = page.getByRole('link', { name: 'Arbeitsmarktmentoren Leipzig', exact: true });
    await expect(own).toBeVisible();
    await snap(page, testInfo, 'start-page');

    await own.click();
    await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Katrin Weber' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Person hinzufügen' })).toHaveCount(0);
    await snap(page, testInfo, 'own-project-team');
  });

  test('sees no team of another project', async ({ page }, testInfo) => {
    await page.goto('/projects?district=14612');
    await page.getByRole('link', { name: 'Arbeitsmarktmentoren Dresden' }).click();
    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Arbeitsmarktmentoren Dresden' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Team' })).toHaveCount(0);
    await snap(page, testInfo, 'other-project');
  });
});

test.describe('the ministry officer', () => {
  test.use({ storageState: sessionOf('ministry') });

  test('sees no staff list of any project', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Guten Tag, Sabine Krüger' })).toBeVisible();
    await expect(page.getByText('Ministerium')).toBeVisible();
    await snap(page, testInfo, 'start-page');

    await page.goto('/projects');
    await page.getByRole('link', { name: 'Arbeitsmarktmentoren Leipzig', exact: true }).click();
    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Arbeitsmarktmentoren Leipzig', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Team' })).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    await snap(page, testInfo, 'project-without-team');
  });
});

test.describe('the Leipzig project lead', () => {
  test.use({ storageState: sessionOf('lead.leipzig') });

  test('adds a mentor, who then logs in with the one-time password and sets their own', async ({
    page,
    browser,
  }, testInfo) => {
    const email = `e2e.${Date.now()}@amm-test.example`;
    await page.goto('/');
    await page.getByRole('link', { name: 'Arbeitsmarktmentoren Leipzig', exact: true }).click();
    await page.getByRole('button', { name: 'Person hinzufügen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Person zum Team hinzufügen' });
    await dialog.getByRole('textbox', { name: 'E-Mail' }).fill(email);
    await dialog.getByRole('textbox', { name: 'Vorname' }).fill('Jana');
    await dialog.getByRole('textbox', { name: 'Nachname' }).fill('Schulz');
    await snap(page, testInfo, 'add-member-form');
    await dialog.getByRole('button', { name: 'Hinzufügen' }).click();

    const notice = page.getByRole('status').filter({ hasText: 'Einmalpasswort' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('cell', { name: email })).toBeVisible();
    await snap(page, testInfo, 'member-added');
    const oneTimePassword = (await notice.textContent())?.match(/Einmalpasswort: (\S+)/)?.[1] ?? '';
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);

    const fresh = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      locale: 'de-DE',
      storageState: { cookies: [], origins: [] },
    });
    const newcomer = await fresh.newPage();
    await logInThroughKeycloak(newcomer, email, oneTimePassword);
    await newcomer.locator('#password-new').fill('Sicher-und-neu-2026');
    await newcomer.locator('#password-confirm').fill('Sicher-und-neu-2026');
    await snap(newcomer, testInfo, 'newcomer-sets-password');
    await newcomer.getByRole('button', { name: /Absenden|Submit/ }).click();
    await expect(newcomer.getByRole('heading', { name: 'Guten Tag, Jana Schulz' })).toBeVisible();
    await expect(
      newcomer.getByRole('link', { name: 'Arbeitsmarktmentoren Leipzig', exact: true }),
    ).toBeVisible();
    await snap(newcomer, testInfo, 'newcomer-start-page');
    await fresh.close();
  });
});
