import { expect, test, type Locator, type Page } from '@playwright/test';
import { snap } from './support';

// The public pages walked with the keyboard only: Tab, Shift+Tab, Enter, Space and the arrow keys; no click.
// Every stop shows where the focus is.

/** The focused element shows a focus ring (an outline, or else a box shadow). */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    return {
      what: `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 40) ?? ''}`,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      shadow: style.boxShadow !== 'none',
      visible: rect.width > 0 && rect.height > 0,
    };
  });
  expect(focus, 'something has the focus').not.toBeNull();
  expect(focus!.visible, `the focused ${focus!.what} is on screen`).toBe(true);
  expect(focus!.outline || focus!.shadow, `the focused ${focus!.what} shows a focus ring`).toBe(true);
}

/** Presses Tab until `target` has the focus (at most `max` times), checking the focus ring on the way. */
async function tabTo(page: Page, target: Locator, max = 200) {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      await expectVisibleFocus(page);
      return;
    }
  }
  throw new Error(`${max} presses of Tab did not reach ${target.toString()}`);
}

test('the map’s list of offices works without the map', async ({ page }, testInfo) => {
  await page.goto('/map');
  await expect(page.locator('#office-list-heading')).toBeVisible();
  const list = page.getByRole('region', { name: /Alle Büros/ });
  // the second project's office: choosing it must not move the list under the keyboard's focus
  const show = list.getByRole('button', { name: /^Auf der Karte zeigen: / }).nth(1);
  await tabTo(page, show);
  const label = (await show.getAttribute('aria-label'))!;
  await page.keyboard.press('Enter');
  // the office is selected (and deep-linked), the focus stays where it was
  await expect(page).toHaveURL(/[?&]office=/);
  await expect(show).toBeFocused();
  await expect(list.locator('.amm-selected')).toHaveCount(1);
  await expect(list.locator('.amm-selected')).toContainText(
    label.replace('Auf der Karte zeigen: ', '').split(',')[0]!,
  );
  // the project's page is the next links away, Enter opens it
  const projectLink = list.locator('.amm-selected').getByRole('link').first();
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(page);
  await snap(page, testInfo, 'map-list-keyboard');
  for (
    let presses = 0;
    presses < 20 && !(await projectLink.evaluate((e) => e === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(projectLink).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
});

test('the service finder by postal code and kind', async ({ page }, testInfo) => {
  await page.goto('/services');
  const postalCode = page.getByRole('textbox', { name: 'Postleitzahl' });
  await tabTo(page, postalCode);
  await page.keyboard.type('04109');
  await page.keyboard.press('Enter');
  await expect(page.locator('#services-found')).toContainText('Angebote für Leipzig');
  await expect(page).toHaveURL(/district=14713/);

  const kind = page.getByRole('combobox', { name: 'Art des Angebots' });
  await tabTo(page, kind);
  // the browser's own select: typing the start of a name picks it
  await page.keyboard.type('Jobc');
  await expect(page).toHaveURL(/kind=jobcenter/);
  await expect(kind).toHaveValue('jobcenter');
  await expect(page.locator('#services-found')).toContainText('Angebote für Leipzig');
  const results = page.getByRole('region', { name: /Angebote für Leipzig/ });
  await expect(results.getByText('Jobcenter').first()).toBeVisible();
  // the first result's contact is reached by Tab
  await tabTo(page, results.getByRole('link').first(), 40);
  await snap(page, testInfo, 'services-keyboard');
});

test('an employer sends an enquiry with the keyboard only', async ({ page }, testInfo) => {
  await page.goto('/fachkraefte');
  const postalCode = page.getByRole('textbox', { name: 'Postleitzahl' });
  await tabTo(page, postalCode);
  await page.keyboard.type('01067');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  await expect(page.getByRole('button', { name: 'Suchen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Anfrage senden', level: 2 })).toBeVisible();
  const formShown = Date.now();

  const company = `Tastatur Logistik ${Date.now().toString().slice(-6)}`;
  await tabTo(page, page.getByRole('textbox', { name: /^Unternehmen/ }), 60);
  await page.keyboard.type(company);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^Ansprechperson/ })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Karla Tastatur');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'E-Mail' })).toBeFocused();
  await page.keyboard.type('personal@tastatur.example');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Telefon' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^Ihre Nachricht/ })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Wir suchen eine Fachkraft für Lagerlogistik ab Januar.');
  // the hidden field for bots is skipped
  await page.keyboard.press('Tab');
  const consent = page.getByRole('checkbox', { name: /einverstanden/ });
  await expect(consent).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await page.keyboard.press('Tab');
  const send = page.getByRole('button', { name: 'Anfrage senden' });
  await expect(send).toBeFocused();
  await expectVisibleFocus(page);
  await snap(page, testInfo, 'enquiry-keyboard');
  // a form sent sooner than a few seconds after it was handed out is taken for a bot's
  await page.waitForTimeout(Math.max(0, 4_000 - (Date.now() - formShown)));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(
    'Vielen Dank! Ihre Anfrage ist bei Arbeitsmarktmentoren Dresden eingegangen.',
  );
  await snap(page, testInfo, 'enquiry-sent');
});
