import { screen, within } from '@testing-library/react';
import { DISCLOSURE, keyResults } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

describe('start page', () => {
  beforeEach(() => {
    onApi('GET /api/v1/caseload', { body: { items: [], page: 0, size: 25, total: 0 } });
  });

  it('greets a visitor with a login button', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'Arbeitsmarktmentoren in Sachsen' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Anmelden' }).length).toBeGreaterThan(0);
  });

  it('shows a visitor the programme in figures', async () => {
    onApi('GET /api/v1/public/key-results', {
      body: keyResults({
        period: { from: '2020-01-01', to: '2024-06-30' },
        withheld: true,
        disclosure: DISCLOSURE,
        menteesSustainablyIntegrated: { total: '<5', female: '<5', femaleShare: null },
      }),
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Das Programm in Zahlen' })).toBeInTheDocument();
    expect(await screen.findByText('Seit 1.1.2020, Stand 30.6.2024')).toBeInTheDocument();
    const supported = screen.getByRole('article', { name: 'Betreute Teilnehmende' });
    expect(within(supported).getByText('4.794')).toBeInTheDocument();
    expect(within(supported).getByText('davon 35 % Frauen')).toBeInTheDocument();
    expect(
      within(screen.getByRole('article', { name: 'Betreute Arbeitgeber' })).getByText('1.997'),
    ).toBeInTheDocument();
    const integrated = screen.getByRole('article', { name: 'Nachhaltig integriert' });
    expect(within(integrated).getByText('<5')).toHaveAttribute('title', 'weniger als 5');
    expect(within(integrated).getByText('Frauenanteil nicht ausgewiesen (<5)')).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legende zu den geschützten Zahlen' });
    expect(legend).toHaveTextContent('<5 = weniger als 5, aus Datenschutzgründen nicht ausgewiesen');
    expect(legend).toHaveTextContent('Werte auf Vielfache von 5 gerundet (Zellschlüsselverfahren)');
    expect(
      requests.find((r) => r.url.endsWith('/api/v1/public/key-results'))?.headers.has('Authorization'),
    ).toBe(false);
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
