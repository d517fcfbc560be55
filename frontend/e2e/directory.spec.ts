import { expect, test } from '@playwright/test';
import { snap } from './support';

test('an anonymous visitor finds the projects of a district with their contact data', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Willkommen beim AMM Case Desk' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Anmelden' })).toBeVisible();
  await snap(page, testInfo, 'welcome');

  await page.getByRole('link', { name: 'Zum Projektverzeichnis' }).click();
  await expect(page.getByRole('heading', { name: 'Projektverzeichnis' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(14);
  await snap(page, testInfo, 'directory');

  await page.getByRole('combobox', { name: 'Landkreis / kreisfreie Stadt' }).click();
  await page.getByRole('option', { name: 'Görlitz' }).click();
  await expect(page).toHaveURL(/district=14626/);
  await expect(page.getByRole('article')).toHaveCount(1);
  const gorlitz = page.getByRole('article', { name: 'Arbeitsmarktmentoren Görlitz' });
  await expect(gorlitz.getByRole('link', { name: 'goerlitz@amm-demo.example' })).toBeVisible();
  await snap(page, testInfo, 'directory-goerlitz');

  await gorlitz.getByRole('link', { name: 'Arbeitsmarktmentoren Görlitz' }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Arbeitsmarktmentoren Görlitz' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Team' })).toHaveCount(0);
  await snap(page, testInfo, 'project-public');
});
