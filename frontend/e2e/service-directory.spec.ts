import { expect, test, type Locator, type Page } from '@playwright/test';
import { sessionOf, snap } from './support';

/** A text field or a select by its label (required fields add a decorative asterisk to the label text). */
function field(scope: Page | Locator, label: string) {
  return scope
    .getByRole('textbox', { name: label, exact: true })
    .or(scope.getByRole('combobox', { name: label, exact: true }))
    .first();
}

test('the coordination entity adds and changes a service, the public finds it, the Leipzig lead removes it', async ({
  browser,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const name = `Sprachcafé E2E ${Date.now().toString().slice(-6)}`;

  const coordination = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    storageState: sessionOf('coordinator'),
  });
  const page = await coordination.newPage();
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Angebote pflegen' }).click();
  await expect(page.getByRole('heading', { name: 'Angebotsverzeichnis pflegen' })).toBeVisible();
  await expect(page.getByText('Sie pflegen die Angebote aller Landkreise.')).toBeVisible();

  await page.getByRole('button', { name: 'Angebot hinzufügen' }).click();
  const form = page.getByRole('dialog', { name: 'Angebot hinzufügen' });
  await field(form, 'Name').fill(name);
  await field(form, 'Träger / Anbieter').fill('Nachbarschaftsverein Lindenau e.V.');
  await field(form, 'Art des Angebots').click();
  await page.getByRole('option', { name: 'Sprachkurs' }).click();
  await field(form, 'Beschreibung').fill('Deutsch üben im Gespräch, ohne Anmeldung.');
  await field(form, 'Landkreise').click();
  await page.getByRole('option', { name: 'Leipzig', exact: true }).click();
  await page.keyboard.press('Escape');
  await field(form, 'Straße und Hausnummer').fill('Lützner Straße 30');
  await field(form, 'Postleitzahl').fill('04177');
  await field(form, 'Ort').fill('Leipzig');
  await field(form, 'Breitengrad').fill('51.3365');
  await field(form, 'Längengrad').fill('12.3322');
  await field(form, 'Öffnungszeiten').fill('Mi 15–18 Uhr');
  await field(form, 'Sprachen').fill('de');
  await page.keyboard.press('Enter');
  await field(form, 'Sprachen').fill('ar');
  await page.keyboard.press('Enter');
  await snap(page, testInfo, 'service-form');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status')).toContainText('Das Angebot wurde gespeichert.');

  await page.getByRole('textbox', { name: 'Suche' }).fill(name);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Sprachkurs');
  await expect(row).toContainText('Leipzig');
  await expect(row).toContainText('de, ar');
  await row.getByRole('button', { name: `Bearbeiten: ${name}` }).click();
  const edit = page.getByRole('dialog', { name: 'Angebot bearbeiten' });
  await field(edit, 'Öffnungszeiten').fill('Mi 15–19 Uhr');
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toHaveCount(0);
  await snap(page, testInfo, 'directory-after-edit');
  await coordination.close();

  // the public finds it by district and language, with the changed opening hours
  const visitor = await browser.newContext({ baseURL, locale: 'de-DE' });
  const publicPage = await visitor.newPage();
  await publicPage.goto('/services?district=14713&language=ar');
  const card = publicPage.getByRole('article', { name: name });
  await expect(card).toContainText('Mi 15–19 Uhr');
  await visitor.close();

  // the Leipzig lead maintains Leipzig's services, not Dresden's
  const lead = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    storageState: sessionOf('lead.leipzig'),
  });
  const leadPage = await lead.newPage();
  await leadPage.goto('/directory');
  await expect(leadPage.getByText(/Sie pflegen die Angebote in: .*Leipzig/)).toBeVisible();
  await field(leadPage, 'Landkreis').click();
  await leadPage.getByRole('option', { name: 'Dresden', exact: true }).click();
  await expect(leadPage.getByRole('row').nth(1)).toBeVisible();
  await expect(leadPage.getByRole('button', { name: /^Bearbeiten: / })).toHaveCount(0);
  await field(leadPage, 'Landkreis').click();
  await leadPage.getByRole('option', { name: 'Leipzig', exact: true }).click();
  await leadPage.getByRole('textbox', { name: 'Suche' }).fill(name);
  const leadRow = leadPage.getByRole('row').filter({ hasText: name });
  await leadRow.getByRole('button', { name: `Entfernen: ${name}` }).click();
  const confirm = leadPage.getByRole('dialog', { name: 'Entfernen' });
  await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Entfernen' }).click();
  await expect(leadPage.getByRole('status')).toContainText(`„${name}“ wurde entfernt.`);
  await expect(leadRow).toHaveCount(0);
  await snap(leadPage, testInfo, 'directory-lead-removed');
  await lead.close();
});

test.describe('the Leipzig mentor', () => {
  test.use({ storageState: sessionOf('mentor.leipzig') });

  test('refers a mentee to a service of the directory and records the outcome', async ({
    page,
  }, testInfo) => {
    // a mentee of the caseload (an open case): the first of the whole list may be one another test anonymised
    await page.goto('/');
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/mentees\/[0-9a-f-]{36}$/);
    const topic = `Bewerbungstraining ${Date.now().toString().slice(-6)}`;

    await page.getByRole('button', { name: 'Verweisung erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verweisung erfassen' });
    // the server searches the directory for what is typed
    await field(dialog, 'Angebot aus dem Verzeichnis').fill('Jobcenter Leipzig');
    const option = page.getByRole('option', { name: /Jobcenter Leipzig/ }).first();
    await expect(option).toBeVisible();
    const picked = (await option.textContent())!;
    await option.click();
    await field(dialog, 'Anliegen').fill(topic);
    await expect(field(dialog, 'Ergebnis der Verweisung')).toHaveValue('Wartet');
    await snap(page, testInfo, 'referral-form');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect(dialog).toHaveCount(0);

    const history = page.getByRole('region', { name: 'Verlauf' });
    const entry = history.locator('.mantine-Timeline-item').filter({ hasText: topic });
    await expect(entry).toContainText('Verweisung: ');
    await expect(entry).toContainText(picked.split(' · ')[0]!);
    await expect(entry).toContainText('Wartet');

    await entry.getByRole('button', { name: 'Bearbeiten' }).click();
    const change = page.getByRole('dialog');
    await field(change, 'Ergebnis der Verweisung').click();
    await page.getByRole('option', { name: 'Angenommen' }).click();
    await change.getByRole('button', { name: 'Speichern' }).click();
    await expect(change).toHaveCount(0);
    await expect(entry).toContainText('Angenommen');
    await snap(page, testInfo, 'referral-outcome');
  });
});
