import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { sessionOf, snap } from './support';

test.describe('the ministry officer', () => {
  test.use({ storageState: sessionOf('ministry') });

  test('sees the key results, breaks them down by age group, and the view survives a reload', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistik' }).click();
    await expect(page).toHaveURL(/\/statistics$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Statistik' })).toBeVisible();

    const supported = page.getByRole('article', { name: 'Betreute Teilnehmende' });
    await expect(supported).toContainText(/\d\.\d{3}/);
    await expect(supported).toContainText(/davon \d+\s%\sFrauen/);
    for (const name of [
      'Betreute Arbeitgeber',
      'In Arbeit oder Ausbildung vermittelt',
      'Nachhaltig integriert',
    ]) {
      await expect(page.getByRole('article', { name })).toContainText(/\d/);
    }
    // the ministry's figures are protected, and the page says how
    const legend = page.getByRole('list', { name: 'Legende zu den geschützten Zahlen' }).first();
    await expect(legend).toContainText('<5 = weniger als 5, aus Datenschutzgründen nicht ausgewiesen');
    await expect(legend).toContainText('Werte auf Vielfache von 5 gerundet (Zellschlüsselverfahren)');
    await expect(page.getByRole('img', { name: 'Entwicklung nach Quartalen' }).locator('svg')).toBeVisible();
    const districts = page.getByRole('table', { name: 'Nach Landkreisen und kreisfreien Städten' });
    await expect(districts.getByRole('row', { name: /Görlitz/ })).toBeVisible();
    await expect(districts.getByRole('row', { name: /Gesamt/ })).toBeVisible();
    await snap(page, testInfo, 'statistics-ministry');

    await page.getByRole('combobox', { name: 'Aufschlüsseln nach' }).click();
    await page.getByRole('option', { name: 'Altersgruppe' }).click();
    await expect(page).toHaveURL(/dimension=ageGroup/);
    await expect(page.getByRole('table', { name: 'Kennzahlen nach Altersgruppe' })).toBeVisible();

    // released figures: whole completed periods only, one district or one project, small groups withheld
    await expect(page.getByRole('search').getByRole('textbox', { name: 'Von' })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Zeitraum' }).click();
    await page.getByRole('option', { name: 'Jahr', exact: true }).click();
    await expect(page).toHaveURL(/from=\d{4}-01-01&to=\d{4}-12-31/);
    await expect(page.getByRole('combobox', { name: 'Jahr', exact: true })).toHaveValue(/^\d{4}$/);
    await page.getByRole('combobox', { name: 'Wohnort (Landkreis/Stadt)' }).click();
    await page.getByRole('option', { name: 'Görlitz' }).click();
    await expect(page).toHaveURL(/district=14626/);
    await page.getByRole('combobox', { name: 'Zielgruppe' }).click();
    await page.getByRole('option', { name: 'Frauen' }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/targetGroup=women/);
    const byAge = page.getByRole('table', { name: 'Kennzahlen nach Altersgruppe' });
    await expect(byAge.getByText('<5').first()).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Aufschlüsselung' })
        .getByRole('list', { name: 'Legende zu den geschützten Zahlen' }),
    ).toContainText('Summen können von der Summe der Zeilen abweichen');
    await snap(page, testInfo, 'statistics-by-age-goerlitz-women');

    // one project instead: the district goes
    await page.getByRole('combobox', { name: 'Projekt', exact: true }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await expect(page).toHaveURL(/projectId=/);
    await expect(page).not.toHaveURL(/district=/);
    await page.getByRole('combobox', { name: 'Wohnort (Landkreis/Stadt)' }).click();
    await page.getByRole('option', { name: 'Görlitz' }).click();
    await expect(page).toHaveURL(/district=14626/);
    await expect(page).not.toHaveURL(/projectId=/);

    await page.reload();
    await expect(page).toHaveURL(/dimension=ageGroup/);
    await expect(page.getByRole('combobox', { name: 'Aufschlüsseln nach' })).toHaveValue('Altersgruppe');
    await expect(page.getByRole('table', { name: 'Kennzahlen nach Altersgruppe' })).toBeVisible();
    const filters = page.getByRole('search');
    await expect(filters.getByRole('combobox', { name: 'Wohnort (Landkreis/Stadt)' })).toHaveValue('Görlitz');
    await expect(filters.getByRole('combobox', { name: 'Jahr', exact: true })).toHaveValue(/^\d{4}$/);
    await expect(filters.getByText('Frauen')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bericht ausstellen' })).toHaveCount(0);
    await snap(page, testInfo, 'statistics-after-reload');
  });
});

test.describe('the coordination entity', () => {
  test.use({ storageState: sessionOf('coordinator') });

  test('issues the report of the last quarter, finds it in the list and downloads it as PDF', async ({
    page,
  }, testInfo) => {
    await page.goto('/statistics');
    const reports = page.getByRole('region', { name: 'Quartalsberichte' });
    await expect(reports.getByRole('button', { name: 'Bericht ausstellen' })).toBeVisible();
    await reports.getByRole('button', { name: 'Bericht ausstellen' }).click();

    const notice = reports.getByRole('status').filter({ hasText: 'ausgestellt' });
    await expect(notice).toBeVisible();
    const [, quarter, version] =
      (await notice.textContent())?.match(
        /Bericht für das (\d\. Quartal \d{4}) ausgestellt \(Version (\d+)\)/,
      ) ?? [];
    expect(quarter).toBeTruthy();
    const row = reports.getByRole('row', { name: new RegExp(`${quarter} ${version} `) });
    await expect(row).toBeVisible();
    await snap(page, testInfo, 'report-issued');

    const downloading = page.waitForEvent('download');
    await row.getByRole('button', { name: `PDF: ${quarter}, Version ${version}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^amm-quartalsbericht-\d{4}-q\d-v\d+\.pdf$/);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

test.describe('the Leipzig mentor', () => {
  test.use({ storageState: sessionOf('mentor.leipzig') });

  test('sees the figures of their own project only', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistik' }).click();
    await expect(page.getByRole('article', { name: 'Betreute Teilnehmende' })).toContainText(/\d/);
    await expect(page.getByText(/^1\s*Projekt$/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Quartalsberichte' })).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Aufschlüsseln nach' }).click();
    await page.getByRole('option', { name: 'Projekt', exact: true }).click();
    const byProject = page.getByRole('table', { name: 'Kennzahlen nach Projekt' });
    await expect(byProject.getByRole('row', { name: /Arbeitsmarktmentoren Leipzig/ })).toBeVisible();
    await expect(byProject.getByRole('row', { name: /Arbeitsmarktmentoren Dresden/ })).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Projekte' }).click();
    await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['Arbeitsmarktmentoren Leipzig']);
    await page.keyboard.press('Escape');
    await snap(page, testInfo, 'statistics-mentor');
  });
});
