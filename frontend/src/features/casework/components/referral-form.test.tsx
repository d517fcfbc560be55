import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consentState, me, mentee, referenceData, timeline } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

const service = (id: string, name: string, provider: string) => ({
  id,
  name,
  provider,
  kind: 'recognition_counselling',
  description: null,
  address: { street: 'Teststraße 1', postalCode: '04109', city: 'Leipzig' },
  position: { latitude: 51.34, longitude: 12.37 },
  contact: {},
  districts: ['14713'],
  languages: ['de'],
  targetGroups: [],
  demo: true,
  version: 0,
});

const recognition = service('s1', 'Anerkennungsberatung Leipzig', 'IQ Netzwerk Sachsen');
const jobcenter = service('s2', 'Jobcenter Leipzig', 'Jobcenter Leipzig');

const referral = {
  id: 'r1',
  projectId: 'p1',
  menteeId: 'm1',
  referredOn: '2026-02-12',
  serviceId: 's1',
  provider: 'Anerkennungsberatung Leipzig (IQ Netzwerk Sachsen)',
  topic: 'Anerkennung des Pflegeabschlusses',
  outcome: 'accepted',
  note: null,
  version: 2,
  createdAt: '',
  updatedAt: '',
};

const sent = (method: string, path: string) =>
  requests.find((r) => r.method === method && new URL(r.url).pathname === path);
const searches = () =>
  requests
    .filter((r) => r.method === 'GET' && new URL(r.url).pathname === '/api/v1/public/services')
    .map((r) => new URL(r.url).searchParams.get('q'));

async function openNewReferral() {
  const user = userEvent.setup();
  renderApp('/mentees/m1', signedIn(['mentor']));
  await user.click(await screen.findByRole('button', { name: 'Verweisung erfassen' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Verweisung erfassen' }) };
}

describe('referral form', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/mentees/m1', { body: mentee });
    onApi('GET /api/v1/mentees/m1/consents', { body: consentState });
    onApi('GET /api/v1/mentees/m1/timeline', { body: timeline });
    // the server searches: it answers the words typed
    onApi('GET /api/v1/public/services', (request) => {
      const q = new URL(request.url).searchParams.get('q')?.toLowerCase();
      const items = [recognition, jobcenter].filter(
        (s) => !q || `${s.name} ${s.provider}`.toLowerCase().includes(q),
      );
      return { body: { district: null, total: items.length, items } };
    });
  });

  it('picks a service of the directory that the server found, with an outcome', async () => {
    onApi('POST /api/v1/referrals', { status: 201, body: { ...referral, outcome: 'waiting' } });
    const { user, dialog } = await openNewReferral();
    const picker = within(dialog).getByRole('combobox', { name: 'Angebot aus dem Verzeichnis' });
    await user.type(picker, 'netzwerk');
    // the provider matched on the server, although the typed word is no filter of the loaded names
    await waitFor(() => expect(searches()).toContain('netzwerk'));
    // the list holds what the server found for the words
    await waitFor(() => expect(screen.queryByRole('option', { name: /Jobcenter/ })).toBeNull());
    await user.click(
      screen.getByRole('option', { name: 'Anerkennungsberatung Leipzig · IQ Netzwerk Sachsen' }),
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Anliegen' }), 'Anerkennung');
    expect(within(dialog).getByRole('combobox', { name: 'Ergebnis der Verweisung' })).toHaveValue('Wartet');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(sent('POST', '/api/v1/referrals')).toBeDefined());
    const body = (await sent('POST', '/api/v1/referrals')!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ serviceId: 's1', topic: 'Anerkennung', outcome: 'waiting', menteeId: 'm1' });
    // the server names the service; nothing typed is sent
    expect(body.provider).toBeUndefined();
  });

  it('takes a service named as text when the directory does not have it', async () => {
    onApi('POST /api/v1/referrals', { status: 201, body: { ...referral, serviceId: null } });
    const { user, dialog } = await openNewReferral();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Angebot / Stelle' }),
      'Kita-Beratung Grünau',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Anliegen' }), 'Kinderbetreuung');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(sent('POST', '/api/v1/referrals')).toBeDefined());
    const body = (await sent('POST', '/api/v1/referrals')!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ provider: 'Kita-Beratung Grünau', outcome: 'waiting' });
    expect(body.serviceId).toBeUndefined();
  });

  it('asks for a service or a name before it sends anything', async () => {
    const { user, dialog } = await openNewReferral();
    await user.type(within(dialog).getByRole('textbox', { name: 'Anliegen' }), 'Anerkennung');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const provider = within(dialog).getByRole('textbox', { name: 'Angebot / Stelle' });
    await waitFor(() => expect(provider).toHaveFocus());
    expect(provider).toHaveAccessibleDescription(
      expect.stringContaining(
        'Bitte ein Angebot aus dem Verzeichnis wählen oder die Stelle als Text eintragen.',
      ),
    );
    expect(sent('POST', '/api/v1/referrals')).toBeUndefined();
  });

  it('shows the outcome in the timeline and records a new one with the version seen', async () => {
    onApi('GET /api/v1/mentees/m1/timeline', { body: { ...timeline, referrals: [referral] } });
    onApi('PUT /api/v1/referrals/r1', { status: 204 });
    const user = userEvent.setup();
    renderApp('/mentees/m1', signedIn(['mentor']));
    const history = await screen.findByRole('region', { name: 'Verlauf' });
    expect(await within(history).findByText(/Verweisung: Anerkennungsberatung Leipzig/)).toBeInTheDocument();
    expect(within(history).getByText('Angenommen')).toBeInTheDocument();
    // newest first: the referral's is the first of the timeline's buttons
    await user.click(within(history).getAllByRole('button', { name: 'Bearbeiten' })[0]!);
    const dialog = await screen.findByRole('dialog');
    // the chosen service keeps its name until another is picked
    expect(within(dialog).getByRole('combobox', { name: 'Angebot aus dem Verzeichnis' })).toHaveValue(
      referral.provider,
    );
    await user.click(within(dialog).getByRole('combobox', { name: 'Ergebnis der Verweisung' }));
    await user.click(await screen.findByRole('option', { name: 'Abgeschlossen' }));
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(sent('PUT', '/api/v1/referrals/r1')).toBeDefined());
    const put = sent('PUT', '/api/v1/referrals/r1')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toMatchObject({ serviceId: 's1', outcome: 'completed' });
  });
});
