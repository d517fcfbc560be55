import { screen } from '@testing-library/react';
import { onApi } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

describe('start page', () => {
  beforeEach(() => {
    onApi('GET /api/v1/caseload', { body: { items: [], page: 0, size: 25, total: 0 } });
  });

  it('greets a visitor with a login button', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Willkommen beim AMM Case Desk' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Anmelden' }).length).toBeGreaterThan(0);
  });

  it('shows the signed-in mentor who they are and their projects', async () => {
    onApi('GET /api/v1/me', {
      body: {
        subject: 'd0000000-0000-4000-8000-000000000001',
        username: 'mentor.leipzig',
        name: 'Lena Hoffmann',
        email: 'mentor.leipzig@amm-demo.example',
        roles: ['mentor'],
        projects: [{ id: 'p1', name: 'Arbeitsmarktmentoren Leipzig', role: 'mentor' }],
      },
    });
    renderApp('/', signedIn(['mentor']));
    expect(await screen.findByRole('heading', { name: 'Guten Tag, Lena Hoffmann' })).toBeInTheDocument();
    expect(screen.getByText('Mentor/in')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Arbeitsmarktmentoren Leipzig' })).toHaveAttribute(
      'href',
      '/projects/p1',
    );
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
  });

  it('points the ministry to the directory instead of own projects', async () => {
    onApi('GET /api/v1/me', {
      body: {
        subject: 's',
        username: 'ministry',
        name: 'Sabine Krüger',
        email: null,
        roles: ['ministry'],
        projects: [],
      },
    });
    renderApp('/', signedIn(['ministry'], 'Sabine Krüger'));
    expect(await screen.findByRole('link', { name: /alle Projekte/ })).toBeInTheDocument();
  });

  it('explains a failure instead of showing nothing', async () => {
    onApi('GET /api/v1/me', { status: 503, body: { type: 'x', title: 'down', status: 503 } });
    renderApp('/', signedIn(['mentor']));
    expect(await screen.findByRole('alert')).toHaveTextContent('nicht erreichbar');
  });
});
