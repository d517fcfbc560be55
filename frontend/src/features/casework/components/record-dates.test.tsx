import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { codeLists, consentState, me, mentee, referenceData, timeline } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { TEST_TODAY } from '@/testing/test-clock';
import { renderApp, signedIn } from '@/testing/test-utils';

// The records of a mentee are dated by the programme's day, Berlin's, at whatever moment and in whatever zone
// the tests run (`npm run test:dates`).

/** The day as the German date input shows it. */
const german = (day: string) => day.split('-').reverse().join('.');
const posted = (path: string) => requests.find((r) => r.method !== 'GET' && new URL(r.url).pathname === path);

async function openDialog(button: string, title: string) {
  const user = userEvent.setup();
  renderApp('/mentees/m1', signedIn(['mentor']));
  await user.click(await screen.findByRole('button', { name: button }));
  return { user, dialog: await screen.findByRole('dialog', { name: title }) };
}

describe('dates of a mentee’s records', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/code-lists', {
      body: { ...codeLists, closingReason: [{ code: 'placed', labels: { de: 'Vermittelt', en: 'Placed' } }] },
    });
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/mentees/m1', { body: mentee });
    onApi('GET /api/v1/mentees/m1/timeline', { body: timeline });
    onApi('GET /api/v1/mentees/m1/consents', { body: consentState });
    onApi('GET /api/v1/employers', { body: { items: [], page: 0, size: 200, total: 0 } });
  });

  it('logs an activity on today’s date in Berlin', async () => {
    onApi('POST /api/v1/activities', { status: 201, body: { id: 'a2' } });
    const { user, dialog } = await openDialog('Kontakt erfassen', 'Kontakt erfassen');
    expect(within(dialog).getByRole('textbox', { name: 'Datum' })).toHaveValue(german(TEST_TODAY));
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(posted('/api/v1/activities')).toBeDefined());
    expect(await posted('/api/v1/activities')!.json()).toMatchObject({
      occurredOn: TEST_TODAY,
      projectId: 'p1',
    });
  });

  it('closes the case on today’s date in Berlin', async () => {
    onApi('PUT /api/v1/cases/c1', { status: 204 });
    const { user, dialog } = await openDialog('Betreuung abschließen', 'Betreuung abschließen');
    expect(within(dialog).getByRole('textbox', { name: 'Ende' })).toHaveValue(german(TEST_TODAY));
    await user.click(within(dialog).getByRole('combobox', { name: 'Abschlussgrund' }));
    await user.click(await screen.findByRole('option', { name: 'Vermittelt' }));
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(posted('/api/v1/cases/c1')).toBeDefined());
    expect(await posted('/api/v1/cases/c1')!.json()).toMatchObject({
      startedOn: '2026-01-05',
      endedOn: TEST_TODAY,
      closingReason: 'placed',
    });
  });

  it('records a referral on today’s date in Berlin', async () => {
    onApi('POST /api/v1/referrals', { status: 201, body: { id: 'r1' } });
    const { user, dialog } = await openDialog('Verweisung erfassen', 'Verweisung erfassen');
    expect(within(dialog).getByRole('textbox', { name: 'Datum' })).toHaveValue(german(TEST_TODAY));
    await user.type(within(dialog).getByRole('textbox', { name: 'Angebot / Stelle' }), 'Migrationsberatung');
    await user.type(within(dialog).getByRole('textbox', { name: 'Anliegen' }), 'Anerkennung');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(posted('/api/v1/referrals')).toBeDefined());
    expect(await posted('/api/v1/referrals')!.json()).toMatchObject({ referredOn: TEST_TODAY });
  });

  it('shows the server’s “not after today” at the date, and focuses it', async () => {
    onApi('POST /api/v1/activities', {
      status: 400,
      body: {
        type: 'https://amm-casedesk.example/problems/validation-failed',
        title: 'Die Anfrage enthält ungültige Werte',
        status: 400,
        errors: [
          {
            field: 'occurredOn',
            code: 'in_future',
            params: {},
            message: 'darf nicht nach dem heutigen Tag liegen',
          },
        ],
      },
    });
    const { user, dialog } = await openDialog('Kontakt erfassen', 'Kontakt erfassen');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const date = within(dialog).getByRole('textbox', { name: 'Datum' });
    await waitFor(() => expect(date).toHaveFocus());
    expect(date).toHaveAccessibleDescription('Darf nicht nach dem heutigen Tag liegen.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Bitte prüfen Sie die markierten Felder.');
    // the calendar does not cover the field and its message until the user asks for it
    const todayInCalendar = new Date(`${TEST_TODAY}T12:00:00Z`).toLocaleDateString('de-DE', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(screen.queryByRole('button', { name: todayInCalendar })).not.toBeInTheDocument();
    await user.click(date);
    expect(await screen.findByRole('button', { name: todayInCalendar })).toBeInTheDocument();
  });
});
