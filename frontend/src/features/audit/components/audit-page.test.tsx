import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureDownloads } from '@/testing/downloads';
import { LEIPZIG, me, referenceData } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

const MENTEE = '3f2b8c1e-4d5a-4b6c-9d7e-8f9a0b1c2d3e';
const LEAD = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const event = (id: number, overrides = {}) => ({
  id,
  occurredAt: '2026-11-28T09:15:00Z',
  actor: LEAD,
  actorName: 'Katrin Weber',
  actorRoles: 'project_lead',
  action: 'read',
  entity: 'mentee',
  entityId: MENTEE,
  projectId: LEIPZIG,
  readerProjectId: LEIPZIG,
  menteeId: MENTEE,
  sealedSeq: id,
  ...overrides,
});

const intact = {
  sealed: 1234,
  unsealed: 3,
  headHash: 'ab'.repeat(32),
  intact: true,
  firstBrokenSeq: null,
  firstBrokenEventId: null,
  reason: null,
};

const auditQueries = () =>
  requests
    .filter((r) => new URL(r.url).pathname === '/api/v1/audit')
    .map((r) => Object.fromEntries(new URL(r.url).searchParams));

describe('the audit screen', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/projects', { body: [{ id: LEIPZIG, name: 'Arbeitsmarktmentoren Leipzig' }] });
    onApi('GET /api/v1/audit', {
      body: {
        items: [event(2, { action: 'export', entity: 'mentee', sealedSeq: null }), event(1)],
        page: 0,
        size: 50,
        total: 2,
      },
    });
    onApi('GET /api/v1/audit/integrity', { body: intact });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the officer the trail and an intact chain', async () => {
    onApi('GET /api/v1/me', { body: me(['data_protection_officer']) });
    renderApp('/audit', signedIn(['data_protection_officer']));
    const chain = await screen.findByRole('region', { name: 'Unveränderbarkeit des Protokolls' });
    expect(await within(chain).findByText(/Die Kette ist intakt/)).toBeInTheDocument();
    expect(within(chain).getByText(/1\.234 Einträge versiegelt, 3 noch nicht/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Zugriffe auf personenbezogene Daten' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('exportiert');
    expect(rows[1]).toHaveTextContent('noch nicht versiegelt');
    expect(rows[2]).toHaveTextContent('gelesen');
    expect(rows[2]).toHaveTextContent('Katrin Weber');
    expect(rows[2]).toHaveTextContent('Projektleitung');
    expect(rows[2]).toHaveTextContent('Teilnehmende/r');
    expect(await within(rows[2]!).findAllByText('Arbeitsmarktmentoren Leipzig')).toHaveLength(2);
  });

  it('names the first broken link of a broken chain', async () => {
    onApi('GET /api/v1/me', { body: me(['admin']) });
    onApi('GET /api/v1/audit/integrity', {
      body: {
        ...intact,
        intact: false,
        firstBrokenSeq: 17,
        firstBrokenEventId: 20,
        reason: 'the row does not match its hash',
      },
    });
    renderApp('/audit', signedIn(['admin']));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Kette ist unterbrochen');
    expect(alert).toHaveTextContent('Erste unterbrochene Stelle: Kette Nr. 17 (Ereignis 20).');
    expect(alert).toHaveTextContent('Grund: der Eintrag passt nicht zu seinem Hash');
    // the operator checks the chain but reads no trail of personal data
    expect(
      screen.queryByRole('region', { name: 'Zugriffe auf personenbezogene Daten' }),
    ).not.toBeInTheDocument();
    expect(auditQueries()).toHaveLength(0);
  });

  it('filters by person, record, action and time; a click on an actor filters by them', async () => {
    onApi('GET /api/v1/me', {
      body: me(['project_lead'], [{ id: LEIPZIG, name: 'Leipzig', role: 'project_lead' }]),
    });
    const user = userEvent.setup();
    renderApp('/audit', signedIn(['project_lead']));
    const filters = await screen.findByRole('form', { name: 'Filter' });
    // a project lead reads the trail but does not check the chain
    expect(
      screen.queryByRole('region', { name: 'Unveränderbarkeit des Protokolls' }),
    ).not.toBeInTheDocument();
    await user.type(within(filters).getByRole('textbox', { name: 'Person (Kennung)' }), MENTEE);
    await user.click(within(filters).getByRole('combobox', { name: 'Art des Eintrags' }));
    await user.click(await screen.findByRole('option', { name: 'Einwilligung' }));
    await user.click(within(filters).getByRole('combobox', { name: 'Aktion' }));
    await user.click(await screen.findByRole('option', { name: 'exportiert' }));
    await user.type(within(filters).getByRole('textbox', { name: 'Von' }), '01.11.2026');
    await user.type(within(filters).getByRole('textbox', { name: 'Bis' }), '28.11.2026');
    await user.click(within(filters).getByRole('button', { name: 'Filtern' }));
    await waitFor(() =>
      expect(auditQueries().at(-1)).toEqual({
        menteeId: MENTEE,
        entity: 'consent',
        action: 'export',
        from: '2026-11-01',
        to: '2026-11-28',
        page: '0',
        size: '50',
      }),
    );

    // the applied filters stand in the URL: the form shows them afresh
    const applied = screen.getByRole('form', { name: 'Filter' });
    expect(within(applied).getByRole('textbox', { name: 'Person (Kennung)' })).toHaveValue(MENTEE);
    await user.click(within(applied).getByRole('button', { name: 'Zurücksetzen' }));
    await waitFor(() => expect(auditQueries().at(-1)).toEqual({ page: '0', size: '50' }));
    const table = await screen.findByRole('table', { name: 'Zugriffe auf personenbezogene Daten' });
    await user.click(within(table).getAllByRole('button', { name: 'Katrin Weber' })[0]!);
    await waitFor(() => expect(auditQueries().at(-1)).toEqual({ actor: LEAD, page: '0', size: '50' }));
    expect(
      within(screen.getByRole('form', { name: 'Filter' })).getByRole('textbox', { name: /Wer/ }),
    ).toHaveValue(LEAD);
  });

  it('shows the server’s objection to a filter at the filter, in German', async () => {
    onApi('GET /api/v1/me', { body: me(['data_protection_officer']) });
    onApi('GET /api/v1/audit', (request) =>
      new URL(request.url).searchParams.get('menteeId')
        ? {
            status: 400,
            body: {
              type: 'https://amm-casedesk.example/problems/validation-failed',
              title: 'Ungültige Angaben',
              status: 400,
              errors: [{ field: 'menteeId', code: 'id', params: {}, message: 'is not a valid id' }],
            },
          }
        : { body: { items: [], page: 0, size: 50, total: 0 } },
    );
    renderApp('/audit?menteeId=TN-7K3F9Q', signedIn(['data_protection_officer']));
    const filters = await screen.findByRole('form', { name: 'Filter' });
    const person = within(filters).getByRole('textbox', { name: 'Person (Kennung)' });
    await waitFor(() => expect(person).toHaveAccessibleDescription('Ist keine gültige Kennung.'));
    expect(person).toHaveValue('TN-7K3F9Q');
  });

  it('downloads the filtered trail as CSV', async () => {
    onApi('GET /api/v1/me', { body: me(['data_protection_officer']) });
    onApi('GET /api/v1/audit/export', {
      body: 'Zeitpunkt;Wer',
      headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit.csv"' },
    });
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderApp(`/audit?menteeId=${MENTEE}&page=2`, signedIn(['data_protection_officer']));
    await user.click(await screen.findByRole('button', { name: 'Als CSV herunterladen' }));
    await waitFor(() => expect(saved).toEqual(['audit.csv']));
    const exported = requests.find((r) => new URL(r.url).pathname === '/api/v1/audit/export')!;
    expect(Object.fromEntries(new URL(exported.url).searchParams)).toEqual({ menteeId: MENTEE });
    expect(exported.headers.get('Accept')).toBe('text/csv');
  });

  it('is in the navigation of project leads, the coordination entity, the officer and the operator only', async () => {
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: LEIPZIG, name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/caseload', { body: { items: [], page: 0, size: 25, total: 0 } });
    renderApp('/', signedIn(['mentor']));
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    await within(nav).findByRole('link', { name: 'Teilnehmende' });
    expect(within(nav).queryByRole('link', { name: 'Protokoll' })).not.toBeInTheDocument();
  });
});
