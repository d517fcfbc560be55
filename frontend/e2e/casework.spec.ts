import { expect, test, type Locator, type Page } from '@playwright/test';
import { addMonths, germanDate, programmeToday, sessionOf, snap, typedGermanDate } from './support';

/** A text field or a select by its label (required fields add a decorative asterisk to the label text). */
function field(scope: Page | Locator, label: string) {
  return scope
    .getByRole('textbox', { name: label, exact: true })
    .or(scope.getByRole('combobox', { name: label, exact: true }))
    .first();
}

async function choose(page: Page, scope: Page | Locator, label: string, option: string | RegExp) {
  await field(scope, label).click();
  await page.getByRole('option', { name: option }).first().click();
}

test.describe('a day of case work', () => {
  test.use({ storageState: sessionOf('mentor.leipzig') });

  test('the Leipzig mentor registers a mentee, opens a case, logs a contact, records a placement and sees the follow-up; the Dresden mentor cannot open the mentee', async ({
    page,
    browser,
  }, testInfo) => {
    const lastName = `Testfall${Date.now().toString().slice(-6)}`;
    // the backend's (pinned) day, not the test machine's: a placement today is followed up 3 months later
    const today = await programmeToday(page);
    const followUpDue = addMonths(today, 3);

    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Meine Betreuungen' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Teilnehmende' }).click();
    await page.getByRole('link', { name: 'Teilnehmende/n registrieren' }).click();

    // register
    await field(page, 'Vorname').fill('Amal');
    await field(page, 'Nachname').fill(lastName);
    // the date input follows the UI language: German users type DD.MM.YYYY
    await field(page, 'Geburtsdatum').fill(typedGermanDate('1993-04-12'));
    await page.keyboard.press('Tab');
    await expect(field(page, 'Geburtsdatum')).toHaveValue('12.04.1993');
    await choose(page, page, 'Geschlecht', 'weiblich');
    await choose(page, page, 'Staatsangehörigkeit', 'Syrien');
    await choose(page, page, 'Aufenthaltsstatus', /humanitären/);
    await choose(page, page, 'Deutschkenntnisse', 'B1');
    await choose(page, page, 'Wohnort (Landkreis/Stadt)', 'Leipzig');
    // the signed consent form: counselling, and passing data to employers (the contact and the placement below)
    const scopes = page.getByRole('group', { name: /Eingewilligt in/ });
    await scopes.getByRole('checkbox', { name: /^Beratung und Begleitung/ }).check();
    await scopes.getByRole('checkbox', { name: 'Weitergabe an Arbeitgeber' }).check();
    await expect(field(page, 'Erteilt am')).toHaveValue(typedGermanDate(today));
    await snap(page, testInfo, 'register-mentee');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Amal ${lastName}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Profil' })).toContainText('12.4.1993');
    const consent = page.getByRole('region', { name: 'Einwilligung' });
    await expect(consent.getByRole('group', { name: 'In Kraft' })).toContainText('Weitergabe an Arbeitgeber');
    await expect(consent.getByRole('table', { name: 'Verlauf der Einwilligungen' })).toContainText(
      'Lena Hoffmann',
    );
    const menteeUrl = page.url();
    expect(menteeUrl).toMatch(/\/mentees\/[0-9a-f-]{36}$/);

    // open a case
    await page.getByRole('button', { name: 'Betreuung eröffnen' }).click();
    const caseDialog = page.getByRole('dialog', { name: 'Betreuung eröffnen' });
    await expect(field(caseDialog, 'Verantwortliche/r Mentor/in')).toHaveValue('Lena Hoffmann');
    await caseDialog.getByRole('button', { name: 'Betreuung eröffnen' }).click();
    await expect(page.getByText('Betreuung eröffnet')).toBeVisible();

    // log a contact with an employer
    await page.getByRole('button', { name: 'Kontakt erfassen' }).click();
    const contact = page.getByRole('dialog', { name: 'Kontakt erfassen' });
    await field(contact, 'Arbeitgeber').click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await field(contact, 'Notiz').fill('Bewerbung als Pflegehelferin besprochen');
    await snap(page, testInfo, 'log-contact');
    await contact.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Bewerbung als Pflegehelferin besprochen')).toBeVisible();

    // record a placement
    await page.getByRole('button', { name: 'Vermittlung erfassen' }).click();
    const placement = page.getByRole('dialog', { name: 'Vermittlung erfassen' });
    await expect(field(placement, 'Beginn')).toHaveValue(typedGermanDate(today));
    await field(placement, 'Arbeitgeber').click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await field(placement, 'Tätigkeit / Beruf').fill('Pflegehelferin');
    await field(placement, 'Wochenstunden').fill('30');
    await snap(page, testInfo, 'record-placement');
    await placement.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Verbleibskontrolle nach 3 Monaten')).toBeVisible();
    await snap(page, testInfo, 'mentee-timeline');

    // the caseload shows the 3-month follow-up
    await page.getByRole('navigation').getByRole('link', { name: 'Start' }).click();
    await field(page, 'Sortierung').click();
    await page.getByRole('option', { name: 'Neueste Betreuungen zuerst' }).click();
    const row = page.getByRole('row').filter({ hasText: `Amal ${lastName}` });
    await expect(row).toBeVisible();
    await expect(row).toContainText(germanDate(followUpDue));
    await snap(page, testInfo, 'caseload-with-follow-up');

    // the Dresden mentor cannot open the mentee by URL
    const dresden = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      locale: 'de-DE',
      storageState: sessionOf('mentor.dresden'),
    });
    const other = await dresden.newPage();
    await other.goto(menteeUrl);
    await expect(other.getByRole('alert')).toContainText('gibt es nicht');
    await expect(other.getByText(lastName)).toHaveCount(0);
    await snap(other, testInfo, 'dresden-mentor-gets-not-found');
    await dresden.close();
  });
});
