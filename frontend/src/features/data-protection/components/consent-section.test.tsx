import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/lib/i18n';
import { captureDownloads } from '@/testing/downloads';
import { consentState, me, mentee, referenceData, timeline } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { TEST_TODAY } from '@/testing/test-clock';
import { renderApp, signedIn } from '@/testing/test-utils';

const german = (day: string) => day.split('-').reverse().join('.');
const sent = (method: string, path: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

/** The mentee's consent after a withdrawal of counselling: every scope ended, the mentee anonymised. */
const withdrawnState = {
  ...consentState,
  inForce: [],
  history: consentState.history.map((row) => ({
    ...row,
    withdrawnOn: TEST_TODAY,
    withdrawalRecordedBy: { id: 'person-1', name: 'Lena Hoffmann' },
    withdrawalRecordedAt: '2026-11-28T23:56:00Z',
    hasForm: false,
  })),
};

describe('consent on the mentee page', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/mentees/m1', { body: mentee });
    onApi('GET /api/v1/mentees/m1/timeline', { body: timeline });
    onApi('GET /api/v1/mentees/m1/consents', { body: consentState });
  });
  afterEach(() => vi.restoreAllMocks());

  async function openConsent(options: Parameters<typeof userEvent.setup>[0] = {}) {
    const user = userEvent.setup(options);
    renderApp('/mentees/m1', signedIn(['mentor']));
    const section = await screen.findByRole('region', { name: 'Einwilligung' });
    await within(section).findByRole('table', { name: 'Verlauf der Einwilligungen' });
    return { user, section };
  }

  it('shows the scopes in force and each declaration with its text version and who recorded it', async () => {
    const { section } = await openConsent();
    const inForce = within(section).getByRole('group', { name: 'In Kraft' });
    expect(within(inForce).getByText('Beratung und Begleitung')).toBeInTheDocument();
    expect(within(inForce).getByText('Weitergabe an Arbeitgeber')).toBeInTheDocument();
    const rows = within(within(section).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('1.1.2026');
    expect(rows[1]).toHaveTextContent('2026-01');
    expect(rows[1]).toHaveTextContent('Lena Hoffmann');
    expect(
      within(rows[1]!).getByRole('button', { name: 'Formular vom 1.1.2026 herunterladen' }),
    ).toBeVisible();
  });

  it('shows a withdrawn scope and who recorded the withdrawal', async () => {
    onApi('GET /api/v1/mentees/m1/consents', { body: withdrawnState });
    const { section } = await openConsent();
    expect(within(section).getByText('keine Einwilligung in Kraft')).toBeInTheDocument();
    expect(within(section).getAllByText(/widerrufen am .*, von Lena Hoffmann/)).toHaveLength(2);
    expect(within(section).queryByRole('button', { name: 'Widerruf erfassen' })).not.toBeInTheDocument();
  });

  it('records a new declaration to the current text, given today', async () => {
    onApi('POST /api/v1/mentees/m1/consents', { status: 201, body: consentState });
    const { user, section } = await openConsent();
    await user.click(within(section).getByRole('button', { name: 'Neue Einwilligungserklärung' }));
    const dialog = await screen.findByRole('dialog', { name: 'Neue Einwilligungserklärung' });
    // the scopes in force are ticked already; the mentee now also agrees to referrals
    expect(within(dialog).getByRole('checkbox', { name: 'Beratung und Begleitung' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Vermittlung an andere Stellen' }));
    expect(within(dialog).getByRole('textbox', { name: /Erteilt am/ })).toHaveValue(german(TEST_TODAY));
    await user.click(within(dialog).getByRole('button', { name: 'Einwilligung erfassen' }));
    expect(await screen.findByText('Die Einwilligungserklärung ist erfasst.')).toBeInTheDocument();
    expect(await sent('POST', '/api/v1/mentees/m1/consents')[0]!.json()).toEqual({
      scopes: ['counselling', 'employers', 'referral'],
      textVersion: '2026-01',
      givenOn: TEST_TODAY,
    });
  });

  it('says before a withdrawal of counselling that it anonymises the mentee, and sends nothing when the user goes back', async () => {
    const { user, section } = await openConsent();
    await user.click(within(section).getByRole('button', { name: 'Widerruf erfassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Widerruf erfassen' });
    // only the scopes in force can be withdrawn
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(2);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Beratung und Begleitung' }));
    await user.click(within(dialog).getByRole('button', { name: 'Widerrufen …' }));
    const confirm = await screen.findByRole('dialog', { name: 'Widerruf bestätigen' });
    expect(within(confirm).getByRole('note')).toHaveTextContent('Die Person wird anonymisiert');
    expect(within(confirm).getByRole('note')).toHaveTextContent('Das lässt sich nicht rückgängig machen.');
    await user.click(within(confirm).getByRole('button', { name: 'Zurück' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Widerruf bestätigen' })).toBeNull());
    expect(sent('POST', '/api/v1/mentees/m1/consents/withdrawal')).toHaveLength(0);
  });

  it('records a withdrawal of counselling after the confirmation and shows the mentee anonymised', async () => {
    onApi('POST /api/v1/mentees/m1/consents/withdrawal', () => {
      // from now on the server answers with the anonymised mentee
      onApi('GET /api/v1/mentees/m1', {
        body: {
          ...mentee,
          firstName: '',
          lastName: '',
          birthDate: null,
          phone: null,
          notes: null,
          languages: [],
          pseudonym: 'TN-ANON42',
          consentInForce: [],
          anonymisedOn: TEST_TODAY,
        },
      });
      onApi('GET /api/v1/mentees/m1/consents', { body: withdrawnState });
      return { body: { consent: withdrawnState, casesClosed: 1, anonymised: true } };
    });
    const { user, section } = await openConsent();
    await user.click(within(section).getByRole('button', { name: 'Widerruf erfassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Widerruf erfassen' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Beratung und Begleitung' }));
    await user.click(within(dialog).getByRole('button', { name: 'Widerrufen …' }));
    const confirm = await screen.findByRole('dialog', { name: 'Widerruf bestätigen' });
    await user.click(within(confirm).getByRole('button', { name: 'Widerrufen und anonymisieren' }));

    expect(
      await screen.findByText(
        'Der Widerruf ist erfasst: 1 Betreuung wurde beendet und die Person anonymisiert.',
      ),
    ).toBeInTheDocument();
    expect(await sent('POST', '/api/v1/mentees/m1/consents/withdrawal')[0]!.json()).toEqual({
      scopes: ['counselling'],
      withdrawnOn: TEST_TODAY,
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'TN-ANON42' })).toBeInTheDocument();
    expect(screen.getAllByText('Anonymisiert').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Angaben bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kontakt erfassen' })).not.toBeInTheDocument();
  });

  it('stores a signed form as the file it is, and refuses other kinds of file before sending', async () => {
    onApi('PUT /api/v1/mentees/m1/consents/d1/form', { status: 204 });
    // a browser's file picker may offer any file despite the accept list
    const { user, section } = await openConsent({ applyAccept: false });
    const input = within(section).getByLabelText('Formular vom 1.1.2026 hochladen');

    await user.upload(input, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Bitte eine PDF-, PNG- oder JPEG-Datei wählen.',
    );
    expect(sent('PUT', '/api/v1/mentees/m1/consents/d1/form')).toHaveLength(0);

    await user.upload(input, new File(['%PDF-1.7'], 'einwilligung.pdf', { type: 'application/pdf' }));
    expect(
      await within(section).findByText('„einwilligung.pdf“ ist als unterschriebenes Formular gespeichert.'),
    ).toBeInTheDocument();
    const put = sent('PUT', '/api/v1/mentees/m1/consents/d1/form')[0]!;
    expect(put.headers.get('Content-Type')).toBe('application/pdf');
    expect(await put.text()).toBe('%PDF-1.7');
  });

  it('downloads a signed form', async () => {
    const saved = captureDownloads();
    onApi('GET /api/v1/mentees/m1/consents/d1/form', {
      body: 'scan',
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'attachment; filename="form.pdf"',
      },
    });
    const { user, section } = await openConsent();
    await user.click(within(section).getByRole('button', { name: 'Formular vom 1.1.2026 herunterladen' }));
    await waitFor(() => expect(saved).toEqual(['form.pdf']));
  });

  it('shows the coordination entity the consent without offering to change it', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    onApi('GET /api/v1/mentees/m1', {
      body: { ...mentee, restricted: true, firstName: null, lastName: null, birthDate: null, phone: null },
    });
    renderApp('/mentees/m1', signedIn(['coordinator']));
    const section = await screen.findByRole('region', { name: 'Einwilligung' });
    await within(section).findByRole('table');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('a missing consent at the action that needs it', () => {
  const problem = {
    type: 'https://amm-casedesk.example/problems/consent-required',
    title: 'The mentee’s consent does not cover this',
    status: 409,
    detail:
      'The mentee has not consented to: employers. Record the consent first (POST /mentees/{id}/consents).',
    errors: [
      {
        field: 'consent',
        code: 'consent_missing',
        params: { scope: 'employers' },
        message: 'the mentee has not consented to employers',
      },
    ],
  };

  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/mentees/m1', { body: mentee });
    onApi('GET /api/v1/mentees/m1/timeline', { body: timeline });
    onApi('GET /api/v1/mentees/m1/consents', { body: consentState });
    onApi('GET /api/v1/employers', { body: { items: [], page: 0, size: 200, total: 0 } });
    onApi('POST /api/v1/activities', { status: 409, body: problem });
  });

  it('names the missing scope in German, and in English after switching, without offering a reload', async () => {
    const user = userEvent.setup();
    renderApp('/mentees/m1', signedIn(['mentor']));
    await user.click(await screen.findByRole('button', { name: 'Kontakt erfassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kontakt erfassen' });
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Die Einwilligung der Person deckt das nicht ab.');
    expect(
      within(alert).getByText(
        'Einwilligung: Die Person hat in „Weitergabe an Arbeitgeber“ nicht eingewilligt.',
      ),
    ).toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: 'Neu laden' })).not.toBeInTheDocument();
    expect(alert).not.toHaveTextContent('has not consented');

    await act(() => changeLanguage('en'));
    await waitFor(() =>
      expect(
        within(within(dialog).getByRole('alert')).getByText(
          'Consent: The mentee has not consented to “Passing data to employers”.',
        ),
      ).toBeInTheDocument(),
    );
  });
});
