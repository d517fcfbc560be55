import { screen, within } from '@testing-library/react';
import { onApi } from '@/testing/mock-api';
import { me } from '@/testing/fixtures';
import { renderApp, signedIn } from '@/testing/test-utils';

describe('caseload', () => {
  it('shows the mentor their open cases with overdue flags', async () => {
    onApi('GET /api/v1/me', {
      body: me(['mentor'], [{ id: 'p1', name: 'Arbeitsmarktmentoren Leipzig', role: 'mentor' }]),
    });
    onApi('GET /api/v1/caseload', {
      body: {
        page: 0,
        size: 25,
        total: 1,
        items: [
          {
            caseId: 'c1',
            projectId: 'p1',
            projectName: 'Arbeitsmarktmentoren Leipzig',
            menteeId: 'm1',
            pseudonym: 'TN-AAAAAA',
            menteeName: 'Amina Haddad',
            startedOn: '2026-03-02',
            role: 'lead',
            lastActivityOn: null,
            nextFollowUpDueOn: '2026-06-02',
            followUpOverdue: true,
            activityOverdue: true,
          },
        ],
      },
    });
    renderApp('/', signedIn(['mentor']));
    const row = (await screen.findByRole('link', { name: 'Amina Haddad' })).closest('tr')!;
    expect(row).toHaveTextContent('2.6.2026');
    expect(within(row).getByText('Kontrolle überfällig')).toBeInTheDocument();
    expect(within(row).getByText('Über 30 Tage kein Kontakt')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Amina Haddad' })).toHaveAttribute('href', '/mentees/m1');
  });
});
