import { expect, test } from '@playwright/test';
import { sessionOf, snap } from './support';

test('an employer’s enquiry reaches the Leipzig inbox, is marked contacted and taken over as an employer; Dresden does not see it', async ({
  browser,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const company = `Anfrage Logistik ${Date.now().toString().slice(-6)}`;

  // the employer, on the public page
  const visitor = await browser.newContext({ baseURL, locale: 'de-DE' });
  const publicPage = await visitor.newPage();
  await publicPage.goto('/fachkraefte');
  await publicPage.getByRole('textbox', { name: 'Postleitzahl' }).fill('04109');
  await publicPage.getByRole('button', { name: 'Suchen' }).click();
  await expect(publicPage.getByRole('heading', { name: 'Anfrage senden', level: 2 })).toBeVisible();
  const formShown = Date.now();
  await publicPage
    .getByRole('combobox', { name: 'Projekt' })
    .selectOption({ label: 'Arbeitsmarktmentoren Leipzig' });
  await publicPage.getByRole('textbox', { name: /^Unternehmen/ }).fill(company);
  await publicPage.getByRole('textbox', { name: /^Ansprechperson/ }).fill('Maria Beispiel');
  await publicPage.getByRole('textbox', { name: 'Telefon' }).fill('+49 341 555 0000');
  await publicPage
    .getByRole('textbox', { name: /^Ihre Nachricht/ })
    .fill('Wir suchen zwei Berufskraftfahrer/innen ab März.');
  await publicPage.getByRole('checkbox', { name: /einverstanden/ }).check();
  await publicPage.waitForTimeout(Math.max(0, 4_000 - (Date.now() - formShown)));
  await publicPage.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(publicPage.getByRole('status')).toContainText('Arbeitsmarktmentoren Leipzig eingegangen');
  await visitor.close();

  // the Leipzig mentor, in the inbox
  const leipzig = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    storageState: sessionOf('mentor.leipzig'),
  });
  const page = await leipzig.newPage();
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Anfragen' }).click();
  await expect(page.getByRole('heading', { name: 'Anfragen von Arbeitgebern' })).toBeVisible();
  const item = page.getByRole('listitem', { name: company });
  await expect(item).toContainText('Neu');
  await expect(item).toContainText('Maria Beispiel');
  await expect(item.getByRole('link', { name: '+49 341 555 0000' })).toHaveAttribute(
    'href',
    'tel:+493415550000',
  );
  await expect(item).toContainText('Berufskraftfahrer');
  await snap(page, testInfo, 'inbox-new');

  await item.getByRole('button', { name: `Als kontaktiert markieren: ${company}` }).click();
  await expect(page.getByRole('status')).toContainText(`„${company}“: Kontaktiert.`);
  await expect(item).toContainText('Kontaktiert');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Kontaktiert' }).click();
  await expect(item).toBeVisible();
  await snap(page, testInfo, 'inbox-contacted');

  await item.getByRole('button', { name: `Als Arbeitgeber übernehmen: ${company}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Als Arbeitgeber übernehmen' });
  await expect(dialog).toContainText(company);
  await dialog.getByRole('button', { name: 'Übernehmen' }).click();
  const notice = page.getByRole('status');
  await expect(notice).toContainText('ist jetzt ein Arbeitgeber Ihres Projekts');
  // taken over, the enquiry is closed: no longer among the contacted ones
  await expect(item).toHaveCount(0);
  await snap(page, testInfo, 'inbox-taken-over');
  await notice.getByRole('link', { name: 'Zu den Arbeitgebern' }).click();
  await page.getByRole('textbox', { name: 'Name suchen' }).fill(company);
  const row = page.getByRole('row').filter({ hasText: company });
  await expect(row).toContainText('Maria Beispiel');
  await expect(row).toContainText('Leipzig');
  await snap(page, testInfo, 'employer-from-enquiry');
  await leipzig.close();

  // the Dresden mentor's inbox does not have it
  const dresden = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    storageState: sessionOf('mentor.dresden'),
  });
  const other = await dresden.newPage();
  await other.goto('/enquiries');
  await expect(other.getByRole('heading', { name: 'Anfragen von Arbeitgebern' })).toBeVisible();
  await expect(
    other.getByText('Keine Anfragen.').or(other.getByRole('list', { name: 'Anfragen' })),
  ).toBeVisible();
  await expect(other.getByText(company)).toHaveCount(0);
  await dresden.close();
});
