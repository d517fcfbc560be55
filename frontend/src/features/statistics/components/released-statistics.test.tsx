import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { daysInMonth, endOfMonthBefore } from '@/lib/clock';
import { changeLanguage } from '@/lib/i18n';
import { DRESDEN, LEIPZIG, me, statisticsApi } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { TEST_TODAY } from '@/testing/test-clock';
import { renderApp, signedIn } from '@/testing/test-utils';
import { lastCompletedQuarter } from '../utils/filters';

// jsdom draws no charts
vi.mock('@/components/charts/echart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

// What the ministry may ask for on the day the tests run at (Berlin), worked out here without the app's periods.
const lastMonthEnd = endOfMonthBefore(TEST_TODAY);
const [lastMonthYear, lastMonth] = lastMonthEnd.split('-').map(Number) as [number, number];
const currentMonth = Number(TEST_TODAY.slice(5, 7));
const lastQuarter = lastCompletedQuarter(TEST_TODAY);
const pad = (value: number) => String(value).padStart(2, '0');
const quarterSpan = {
  from: `${lastQuarter.year}-${pad(lastQuarter.quarter * 3 - 2)}-01`,
  to: `${lastQuarter.year}-${pad(lastQuarter.quarter * 3)}-${pad(daysInMonth(lastQuarter.year, lastQuarter.quarter * 3))}`,
};
const monthName = (year: number, month: number) =>
  new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('de-DE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

const keyResultRequests = () =>
  requests.filter((r) => new URL(r.url).pathname === '/api/v1/statistics/key-results');
const lastQuery = () => new URL(keyResultRequests().at(-1)!.url).searchParams;
const search = () => screen.getByRole('search');
const combobox = (name: string | RegExp) => within(search()).getByRole('combobox', { name });

async function choose(
  user: ReturnType<typeof userEvent.setup>,
  field: string | RegExp,
  option: string | RegExp,
) {
  await user.click(combobox(field));
  await user.click(await screen.findByRole('option', { name: option }));
}

const refusal = (
  errors: { field: string; code: string; params?: Record<string, string>; message: string }[],
) => ({
  status: 400,
  body: {
    type: 'https://amm-casedesk.example/problems/validation-failed',
    title: 'The request contains invalid values',
    status: 400,
    errors: errors.map((error) => ({ params: {}, ...error })),
  },
});

describe('statistics for the ministry (released figures)', () => {
  beforeAll(() => import('./statistics-page'));
  beforeEach(() => {
    statisticsApi();
    onApi('GET /api/v1/me', { body: me(['ministry']) });
  });

  it('offers whole periods instead of free days, starting with everything since phase 2', async () => {
    renderApp('/statistics', signedIn(['ministry']));
    expect(await screen.findByRole('article', { name: 'Betreute Teilnehmende' })).toBeInTheDocument();
    expect(combobox('Zeitraum')).toHaveValue('Gesamt seit Januar 2020');
    expect(within(search()).queryByRole('textbox', { name: 'Von' })).not.toBeInTheDocument();
    expect(within(search()).queryByRole('combobox', { name: 'Förderphase' })).not.toBeInTheDocument();
    expect(lastQuery().toString()).toBe(`from=2020-01-01&to=${lastMonthEnd}`);
  });

  it('asks for the last completed quarter when the ministry chooses quarters, and for an earlier one on request', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/statistics', signedIn(['ministry']));
    await screen.findByRole('article', { name: 'Betreute Teilnehmende' });

    await choose(user, 'Zeitraum', 'Quartal');
    await waitFor(() => expect(lastQuery().get('from')).toBe(quarterSpan.from));
    expect(lastQuery().get('to')).toBe(quarterSpan.to);
    expect(lastQuery().has('phase')).toBe(false);
    expect(combobox('Quartal')).toHaveValue(`${lastQuarter.quarter}. Quartal ${lastQuarter.year}`);
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe(quarterSpan.from);

    await choose(user, 'Quartal', `${lastQuarter.quarter}. Quartal ${lastQuarter.year - 1}`);
    await waitFor(() =>
      expect(lastQuery().get('from')).toBe(`${lastQuarter.year - 1}${quarterSpan.from.slice(4)}`),
    );
    expect(lastQuery().get('to')).toBe(`${lastQuarter.year - 1}${quarterSpan.to.slice(4)}`);
  });

  it('offers the months up to the last completed one, never the current month', async () => {
    const user = userEvent.setup();
    renderApp('/statistics', signedIn(['ministry']));
    await screen.findByRole('article', { name: 'Betreute Teilnehmende' });

    await choose(user, 'Zeitraum', 'Monat');
    await waitFor(() => expect(lastQuery().get('to')).toBe(lastMonthEnd));
    expect(lastQuery().get('from')).toBe(`${lastMonthEnd.slice(0, 8)}01`);
    expect(combobox('Monat')).toHaveValue(monthName(lastMonthYear, lastMonth));

    await user.click(combobox('Monat'));
    // the month's list, not the language menu's options
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent(monthName(lastMonthYear, lastMonth));
    const current = monthName(Number(TEST_TODAY.slice(0, 4)), currentMonth);
    expect(screen.queryByRole('option', { name: current })).not.toBeInTheDocument();
    expect(options.at(-1)).toHaveTextContent('November 2016');
  });

  it('asks for years and funding phases as wholes, a phase with its name', async () => {
    const user = userEvent.setup();
    renderApp('/statistics', signedIn(['ministry']));
    await screen.findByRole('article', { name: 'Betreute Teilnehmende' });

    await choose(user, 'Zeitraum', 'Jahr');
    const year = Number(TEST_TODAY.slice(0, 4)) - 1;
    await waitFor(() => expect(lastQuery().get('from')).toBe(`${year}-01-01`));
    expect(lastQuery().get('to')).toBe(`${year}-12-31`);

    await choose(user, 'Zeitraum', 'Förderphase');
    await choose(user, /^Förderphase/, /2\. Förderphase/);
    await waitFor(() => expect(lastQuery().get('phase')).toBe('phase2'));
    expect(lastQuery().get('from')).toBe('2020-01-01');
    expect(lastQuery().get('to')).toBe('2024-12-31');

    await choose(user, 'Zeitraum', 'Halbjahr');
    await waitFor(() => expect(lastQuery().has('phase')).toBe(false));
    expect(lastQuery().get('from')).toMatch(/^\d{4}-(01|07)-01$/);
    expect(lastQuery().get('to')! <= lastMonthEnd).toBe(true);
  });

  it('asks for one project or one district, choosing the one clears the other', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/statistics', signedIn(['ministry']));
    await screen.findByRole('article', { name: 'Betreute Teilnehmende' });

    await choose(user, 'Wohnort (Landkreis/Stadt)', 'Leipzig');
    await waitFor(() => expect(lastQuery().getAll('district')).toEqual(['14713']));
    expect(lastQuery().getAll('projectId')).toEqual([]);

    await choose(user, 'Projekt', 'Arbeitsmarktmentoren Dresden');
    await waitFor(() => expect(lastQuery().getAll('projectId')).toEqual([DRESDEN]));
    expect(lastQuery().getAll('district')).toEqual([]);
    expect(combobox('Wohnort (Landkreis/Stadt)')).toHaveValue('');
    expect(combobox('Projekt')).toHaveValue('Arbeitsmarktmentoren Dresden');

    await choose(user, 'Wohnort (Landkreis/Stadt)', 'Dresden');
    await waitFor(() => expect(lastQuery().getAll('district')).toEqual(['14612']));
    expect(lastQuery().getAll('projectId')).toEqual([]);
    expect(combobox('Projekt')).toHaveValue('');
    const url = new URLSearchParams(router.state.location.search);
    expect(url.getAll('district')).toEqual(['14612']);
    expect(url.getAll('projectId')).toEqual([]);
    // no request ever combined them or repeated one
    for (const request of keyResultRequests()) {
      const query = new URL(request.url).searchParams;
      expect(query.getAll('district').length + query.getAll('projectId').length).toBeLessThanOrEqual(1);
    }
  });

  it('shows the server’s objections to a link with free days and two districts at the filters, in German', async () => {
    onApi(
      'GET /api/v1/statistics/key-results',
      refusal([
        { field: 'from', code: 'month_start', message: 'must be the first day of a month' },
        {
          field: 'to',
          code: 'completed_months',
          params: { max: '2026-10-31' },
          message: 'must not be later',
        },
        { field: 'district', code: 'at_most_one', message: 'may be given once only' },
      ]),
    );
    renderApp(
      `/statistics?from=2024-01-15&to=2099-01-31&district=14713&district=14612&projectId=${LEIPZIG}`,
      signedIn(['ministry']),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Auswahl wurde nicht angenommen. Bitte prüfen Sie die markierten Felder.',
    );
    expect(combobox('Zeitraum')).toHaveAccessibleDescription(
      expect.stringContaining(
        'Beginn: Muss der erste Tag eines Monats sein: Veröffentlichte Zahlen umfassen ganze Monate.',
      ),
    );
    expect(combobox('Zeitraum')).toHaveAccessibleDescription(
      expect.stringContaining(
        'Ende: Darf nicht nach dem 31.10.2026 liegen, dem Ende des letzten abgeschlossenen Monats.',
      ),
    );
    expect(combobox('Zeitraum')).toHaveAccessibleDescription(
      expect.stringContaining('Zeitraum aus dem Link: 15.1.2024 – 31.1.2099'),
    );
    expect(combobox('Wohnort (Landkreis/Stadt)')).toHaveAccessibleDescription(
      expect.stringContaining('Nur ein Wert ist möglich.'),
    );
    expect(combobox('Zeitraum')).toHaveAttribute('aria-invalid', 'true');
    expect(combobox('Projekt')).not.toHaveAttribute('aria-invalid', 'true');
    // the other figures are not asked for again and again while the selection stands refused
    expect(screen.queryByRole('table', { name: /Kennzahlen nach/ })).not.toBeInTheDocument();
  });

  it('names the other filter of a combination it refuses, in English in English', async () => {
    await changeLanguage('en');
    onApi(
      'GET /api/v1/statistics/key-results',
      refusal([
        {
          field: 'district',
          code: 'not_with',
          params: { other: 'projectId' },
          message: 'cannot be combined',
        },
      ]),
    );
    renderApp(`/statistics?district=14713&projectId=${LEIPZIG}`, signedIn(['ministry']));
    expect(await screen.findByRole('alert')).toHaveTextContent('The selection was not accepted.');
    expect(
      within(search()).getByRole('combobox', { name: 'District of residence' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Cannot be combined with “Project”.'));
  });

  it('takes the period of a shared link that is whole months, and says which it is', async () => {
    renderApp('/statistics?from=2024-02-01&to=2024-04-30', signedIn(['ministry']));
    await screen.findByRole('article', { name: 'Betreute Teilnehmende' });
    expect(combobox('Zeitraum')).toHaveValue('');
    expect(combobox('Zeitraum')).toHaveAccessibleDescription('Zeitraum aus dem Link: 1.2.2024 – 30.4.2024');
    expect(lastQuery().toString()).toBe('from=2024-02-01&to=2024-04-30');
  });

  it('leaves the coordination entity its free filters, even with the ministry’s role as well', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator', 'ministry']) });
    renderApp('/statistics', signedIn(['coordinator', 'ministry']));
    await screen.findByRole('article', { name: 'Betreute Teilnehmende' });
    expect(within(search()).getByRole('textbox', { name: 'Von' })).toHaveValue('01.01.2020');
    expect(combobox('Projekte')).toBeInTheDocument();
    expect(within(search()).queryByRole('combobox', { name: 'Zeitraum' })).not.toBeInTheDocument();
  });
});
