import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { germanDate, programmeToday, sessionOf, snap } from './support';

// A project lead answers a mentee's access request (the German PDF) and erasure request (anonymisation); a
// deletion of a mentee who was not entered by mistake is refused with the reason; the data-protection officer
// then finds the reads and the export in the audit trail, and the trail's chain intact.

test.describe.configure({ mode: 'serial' });

/** A text field or a select by its label. */
function field(scope: Page | Locator, label: string) {
  return scope
    .getByRole('textbox', { name: label, exact: true })
    .or(scope.getByRole('combobox', { name: label, exact: true }))
    .first();
}

const lastName = `Auskunft${Date.now().toString().slice(-6)}`;
let menteeId = '';

test.describe('a project lead answers requests', () => {
  test.use({ storageState: sessionOf('lead.leipzig') });

  test('registers a mentee, answers the access request with a PDF and the erasure request by anonymisation', async ({
    page,
  }, testInfo) => {
    const today = await programmeToday(page);
    await page.goto('/mentees/new');
    await field(page, 'Vorname').fill('Samira');
    await field(page, 'Nachname').fill(lastName);
    await field(page, 'Geschlecht').click();
    await page.getByRole('option', { name: 'weiblich' }).click();
    await page
      .getByRole('group', { name: /Eingewilligt in/ })
      .getByRole('checkbox', { name: /^Beratung und Begleitung/ })
      .check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Samira ${lastName}` })).toBeVisible();
    menteeId = /\/mentees\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(menteeId).not.toBe('');

    // the consent as recorded at the registration
    const consent = page.getByRole('region', { name: 'Einwilligung' });
    await expect(consent.getByRole('group', { name: 'In Kraft' })).toContainText('Beratung und Begleitung');
    await expect(consent.getByRole('table', { name: 'Verlauf der Einwilligungen' })).toContainText(
      germanDate(today),
    );

    // the access request: a PDF the browser downloads
    const requests = page.getByRole('region', { name: 'Auskunft und Löschung' });
    const downloading = page.waitForEvent('download');
    await requests.getByRole('button', { name: 'Auskunft als PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^auskunft-.+\.pdf$/);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    await snap(page, testInfo, 'access-answer-downloaded');

    // the erasure request: anonymisation, after a confirmation
    await requests.getByRole('button', { name: 'Anonymisieren …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Person anonymisieren' });
    await expect(dialog).toContainText('Das lässt sich nicht rückgängig machen.');
    await snap(page, testInfo, 'confirm-anonymisation');
    await dialog.getByRole('button', { name: 'Jetzt anonymisieren' }).click();
    await expect(page.getByText(/Die Person ist anonymisiert/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^TN-/ })).toBeVisible();
    await expect(page.getByText(`Samira ${lastName}`)).toHaveCount(0);
    await expect(page.getByText(/wurde am .* anonymisiert/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Angaben bearbeiten' })).toHaveCount(0);
    await expect(consent.getByRole('group', { name: 'In Kraft' })).toContainText(
      'keine Einwilligung in Kraft',
    );
    await snap(page, testInfo, 'mentee-anonymised');

    // after a reload too: the server keeps the mentee anonymised, the name is gone for good
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: /^TN-/ })).toBeVisible();
    await expect(page.getByText('Anonymisiert').first()).toBeVisible();
    await expect(page.getByText(lastName)).toHaveCount(0);
  });

  test('a mentee registered long ago is not deleted as a mistake: the reason, and anonymisation instead', async ({
    page,
  }, testInfo) => {
    // a mentee of the demo data, registered long before the programme's today (not one this suite registered)
    await page.goto('/mentees?sort=lastName,asc');
    await page
      .getByRole('table')
      .getByRole('link')
      .filter({ hasNotText: /^TN-|Testfall|Auskunft/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/mentees\/[0-9a-f-]{36}$/);
    // the mentee page has rendered (not the list's heading still) before its name is read
    const requests = page.getByRole('region', { name: 'Auskunft und Löschung' });
    await expect(requests).toBeVisible();
    const name = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
    expect(name).not.toMatch(/^TN-|^$|^Teilnehmende$/);
    await requests.getByRole('button', { name: 'Versehentlich angelegt: löschen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Versehentlich angelegte Person löschen' });
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toContainText(
      'Der Eintrag kann nicht mehr gelöscht, nur noch anonymisiert werden.',
    );
    await expect(refusal).toContainText(/Gelöscht wird nur|anderes Projekt|Statistikbericht/);
    await expect(dialog.getByRole('button', { name: 'Jetzt anonymisieren' })).toBeVisible();
    await snap(page, testInfo, 'deletion-refused-offers-anonymisation');
    // the demo mentee stays as they are
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    await expect(requests).not.toContainText('anonymisiert am');
  });
});

test.describe('the data-protection officer', () => {
  test.use({ storageState: sessionOf('dpo') });

  test('finds the reads and the export in the audit trail, and the chain intact', async ({
    page,
  }, testInfo) => {
    expect(menteeId).not.toBe('');
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Aufbewahrung' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Person nach Kennung öffnen' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Protokoll' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Protokoll' })).toBeVisible();

    const chain = page.getByRole('region', { name: 'Unveränderbarkeit des Protokolls' });
    await expect(chain).toContainText('Die Kette ist intakt');

    const filters = page.getByRole('form', { name: 'Filter' });
    await filters.getByRole('textbox', { name: 'Person (Kennung)' }).fill(menteeId);
    await filters.getByRole('button', { name: 'Filtern' }).click();
    const trail = page.getByRole('table', { name: 'Zugriffe auf personenbezogene Daten' });
    const byLead = trail.getByRole('row').filter({ hasText: 'Katrin Weber' });
    await expect(byLead.filter({ hasText: 'gelesen' }).first()).toBeVisible();
    await expect(byLead.filter({ hasText: 'exportiert' }).first()).toBeVisible();
    await expect(byLead.filter({ hasText: 'anonymisiert' }).first()).toBeVisible();
    await expect(byLead.filter({ hasText: 'angelegt' }).first()).toBeVisible();
    await snap(page, testInfo, 'audit-trail-of-the-mentee');

    // the trail of the person as a CSV file
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Als CSV herunterladen' }).click();
    const csv = await readFile((await (await downloading).path())!, 'utf8');
    expect(csv).toContain(menteeId);

    // the check again, now that the reads above are sealed too
    await chain.getByRole('button', { name: 'Erneut prüfen' }).click();
    await expect(chain).toContainText('Die Kette ist intakt');
    await snap(page, testInfo, 'audit-chain-intact');
  });
});
