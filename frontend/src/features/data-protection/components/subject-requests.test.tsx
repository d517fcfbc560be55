import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureDownloads } from '@/testing/downloads';
import { consentState, me, mentee, referenceData, timeline } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { TEST_TODAY } from '@/testing/test-clock';
import { renderApp, signedIn } from '@/testing/test-utils';

const sent = (method: string, path: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

const anonymised = {
  ...mentee,
  firstName: '',
  lastName: '',
  pseudonym: 'TN-ANON42',
  anonymisedOn: TEST_TODAY,
};

describe('access and erasure requests on the mentee page', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', {
      body: me(['project_lead'], [{ id: 'p1', name: 'Leipzig', role: 'project_lead' }]),
    });
    onApi('GET /api/v1/mentees/m1', { body: mentee });
    onApi('GET /api/v1/mentees/m1/timeline', { body: timeline });
    onApi('GET /api/v1/mentees/m1/consents', { body: consentState });
    onApi('GET /api/v1/mentees', { body: { items: [], page: 0, size: 25, total: 0 } });
  });
  afterEach(() => vi.restoreAllMocks());

  async function openRequests() {
    const user = userEvent.setup();
    renderApp('/mentees/m1', signedIn(['project_lead']));
    const section = await screen.findByRole('region', { name: 'Auskunft und Löschung' });
    return { user, section };
  }

  it('downloads the access answer as a PDF and as JSON with the matching Accept header', async () => {
    const saved = captureDownloads();
    onApi('GET /api/v1/mentees/m1/subject-access', (request) =>
      request.headers.get('Accept') === 'application/pdf'
        ? {
            body: '%PDF',
            headers: {
              'Content-Type': 'application/pdf',
              'Content-Disposition': 'attachment; filename="auskunft-TN-7K3F9Q-2026-11-29.pdf"',
            },
          }
        : { body: { menteeId: 'm1' } },
    );
    const { user, section } = await openRequests();
    await user.click(within(section).getByRole('button', { name: 'Auskunft als PDF' }));
    await waitFor(() => expect(saved).toEqual(['auskunft-TN-7K3F9Q-2026-11-29.pdf']));
    await user.click(within(section).getByRole('button', { name: 'Auskunft als JSON' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toBe('auskunft-m1.json');
    expect(sent('GET', '/api/v1/mentees/m1/subject-access').map((r) => r.headers.get('Accept'))).toEqual([
      'application/pdf',
      'application/json',
    ]);
  });

  it('anonymises the mentee after a confirmation, and the page shows them anonymised', async () => {
    onApi('POST /api/v1/mentees/m1/anonymisation', () => {
      onApi('GET /api/v1/mentees/m1', { body: anonymised });
      return {
        body: {
          menteeId: 'm1',
          anonymisedOn: TEST_TODAY,
          anonymisedNow: true,
          casesClosed: 1,
          notesErased: 2,
        },
      };
    });
    const { user, section } = await openRequests();
    await user.click(within(section).getByRole('button', { name: 'Anonymisieren …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Person anonymisieren' });
    expect(dialog).toHaveTextContent('Das lässt sich nicht rückgängig machen.');
    await user.click(within(dialog).getByRole('button', { name: 'Jetzt anonymisieren' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'TN-ANON42' })).toBeInTheDocument();
    expect(
      await screen.findByText(/Die Person ist anonymisiert .*Beendete Betreuungen: 1, gelöschte Notizen: 2/),
    ).toBeInTheDocument();
    expect(sent('POST', '/api/v1/mentees/m1/anonymisation')).toHaveLength(1);
  });

  it('deletes a mentee entered by mistake with the version it was loaded at', async () => {
    onApi('DELETE /api/v1/mentees/m1', { status: 204 });
    const { user, section } = await openRequests();
    await user.click(within(section).getByRole('button', { name: 'Versehentlich angelegt: löschen …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Versehentlich angelegte Person löschen' });
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Teilnehmende' })).toBeInTheDocument();
    expect(sent('DELETE', '/api/v1/mentees/m1')[0]!.headers.get('If-Match')).toBe('"3"');
  });

  it('says in the UI’s words why a deletion is refused, and offers the anonymisation instead', async () => {
    onApi('DELETE /api/v1/mentees/m1', {
      status: 409,
      body: {
        type: 'https://amm-casedesk.example/problems/deletion-not-allowed',
        title: 'Der Eintrag kann nicht mehr gelöscht, nur noch anonymisiert werden',
        status: 409,
        detail:
          'A mentee is deleted as entered by mistake only within 7 days of registration; afterwards anonymise them (POST /mentees/{id}/anonymisation)',
      },
    });
    onApi('POST /api/v1/mentees/m1/anonymisation', () => {
      onApi('GET /api/v1/mentees/m1', { body: anonymised });
      return {
        body: {
          menteeId: 'm1',
          anonymisedOn: TEST_TODAY,
          anonymisedNow: true,
          casesClosed: 0,
          notesErased: 0,
        },
      };
    });
    const { user, section } = await openRequests();
    await user.click(within(section).getByRole('button', { name: 'Versehentlich angelegt: löschen …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Versehentlich angelegte Person löschen' });
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Der Eintrag kann nicht mehr gelöscht, nur noch anonymisiert werden.');
    expect(alert).toHaveTextContent('Gelöscht wird nur innerhalb von 7 Tagen nach der Registrierung.');
    expect(dialog).not.toHaveTextContent('afterwards anonymise');
    await user.click(within(dialog).getByRole('button', { name: 'Jetzt anonymisieren' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'TN-ANON42' })).toBeInTheDocument();
    expect(sent('POST', '/api/v1/mentees/m1/anonymisation')).toHaveLength(1);
  });

  it('offers the requests to a lead of the mentee’s project only', async () => {
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    renderApp('/mentees/m1', signedIn(['mentor']));
    await screen.findByRole('region', { name: 'Einwilligung' });
    expect(screen.queryByRole('region', { name: 'Auskunft und Löschung' })).not.toBeInTheDocument();
  });

  it('does not offer the deletion to the lead of another project that shares the mentee', async () => {
    onApi('GET /api/v1/me', {
      body: me(['project_lead'], [{ id: 'p2', name: 'Dresden', role: 'project_lead' }]),
    });
    onApi('GET /api/v1/mentees/m1', { body: { ...mentee, projectIds: ['p1', 'p2'] } });
    const { section } = await openRequests();
    expect(within(section).getByRole('button', { name: 'Anonymisieren …' })).toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: 'Versehentlich angelegt: löschen …' }),
    ).not.toBeInTheDocument();
  });
});
