import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setTokenSource } from '@/lib/api-client';
import { endOfMonthBefore } from '@/lib/clock';
import { breakdown, DISCLOSURE, DRESDEN, keyResults, LEIPZIG, me, statisticsApi } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { TEST_TODAY } from '@/testing/test-clock';
import { renderApp, signedIn } from '@/testing/test-utils';

// jsdom draws no charts: the chart stands in as the image it is to assistive technology.
vi.mock('@/components/charts/echart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LEGEND = 'Legende zu den geschützten Zahlen';
const leipzig = { id: LEIPZIG, name: 'Arbeitsmarktmentoren Leipzig', role: 'mentor' };

const section = (name: string) => screen.getByRole('heading', { name }).closest('section')!;
const requestsTo = (path: string) => requests.filter((r) => new URL(r.url).pathname === path);
const query = (request: Request) => new URL(request.url).searchParams;

const report = (id: string, year: number, quarter: number, version = 1) => ({
  id,
  year,
  quarter,
  version,
  periodFrom: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`,
  periodTo: `${year}-${String(quarter * 3).padStart(2, '0')}-30`,
  definitionVersion: '2026.1',
  issuedAt: '2024-07-02T09:30:00Z',
  issuedBy: 'c0ffee',
});

/** The names of the files the page hands to the browser's download. */
function captureDownloads(): string[] {
  URL.createObjectURL = vi.fn(() => 'blob:file');
  URL.revokeObjectURL = vi.fn();
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}

describe('statistics page', () => {
  // the route loads the page as its own chunk; load it once up front so that no test waits for it
  beforeAll(() => import('./statistics-page'));

  beforeEach(() => statisticsApi());
  afterEach(() => {
    setTokenSource(async () => undefined);
    vi.restoreAllMocks();
  });

  it('shows the ministry the key results, the quarters, a breakdown and the districts, withheld counts as "<5"', async () => {
    onApi('GET /api/v1/me', { body: me(['ministry']) });
    onApi('GET /api/v1/statistics/key-results', {
      body: keyResults({
        withheld: true,
        disclosure: DISCLOSURE,
        menteesSustainablyIntegrated: { total: '<5', female: '<5', femaleShare: null },
      }),
    });
    renderApp('/statistics', signedIn(['ministry'], 'Sabine Krüger'));

    const supported = await screen.findByRole('article', { name: 'Betreute Teilnehmende' });
    expect(within(supported).getByText('4.794')).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: 'Nachhaltig integriert' })).getByText('<5'),
    ).toBeInTheDocument();
    const keyResultsLegend = within(section('Kennzahlen')).getByRole('list', { name: LEGEND });
    expect(keyResultsLegend).toHaveTextContent(
      '<5 = weniger als 5, aus Datenschutzgründen nicht ausgewiesen',
    );
    expect(screen.queryByText(/Exakte Zahlen/)).not.toBeInTheDocument();
    const [first] = requestsTo('/api/v1/statistics/key-results');
    expect(query(first!).toString()).toBe(`from=2020-01-01&to=${endOfMonthBefore(TEST_TODAY)}`);

    expect(await screen.findByRole('img', { name: 'Entwicklung nach Quartalen' })).toBeInTheDocument();
    const byProject = await screen.findByRole('table', { name: 'Kennzahlen nach Projekt' });
    const groupB = within(byProject).getByRole('row', { name: /Gruppe B \(project\)/ });
    expect(within(groupB).getAllByText('<5')).toHaveLength(2);
    expect(
      within(groupB).getAllByTitle('nicht ausgewiesen, weil eine der Zahlen unter 5 liegt'),
    ).toHaveLength(2);
    expect(within(byProject).getByRole('row', { name: /Gesamt/ })).toHaveTextContent('1.240');
    const byDistrict = await screen.findByRole('table', { name: 'Nach Landkreisen und kreisfreien Städten' });
    expect(within(byDistrict).getByText('1.234')).toBeInTheDocument();
    expect(
      within(section('Aufschlüsselung')).getByText(/Werte „<5“ sind im Diagramm nicht als Balken/),
    ).toBeInTheDocument();
    for (const name of [
      'Entwicklung nach Quartalen',
      'Aufschlüsselung',
      'Nach Landkreisen und kreisfreien Städten',
    ]) {
      expect(within(section(name)).getByRole('list', { name: LEGEND })).toHaveTextContent(
        'Summen können von der Summe der Zeilen abweichen',
      );
    }

    expect(screen.getByRole('heading', { name: 'Quartalsberichte' })).toBeInTheDocument();
    expect(await screen.findByText('Es wurden noch keine Berichte ausgestellt.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bericht ausstellen' })).not.toBeInTheDocument();
  });

  it('shows the coordination entity exact figures, without the legend of protected ones', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    onApi('GET /api/v1/statistics/breakdown', (request) => ({
      body: breakdown(query(request).get('dimension') as Parameters<typeof breakdown>[0], { exact: true }),
    }));
    renderApp('/statistics', signedIn(['coordinator']));
    const byProject = await screen.findByRole('table', { name: 'Kennzahlen nach Projekt' });
    expect(within(byProject).getByRole('row', { name: /Gruppe B \(project\)/ })).toHaveTextContent('3');
    expect(within(byProject).queryByText('<5')).not.toBeInTheDocument();
    await screen.findByRole('table', { name: 'Nach Landkreisen und kreisfreien Städten' });
    expect(screen.getByText('Exakte Zahlen: nicht gerundet, nichts zurückgehalten.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: LEGEND })).not.toBeInTheDocument();
    expect(screen.queryByText(/Werte „<5“ sind im Diagramm/)).not.toBeInTheDocument();
    // the coordination entity keeps the free period
    expect(screen.getByRole('textbox', { name: 'Von' })).toHaveValue('01.01.2020');
  });

  it('restores the filters and the dimension from the URL and keeps changes in it', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    const user = userEvent.setup();
    const { router } = renderApp(
      '/statistics?from=2023-01-01&district=14713&targetGroup=women&targetGroup=withoutQualification&dimension=topic',
      signedIn(['coordinator']),
    );
    expect(
      await screen.findByRole('table', { name: 'Kennzahlen nach Thema der Kontakte' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Aufschlüsseln nach' })).toHaveValue('Thema der Kontakte');
    expect(screen.getByRole('textbox', { name: 'Von' })).toHaveValue('01.01.2023');
    const topic = requestsTo('/api/v1/statistics/breakdown').find(
      (r) => query(r).get('dimension') === 'topic',
    )!;
    expect(query(topic).getAll('district')).toEqual(['14713']);
    expect(query(topic).getAll('targetGroup')).toEqual(['women', 'withoutQualification']);
    expect(query(topic).get('from')).toBe('2023-01-01');

    await user.click(screen.getByRole('combobox', { name: 'Aufschlüsseln nach' }));
    await user.click(await screen.findByRole('option', { name: 'Altersgruppe' }));
    expect(await screen.findByRole('table', { name: 'Kennzahlen nach Altersgruppe' })).toBeInTheDocument();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('dimension')).toBe('ageGroup');
    expect(search.getAll('targetGroup')).toEqual(['women', 'withoutQualification']);
    expect(search.get('from')).toBe('2023-01-01');

    await user.click(screen.getByRole('combobox', { name: 'Förderphase' }));
    await user.click(await screen.findByRole('option', { name: /Modellprogramm/ }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('phase')).toBe('model'));
    const model = new URLSearchParams(router.state.location.search);
    expect(model.get('from')).toBe('2016-11-01');
    expect(model.get('to')).toBe('2019-12-31');

    await user.click(screen.getByRole('button', { name: 'Auswahl zurücksetzen' }));
    await waitFor(() => expect(router.state.location.search).toBe('?dimension=ageGroup'));
  });

  it('shows the quarters as a table on request', async () => {
    onApi('GET /api/v1/me', { body: me(['ministry']) });
    const user = userEvent.setup();
    renderApp('/statistics', signedIn(['ministry']));
    await screen.findByRole('img', { name: 'Entwicklung nach Quartalen' });
    await user.click(within(section('Entwicklung nach Quartalen')).getByRole('radio', { name: 'Tabelle' }));
    const table = await screen.findByRole('table', { name: 'Entwicklung nach Quartalen' });
    expect(within(table).getByRole('row', { name: /2\. Quartal 2024/ })).toHaveTextContent('130');
  });

  it('exports the breakdown on screen as CSV and XLSX with the matching Accept header', async () => {
    onApi('GET /api/v1/me', { body: me(['ministry']) });
    setTokenSource(async () => 'test-token');
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderApp('/statistics?dimension=gender', signedIn(['ministry']));
    await screen.findByRole('table', { name: 'Kennzahlen nach Geschlecht' });
    onApi('GET /api/v1/statistics/breakdown', (request) => ({
      body: 'Schlüssel;Bezeichnung',
      headers: {
        'Content-Disposition': `attachment; filename="amm-gender.${request.headers.get('Accept') === 'text/csv' ? 'csv' : 'xlsx'}"`,
      },
    }));
    const breakdown = section('Aufschlüsselung');

    await user.click(within(breakdown).getByRole('button', { name: 'CSV herunterladen' }));
    await waitFor(() => expect(saved).toEqual(['amm-gender.csv']));
    await user.click(within(breakdown).getByRole('button', { name: 'Excel herunterladen' }));
    await waitFor(() => expect(saved).toEqual(['amm-gender.csv', 'amm-gender.xlsx']));

    const downloads = requestsTo('/api/v1/statistics/breakdown').filter(
      (r) => r.headers.get('Accept') !== null && !r.headers.get('Accept')!.includes('json'),
    );
    expect(downloads.map((r) => r.headers.get('Accept'))).toEqual(['text/csv', XLSX]);
    expect(downloads.map((r) => query(r).get('dimension'))).toEqual(['gender', 'gender']);
    expect(downloads[0]!.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('lets the coordinator issue a report, which then appears in the list', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    const issued = [report('r1', 2024, 1)];
    onApi('GET /api/v1/statistics/reports', () => ({ body: issued }));
    onApi('POST /api/v1/statistics/reports', async (request) => {
      const body = (await request.json()) as { year: number; quarter: number };
      const summary = report('r2', body.year, body.quarter);
      issued.unshift(summary);
      return { status: 201, body: { summary, content: {} } };
    });
    const user = userEvent.setup();
    renderApp('/statistics', signedIn(['coordinator']));
    const reports = await screen.findByRole('table', { name: 'Quartalsberichte' });
    expect(within(reports).getByRole('row', { name: /1\. Quartal 2024/ })).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: /^Jahr/ }));
    await user.click(await screen.findByRole('option', { name: '2024' }));
    await user.click(screen.getByRole('combobox', { name: /^Quartal/ }));
    await user.click(await screen.findByRole('option', { name: '2. Quartal' }));
    await user.click(screen.getByRole('button', { name: 'Bericht ausstellen' }));

    expect(
      await screen.findByText('Bericht für das 2. Quartal 2024 ausgestellt (Version 1).'),
    ).toBeInTheDocument();
    expect(await within(reports).findByRole('row', { name: /2\. Quartal 2024/ })).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ year: 2024, quarter: 2 });
  });

  it('shows the server’s refusal to issue a report at the field it names', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    onApi('POST /api/v1/statistics/reports', {
      status: 400,
      body: {
        type: 'https://amm-casedesk.example/problems/validation-failed',
        title: 'The request contains invalid values',
        status: 400,
        errors: [{ field: 'quarter', message: 'is not over yet; a report covers a completed quarter' }],
      },
    });
    const user = userEvent.setup();
    renderApp('/statistics', signedIn(['coordinator']));
    await user.click(await screen.findByRole('button', { name: 'Bericht ausstellen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte prüfen Sie die markierten Felder.');
    expect(screen.getByText('is not over yet; a report covers a completed quarter')).toBeInTheDocument();
  });

  it('lets the ministry download a report as PDF, without issuing any', async () => {
    onApi('GET /api/v1/me', { body: me(['ministry']) });
    onApi('GET /api/v1/statistics/reports', { body: [report('r1', 2024, 2, 3)] });
    onApi('GET /api/v1/statistics/reports/r1', {
      body: '%PDF',
      headers: { 'Content-Disposition': 'attachment; filename="amm-quartalsbericht-2024-q2-v3.pdf"' },
    });
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderApp('/statistics', signedIn(['ministry']));
    await user.click(await screen.findByRole('button', { name: 'PDF: 2. Quartal 2024, Version 3' }));
    await waitFor(() => expect(saved).toEqual(['amm-quartalsbericht-2024-q2-v3.pdf']));
    expect(requestsTo('/api/v1/statistics/reports/r1')[0]!.headers.get('Accept')).toBe('application/pdf');
    expect(screen.queryByRole('button', { name: 'Bericht ausstellen' })).not.toBeInTheDocument();
  });

  it('shows a mentor the figures of their own projects, without the reports', async () => {
    onApi('GET /api/v1/me', { body: me(['mentor'], [leipzig]) });
    const user = userEvent.setup();
    renderApp('/', signedIn(['mentor']));
    onApi('GET /api/v1/caseload', { body: { items: [], page: 0, size: 25, total: 0 } });
    await user.click(await screen.findByRole('link', { name: 'Statistik' }));
    expect(await screen.findByRole('article', { name: 'Betreute Teilnehmende' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Kennzahlen nach Geschlecht' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Quartalsberichte' })).not.toBeInTheDocument();
    expect(requestsTo('/api/v1/statistics/reports')).toHaveLength(0);

    await user.click(screen.getByRole('combobox', { name: 'Projekte' }));
    expect(await screen.findByRole('option', { name: 'Arbeitsmarktmentoren Leipzig' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Arbeitsmarktmentoren Dresden' })).not.toBeInTheDocument();
    expect(requestsTo('/api/v1/projects')).toHaveLength(0);
  });

  it('says so when a shared link names a project that is not the user’s', async () => {
    onApi('GET /api/v1/me', { body: me(['mentor'], [leipzig]) });
    onApi('GET /api/v1/statistics/key-results', {
      status: 404,
      body: { type: 'https://amm-casedesk.example/problems/not-found', title: 'Not found', status: 404 },
    });
    renderApp(`/statistics?projectId=${DRESDEN}`, signedIn(['mentor']));
    expect(await screen.findByRole('alert')).toHaveTextContent('gehört nicht zu Ihren Projekten');
    expect(screen.queryByRole('table', { name: /Kennzahlen nach/ })).not.toBeInTheDocument();
  });

  it('asks nothing while the period ends before it begins', async () => {
    onApi('GET /api/v1/me', { body: me(['ministry']) });
    renderApp('/statistics?from=2024-06-01&to=2024-01-31', signedIn(['ministry']));
    expect(await screen.findByText('Das Ende liegt vor dem Beginn.')).toBeInTheDocument();
    expect(requestsTo('/api/v1/statistics/key-results')).toHaveLength(0);
    expect(requestsTo('/api/v1/statistics/breakdown')).toHaveLength(0);
  });

  it('says in the server’s words why it refused a breakdown, and offers to try again', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    onApi('GET /api/v1/statistics/breakdown', (request) =>
      query(request).get('dimension') === 'quarter'
        ? {
            status: 400,
            body: {
              type: 'https://amm-casedesk.example/problems/validation-failed',
              title: 'The request contains invalid values',
              status: 400,
              errors: [{ field: 'dimension', message: 'the period has too many quarters; shorten it' }],
            },
          }
        : { body: breakdown(query(request).get('dimension') as Parameters<typeof breakdown>[0]) },
    );
    renderApp('/statistics?from=2016-11-01', signedIn(['coordinator']));
    await screen.findByRole('heading', { name: 'Entwicklung nach Quartalen' });
    const quarters = section('Entwicklung nach Quartalen');
    expect(await within(quarters).findByRole('alert')).toHaveTextContent(
      'dimension: the period has too many quarters; shorten it',
    );
    expect(within(quarters).getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Kennzahlen nach Projekt' })).toBeInTheDocument();
  });

  it('is not offered to the admin, who may not see any figures', async () => {
    onApi('GET /api/v1/me', { body: me(['admin']) });
    renderApp('/statistics', signedIn(['admin']));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dafür fehlt Ihrer Rolle die Berechtigung.');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).queryByRole('link', { name: 'Statistik' })).not.toBeInTheDocument();
    expect(requestsTo('/api/v1/statistics/key-results')).toHaveLength(0);
  });
});
