import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consentState, mentee, me, referenceData, timeline } from '@/testing/fixtures';
import { onApi } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

describe('mentee page', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/mentees/m1/timeline', { body: timeline });
    onApi('GET /api/v1/mentees/m1/consents', { body: consentState });
  });

  it('shows the profile and the timeline to the mentor', async () => {
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/mentees/m1', { body: mentee });
    renderApp('/mentees/m1', signedIn(['mentor']));
    expect(await screen.findByRole('heading', { name: 'Amina Haddad' })).toBeInTheDocument();
    expect(screen.getByText('Sucht Arbeit in der Pflege')).toBeInTheDocument();
    const history = await screen.findByRole('region', { name: 'Verlauf' });
    expect(within(history).getByText('Kontakt: Telefon')).toBeInTheDocument();
    expect(within(history).getByText('Bewerbung besprochen')).toBeInTheDocument();
    expect(within(history).getByText('Betreuung eröffnet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Betreuung abschließen' })).toBeInTheDocument();
  });

  it('shows the coordination entity a pseudonym and no buttons', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    onApi('GET /api/v1/mentees/m1', {
      body: {
        ...mentee,
        restricted: true,
        firstName: null,
        lastName: null,
        birthDate: null,
        phone: null,
        notes: null,
      },
    });
    renderApp('/mentees/m1', signedIn(['coordinator']));
    expect(await screen.findByRole('heading', { name: 'TN-7K3F9Q' })).toBeInTheDocument();
    expect(screen.getByText('Pseudonymisiert')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kontakt erfassen' })).not.toBeInTheDocument();
    expect(screen.queryByText('Sucht Arbeit in der Pflege')).not.toBeInTheDocument();
  });

  it('says so when the mentee is not in the caller’s projects', async () => {
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p2', name: 'Dresden', role: 'mentor' }]) });
    onApi('GET /api/v1/mentees/m1', {
      status: 404,
      body: { type: 'x/not-found', title: 'Not found', status: 404 },
    });
    renderApp('/mentees/m1', signedIn(['mentor']));
    expect(await screen.findByRole('alert')).toHaveTextContent('gibt es nicht');
  });

  it('asks to reload when someone else changed the mentee meanwhile', async () => {
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/mentees/m1', { body: mentee });
    onApi('PUT /api/v1/mentees/m1', (request) => {
      expect(request.headers.get('If-Match')).toBe('"3"');
      return { status: 412, body: { type: 'x/precondition-failed', title: 'Changed', status: 412 } };
    });
    const user = userEvent.setup();
    renderApp('/mentees/m1', signedIn(['mentor']));
    await user.click(await screen.findByRole('button', { name: 'Angaben bearbeiten' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Jemand anderes hat diesen Datensatz inzwischen geändert');
    expect(within(alert).getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
  });
});
