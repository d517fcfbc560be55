import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { me, referenceData } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

const enquiry = (id: string, company: string, status: string, version = 0) => ({
  id,
  projectId: 'p1',
  district: '14713',
  company,
  contactName: 'Maria Beispiel',
  email: 'personal@muster.example',
  phone: '+49 341 555 0000',
  message: 'Wir suchen zwei Berufskraftfahrer/innen ab März.',
  status,
  receivedAt: '2026-11-27T09:30:00Z',
  version,
});

const sent = (method: string, path: string) =>
  requests.find((r) => r.method === method && new URL(r.url).pathname === path);

describe('enquiry inbox', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/employer-enquiries', (request) => {
      const status = new URL(request.url).searchParams.get('status');
      const all = [
        enquiry('e1', 'Muster Logistik GmbH', 'new', 1),
        enquiry('e2', 'Bäckerei Sonne', 'closed'),
      ];
      return { body: all.filter((e) => !status || e.status === status) };
    });
  });

  it('lists the enquiries with their contact and status, and filters by status on the server', async () => {
    const user = userEvent.setup();
    renderApp('/enquiries', signedIn(['mentor']));
    expect(await screen.findByRole('heading', { name: 'Anfragen von Arbeitgebern' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Anfragen' });
    const muster = within(list).getByRole('listitem', { name: 'Muster Logistik GmbH' });
    expect(within(muster).getByText('Neu')).toBeInTheDocument();
    expect(within(muster).getByText(/Leipzig/)).toBeInTheDocument();
    expect(within(muster).getByRole('link', { name: 'personal@muster.example' })).toHaveAttribute(
      'href',
      'mailto:personal@muster.example',
    );
    expect(within(muster).getByText(/Berufskraftfahrer/)).toBeInTheDocument();
    // a closed enquiry is not taken over again
    const sonne = within(list).getByRole('listitem', { name: 'Bäckerei Sonne' });
    expect(
      within(sonne).queryByRole('button', { name: /Als Arbeitgeber übernehmen/ }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Erledigt' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Muster Logistik GmbH' })).toBeNull());
    expect(requests.some((r) => new URL(r.url).searchParams.get('status') === 'closed')).toBe(true);
  });

  it('marks an enquiry contacted with the version it showed', async () => {
    onApi('PUT /api/v1/employer-enquiries/e1/status', { status: 204 });
    const user = userEvent.setup();
    renderApp('/enquiries', signedIn(['mentor']));
    await user.click(
      await screen.findByRole('button', { name: 'Als kontaktiert markieren: Muster Logistik GmbH' }),
    );
    await waitFor(() => expect(sent('PUT', '/api/v1/employer-enquiries/e1/status')).toBeDefined());
    const put = sent('PUT', '/api/v1/employer-enquiries/e1/status')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(await put.json()).toEqual({ status: 'contacted' });
    expect(await screen.findByRole('status')).toHaveTextContent('„Muster Logistik GmbH“: Kontaktiert.');
  });

  it('takes an enquiry over as an employer after asking', async () => {
    onApi('POST /api/v1/employer-enquiries/e1/employer', { status: 201, body: { id: 'emp1' } });
    const user = userEvent.setup();
    renderApp('/enquiries', signedIn(['mentor']));
    await user.click(
      await screen.findByRole('button', { name: 'Als Arbeitgeber übernehmen: Muster Logistik GmbH' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Als Arbeitgeber übernehmen' });
    expect(dialog).toHaveTextContent('„Muster Logistik GmbH“ wird mit Ansprechperson');
    expect(sent('POST', '/api/v1/employer-enquiries/e1/employer')).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Übernehmen' }));
    await waitFor(() => expect(sent('POST', '/api/v1/employer-enquiries/e1/employer')).toBeDefined());
    expect(sent('POST', '/api/v1/employer-enquiries/e1/employer')!.headers.get('If-Match')).toBe('"1"');
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('ist jetzt ein Arbeitgeber Ihres Projekts');
    expect(within(notice).getByRole('link', { name: 'Zu den Arbeitgebern' })).toHaveAttribute(
      'href',
      '/employers',
    );
  });

  it('offers to reload when someone else changed the enquiry meanwhile', async () => {
    onApi('POST /api/v1/employer-enquiries/e1/employer', {
      status: 412,
      body: { type: 'x/precondition-failed', title: 'Changed', status: 412 },
    });
    const user = userEvent.setup();
    renderApp('/enquiries', signedIn(['mentor']));
    await user.click(
      await screen.findByRole('button', { name: 'Als Arbeitgeber übernehmen: Muster Logistik GmbH' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Übernehmen' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Jemand anderes hat diesen Datensatz inzwischen geändert');
    expect(within(alert).getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
  });

  it('is in the navigation of mentors and leads, not of the coordination entity', async () => {
    renderApp('/', signedIn(['project_lead']));
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Anfragen' })).toHaveAttribute('href', '/enquiries');
    expect(within(nav).getByRole('link', { name: 'Angebote pflegen' })).toHaveAttribute('href', '/directory');
  });

  it('is not offered to the coordination entity, who maintains the directory', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    renderApp('/', signedIn(['coordinator']));
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).queryByRole('link', { name: 'Anfragen' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Angebote pflegen' })).toBeInTheDocument();
  });
});
