import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/lib/i18n';
import { me, referenceData } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { TEST_TODAY } from '@/testing/test-clock';
import { renderApp, signedIn } from '@/testing/test-utils';

describe('registering a mentee', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
  });

  it('checks the form before sending, in the user’s language', async () => {
    const user = userEvent.setup();
    renderApp('/mentees/new', signedIn(['mentor']));
    await user.click(await screen.findByRole('button', { name: 'Speichern' }));
    // first name, last name, gender, and the consent's scopes
    expect(await screen.findAllByText('Bitte ausfüllen.')).toHaveLength(4);
    await user.type(screen.getByRole('textbox', { name: 'E-Mail' }), 'amina@');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'en');
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Please enter a valid e-mail address.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('asks for the consent to counselling before it registers anyone', async () => {
    const user = userEvent.setup();
    renderApp('/mentees/new', signedIn(['mentor']));
    const scopes = await screen.findByRole('group', { name: /Eingewilligt in/ });
    await user.click(await within(scopes).findByRole('checkbox', { name: 'Weitergabe an Arbeitgeber' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(
      await screen.findByText('Ohne Einwilligung in die Beratung kann die Person nicht registriert werden.'),
    ).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('sends the mentee once with an idempotency key and opens their page', async () => {
    onApi('POST /api/v1/mentees', { status: 201, body: { id: 'm9' } });
    onApi('GET /api/v1/mentees/m9', { status: 404, body: { type: 'x', title: 'x', status: 404 } });
    onApi('GET /api/v1/mentees/m9/timeline', { status: 404, body: { type: 'x', title: 'x', status: 404 } });
    const user = userEvent.setup();
    renderApp('/mentees/new', signedIn(['mentor']));
    await user.type(await screen.findByRole('textbox', { name: /Vorname/ }), 'Amina');
    await user.type(screen.getByRole('textbox', { name: /Nachname/ }), 'Haddad');
    await user.click(screen.getByRole('combobox', { name: /Geschlecht/ }));
    await user.click(await screen.findByRole('option', { name: 'weiblich' }));
    // the declaration is to the current text, given today (the programme's day) unless the form says otherwise
    expect(screen.getByRole('textbox', { name: /Version des Einwilligungstexts/ })).toHaveValue('2026-01');
    expect(screen.getByRole('textbox', { name: /Erteilt am/ })).toHaveValue(
      TEST_TODAY.split('-').reverse().join('.'),
    );
    await user.click(await screen.findByRole('checkbox', { name: 'Beratung und Begleitung' }));
    await user.click(screen.getByRole('checkbox', { name: 'Austausch mit Jobcenter' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByText(/gibt es nicht/);
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toMatchObject({
      firstName: 'Amina',
      lastName: 'Haddad',
      gender: 'female',
      languages: [],
      consent: { scopes: ['counselling', 'jobcenter'], textVersion: '2026-01', givenOn: TEST_TODAY },
    });
  });
});

describe('errors on the long mentee form', () => {
  const user = () => userEvent.setup();
  const problem = {
    type: 'https://amm-casedesk.example/problems/validation-failed',
    title: 'The request contains invalid values',
    status: 400,
    errors: [
      {
        field: 'consent.scopes',
        code: 'consent_missing',
        params: { scope: 'counselling' },
        message: 'the mentee has not consented to counselling',
      },
      {
        field: 'projectId',
        code: 'project_needed',
        params: {},
        message: 'is required because you work in several projects',
      },
      {
        field: 'languages[1]',
        code: 'language_code',
        params: {},
        message: 'must be an ISO 639 language code',
      },
    ],
  };

  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('POST /api/v1/mentees', { status: 400, body: problem });
  });
  afterEach(() => vi.restoreAllMocks());

  async function fillRequiredFields(typing: ReturnType<typeof userEvent.setup>, language: 'de' | 'en') {
    const names =
      language === 'de'
        ? ['Vorname', 'Nachname', 'Geschlecht', 'weiblich', 'Beratung und Begleitung']
        : ['First name', 'Last name', 'Gender', 'female', 'Counselling and mentoring'];
    await typing.type(await screen.findByRole('textbox', { name: names[0] }), 'Amina');
    await typing.type(screen.getByRole('textbox', { name: names[1] }), 'Haddad');
    await typing.click(screen.getByRole('combobox', { name: names[2] }));
    await typing.click(await screen.findByRole('option', { name: names[3] }));
    await typing.click(await screen.findByRole('checkbox', { name: names[4] }));
  }

  it('shows the server’s objections at their fields in German, and in English after switching', async () => {
    const typing = user();
    renderApp('/mentees/new', signedIn(['mentor']));
    await fillRequiredFields(typing, 'de');
    await typing.click(screen.getByRole('button', { name: 'Speichern' }));

    // the consent's scopes: the missing scope by its label, in German
    const scopes = await screen.findByRole('group', { name: /Eingewilligt in/ });
    await waitFor(() =>
      expect(scopes).toHaveAccessibleDescription(
        'Die Person hat in „Beratung und Begleitung“ nicht eingewilligt.',
      ),
    );
    expect(
      screen.getByText('Eintrag 2: Bitte ein Sprachkürzel nach ISO 639 verwenden, z. B. „ar“ oder „uk“.'),
    ).toBeInTheDocument();
    // the project is not a field of this form (one project only): the alert names it
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bitte prüfen Sie die markierten Felder.');
    expect(
      within(alert).getByText('Projekt: Ist nötig, weil Sie in mehreren Projekten arbeiten.'),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.headers.get('Accept-Language')).toBe('de');

    await typing.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'en');
    await waitFor(() =>
      expect(screen.getByRole('group', { name: /Consented to/ })).toHaveAccessibleDescription(
        'The mentee has not consented to “Counselling and mentoring”.',
      ),
    );
    expect(
      within(screen.getByRole('alert')).getByText(
        'Project: Is required because you work in several projects.',
      ),
    ).toBeInTheDocument();
  });

  it('words the server’s objections in English for an English UI, and keeps the server’s words for a code it does not know', async () => {
    onApi('POST /api/v1/mentees', {
      status: 400,
      body: {
        ...problem,
        errors: [
          {
            field: 'lastName',
            code: 'too_long',
            params: { max: '100' },
            message: 'must be at most 100 characters long',
          },
          { field: 'email', code: 'brand_new_rule', params: {}, message: 'is not what the server wants' },
        ],
      },
    });
    const typing = user();
    await changeLanguage('en');
    renderApp('/mentees/new', signedIn(['mentor']));
    await fillRequiredFields(typing, 'en');
    await typing.click(screen.getByRole('button', { name: 'Save' }));

    const lastName = screen.getByRole('textbox', { name: 'Last name' });
    await waitFor(() => expect(lastName).toHaveAccessibleDescription('At most 100 characters.'));
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(
      'is not what the server wants',
    );
    expect(requests.find((r) => r.method === 'POST')?.headers.get('Accept-Language')).toBe('en');
  });

  it('brings the first field with the server’s objection into view and focus, far down the form', async () => {
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    const typing = user();
    renderApp('/mentees/new', signedIn(['mentor']));
    await fillRequiredFields(typing, 'de');
    await typing.click(screen.getByRole('button', { name: 'Speichern' }));

    // the languages come before the consent on the form
    const languages = await screen.findByRole('combobox', { name: 'Sprachen' });
    await waitFor(() => expect(languages).toHaveFocus());
    expect(scrolled.mock.contexts).toContain(languages);
  });

  it('brings the first field that the form itself objects to into view and focus', async () => {
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    const typing = user();
    renderApp('/mentees/new', signedIn(['mentor']));
    await typing.type(await screen.findByRole('textbox', { name: 'Vorname' }), 'Amina');
    await typing.type(screen.getByRole('textbox', { name: 'E-Mail' }), 'amina@');
    await typing.click(screen.getByRole('button', { name: 'Speichern' }));

    const lastName = screen.getByRole('textbox', { name: 'Nachname' });
    await waitFor(() => expect(lastName).toHaveFocus());
    expect(scrolled.mock.contexts).toEqual([lastName]);
    expect(screen.getByRole('textbox', { name: 'E-Mail' })).toBeInvalid();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});
