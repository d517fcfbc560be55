import { expect, test } from '@playwright/test';
import { snap } from './support';

test('an anonymous visitor finds the projects of a district with their contact data', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Arbeitsmarktmentoren in Sachsen' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Anmelden' })).toBeVisible();
  await snap(page, testInfo, 'welcome');

  await page.getByRole('navigation').getByRole('link', { name: 'Projektverzeichnis' }).click();
  await expect(page.getByRole('heading', { name: 'Projektverzeichnis' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(14);
  await snap(page, testInfo, 'directory');

  await page
    .getByRole('combobox', { name: 'Landkreis / kreisfreie Stadt' })
    .selectOption({ label: 'Görlitz' });
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

test('the map shows every office, with the same offices in the list beside it', async ({
  page,
}, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/map');
  await expect(page.getByRole('heading', { name: 'Projekte auf der Karte' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alle Büros' })).toBeVisible();
  await expect(page.getByText('Arbeitsmarktmentoren Bautzen').first()).toBeVisible();
  // the map itself draws (markers or clusters), it does not fall over
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await snap(page, testInfo, 'map');
  await expect(page.getByRole('heading', { name: 'Ergebnisse nach Landkreis' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the service finder and the pages for employers and for people looking for a mentor', async ({
  page,
}, testInfo) => {
  await page.goto('/services');
  await expect(page.getByRole('heading', { name: 'Angebote in Ihrer Nähe finden' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Postleitzahl' }).fill('04109');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText(/Angebote für Leipzig/)).toBeVisible();
  await snap(page, testInfo, 'services-leipzig');

  await page.goto('/fachkraefte');
  await expect(page.getByRole('heading', { name: 'Fachkräfte finden' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Postleitzahl' }).fill('01067');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('heading', { name: 'Arbeitsmarktmentoren Dresden' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Anfrage senden' })).toBeVisible();
  await snap(page, testInfo, 'employers');

  await page.evaluate(() => localStorage.setItem('amm.language', 'ar'));
  await page.goto('/mentor');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await snap(page, testInfo, 'mentor-ar');
  await page.evaluate(() => localStorage.removeItem('amm.language'));
});
