import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { sessionOf, snap } from './support';

/**
 * axe-core with all its rules (WCAG 2.x A and AA and best practices, experimental rules aside) on the public pages in
 * German and Arabic and on the main staff screens: no serious or critical violation. Every page's full result is
 * kept as a test artefact (axe-<page>.json).
 */
async function expectAccessible(page: Page, testInfo: TestInfo, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify({ url: page.url(), violations: results.violations }, null, 2),
    contentType: 'application/json',
  });
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
  expect(serious, `serious or critical axe violations on ${name} (${page.url()})`).toEqual([]);
}

const PUBLIC_PAGES: { path: string; name: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/',
    name: 'home',
    ready: (page) => expect(page.locator('main h1, main h2').first()).toBeVisible(),
  },
  {
    path: '/map',
    name: 'map',
    ready: async (page) => {
      await expect(page.locator('#office-list-heading')).toBeVisible();
      await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
    },
  },
  {
    path: '/services?district=14713',
    name: 'services',
    ready: (page) => expect(page.locator('#services-found')).toBeVisible(),
  },
  {
    path: '/fachkraefte?district=14612',
    name: 'employers',
    ready: (page) => expect(page.locator('#enquiry-heading')).toBeVisible(),
  },
  { path: '/mentor', name: 'mentor', ready: (page) => expect(page.locator('main h1').first()).toBeVisible() },
  {
    path: '/projects',
    name: 'projects',
    ready: (page) => expect(page.getByRole('article').first()).toBeVisible(),
  },
  {
    path: '/impressum',
    name: 'imprint',
    ready: (page) => expect(page.locator('main h1').first()).toBeVisible(),
  },
  {
    path: '/datenschutz',
    name: 'privacy',
    ready: (page) => expect(page.locator('main h1').first()).toBeVisible(),
  },
  {
    path: '/barrierefreiheit',
    name: 'accessibility-statement',
    ready: (page) => expect(page.locator('main h1').first()).toBeVisible(),
  },
];

for (const language of ['de', 'ar'] as const) {
  test.describe(`public pages in ${language === 'de' ? 'German' : 'Arabic'}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((chosen) => window.localStorage.setItem('amm.language', chosen), language);
    });

    for (const { path, name, ready } of PUBLIC_PAGES) {
      test(`${name} has no serious or critical axe violations`, async ({ page }, testInfo) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
        await ready(page);
        await expectAccessible(page, testInfo, `${name}-${language}`);
        await snap(page, testInfo, `${name}-${language}`);
      });
    }
  });
}

test.describe('staff screens of the Leipzig mentor', () => {
  test.use({ storageState: sessionOf('mentor.leipzig') });

  test('start page with the caseload, mentee list, mentee page, statistics and the enquiries', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Meine Betreuungen' })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectAccessible(page, testInfo, 'start-caseload');

    await page.goto('/mentees');
    const firstMentee = page.getByRole('table').getByRole('link').first();
    await expect(firstMentee).toBeVisible();
    await expectAccessible(page, testInfo, 'mentee-list');

    await firstMentee.click();
    await expect(page).toHaveURL(/\/mentees\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('region', { name: 'Verlauf' })).toBeVisible();
    await expectAccessible(page, testInfo, 'mentee-page');

    await page.goto('/statistics');
    await expect(page.getByRole('heading', { level: 2, name: 'Statistik' }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, testInfo, 'statistics');

    await page.goto('/enquiries');
    await expect(page.getByRole('heading', { name: 'Anfragen von Arbeitgebern' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Status' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
    await expectAccessible(page, testInfo, 'enquiries');
  });
});

test.describe('staff screens of the coordination entity', () => {
  test.use({ storageState: sessionOf('coordinator') });

  test('start page, statistics and the directory maintenance', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /Guten Tag/ })).toBeVisible();
    await expectAccessible(page, testInfo, 'start-coordinator');

    await page.goto('/directory');
    await expect(page.getByRole('heading', { name: 'Angebotsverzeichnis pflegen' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page, testInfo, 'directory');

    await page.getByRole('button', { name: 'Angebot hinzufügen' }).click();
    await expect(page.getByRole('dialog', { name: 'Angebot hinzufügen' })).toBeVisible();
    await expectAccessible(page, testInfo, 'directory-form');
  });
});
