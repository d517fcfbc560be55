import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consentState, me, referenceData } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

const MENTEE = '3f2b8c1e-4d5a-4b6c-9d7e-8f9a0b1c2d3e';

const plan = (menteesDue: number) => ({
  rules: [
    { code: 'anonymise-inactive-mentees', description: 'Anonymise …', period: 'P3Y' },
    { code: 'delete-employer-enquiries', description: 'Delete …', period: 'P12M' },
    { code: 'purge-idempotency-answers', description: 'Purge …', period: 'PT24H' },
  ],
  cutoff: '2023-11-29',
  menteesDue,
  mentees:
    menteesDue > 0
      ? [
          {
            menteeId: MENTEE,
            pseudonym: 'TN-OLD001',
            projectId: 'p1',
            projectName: 'Arbeitsmarktmentoren Leipzig',
            lastActivityOn: '2023-05-02',
          },
        ]
      : [],
  idempotencyAnswersDue: 12,
  enquiriesCutoff: '2025-11-29',
  enquiriesDue: 3,
  runs: [
    {
      runKey: '2026-11-28',
      startedAt: '2026-11-28T01:30:00Z',
      finishedAt: '2026-11-28T01:30:02Z',
      outcome: '0 mentees anonymised, 40 idempotency answers purged',
    },
  ],
});

describe('the data-protection officer’s desk', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', { body: me(['data_protection_officer']) });
    onApi('GET /api/v1/data-protection/retention', { body: plan(1) });
  });

  it('greets the officer with the retention dry run and the lookup, and offers the audit trail', async () => {
    renderApp('/', signedIn(['data_protection_officer']));
    const retention = await screen.findByRole('region', { name: 'Aufbewahrung' });
    expect(await within(retention).findByText('3 Jahre')).toBeInTheDocument();
    expect(
      within(retention).getByRole('row', {
        name: 'Anfragen von Arbeitgebern (öffentliches Formular) löschen, so lange nach ihrem Eingang 12 Monate',
      }),
    ).toBeInTheDocument();
    expect(
      within(retention).getByText(
        'Probelauf: Ein Lauf jetzt würde 1 Person anonymisieren (letzte Aktivität vor dem 29.11.2023) und 3 Anfragen von Arbeitgebern (eingegangen vor dem 29.11.2025) sowie 12 Idempotenz-Antworten löschen.',
      ),
    ).toBeInTheDocument();
    const due = within(retention).getByRole('table', { name: 'Zur Anonymisierung fällig' });
    expect(within(due).getByRole('link', { name: 'TN-OLD001' })).toHaveAttribute(
      'href',
      `/data-protection/mentees/${MENTEE}`,
    );
    expect(
      within(retention).getByText(/0 Personen anonymisiert, 40 Idempotenz-Antworten gelöscht/),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'Person nach Kennung öffnen' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Protokoll' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Datenschutz' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Teilnehmende' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Statistik' })).not.toBeInTheDocument();
  });

  it('runs the retention rules after a confirmation and shows what the run did', async () => {
    onApi('POST /api/v1/data-protection/retention/runs', () => {
      onApi('GET /api/v1/data-protection/retention', { body: plan(0) });
      return {
        body: {
          runKey: 'manual',
          ran: true,
          menteesAnonymised: 1,
          idempotencyAnswersPurged: 12,
          enquiriesDeleted: 3,
        },
      };
    });
    const user = userEvent.setup();
    renderApp('/data-protection', signedIn(['data_protection_officer']));
    const retention = await screen.findByRole('region', { name: 'Aufbewahrung' });
    await within(retention).findByText('3 Jahre');
    await user.click(within(retention).getByRole('button', { name: 'Jetzt ausführen …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Jetzt ausführen …' });
    expect(dialog).toHaveTextContent('Der Lauf anonymisiert 1 Person sofort und endgültig');
    await user.click(within(dialog).getByRole('button', { name: 'Lauf starten' }));
    expect(
      await within(retention).findByText(
        'Lauf beendet: 1 Personen anonymisiert, 3 Anfragen von Arbeitgebern und 12 Idempotenz-Antworten gelöscht.',
        { selector: '[role="status"] *' },
      ),
    ).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    await waitFor(() => expect(within(retention).queryByRole('link', { name: 'TN-OLD001' })).toBeNull());
  });

  it('opens a mentee by id, with the consent and the requests but no case records', async () => {
    onApi(`GET /api/v1/mentees/${MENTEE}/consents`, { body: { ...consentState, menteeId: MENTEE } });
    const user = userEvent.setup();
    renderApp('/', signedIn(['data_protection_officer']));
    const lookup = await screen.findByRole('region', { name: 'Person nach Kennung öffnen' });
    const id = within(lookup).getByRole('textbox', { name: 'Kennung der Person' });
    await user.type(id, 'TN-7K3F9Q');
    await user.click(within(lookup).getByRole('button', { name: 'Öffnen' }));
    expect(id).toHaveAccessibleDescription(/UUID/);
    await user.clear(id);
    await user.type(id, ` ${MENTEE.toUpperCase()} `);
    await user.click(within(lookup).getByRole('button', { name: 'Öffnen' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Anfragen einer Person' }),
    ).toBeInTheDocument();
    const consent = await screen.findByRole('region', { name: 'Einwilligung' });
    await within(consent).findByRole('table');
    // the officer records withdrawals and reads forms; declarations and uploads are the project's
    expect(within(consent).getByRole('button', { name: 'Widerruf erfassen' })).toBeInTheDocument();
    expect(within(consent).queryByRole('button', { name: 'Neue Einwilligungserklärung' })).toBeNull();
    expect(within(consent).queryByLabelText(/hochladen/)).toBeNull();
    const requestsSection = screen.getByRole('region', { name: 'Auskunft und Löschung' });
    expect(within(requestsSection).getByRole('button', { name: 'Auskunft als PDF' })).toBeInTheDocument();
    expect(within(requestsSection).getByRole('button', { name: 'Anonymisieren …' })).toBeInTheDocument();
    expect(within(requestsSection).queryByRole('button', { name: /löschen/ })).toBeNull();
    // no case records: the mentee itself is never asked for
    expect(requests.some((r) => new URL(r.url).pathname === `/api/v1/mentees/${MENTEE}`)).toBe(false);
  });

  it('shows the operator the retention, but no lookup of people', async () => {
    onApi('GET /api/v1/me', { body: me(['admin']) });
    renderApp('/', signedIn(['admin']));
    expect(await screen.findByRole('region', { name: 'Aufbewahrung' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Person nach Kennung öffnen' })).not.toBeInTheDocument();
    expect(await screen.findByText('TN-OLD001')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'TN-OLD001' })).not.toBeInTheDocument();
  });
});
