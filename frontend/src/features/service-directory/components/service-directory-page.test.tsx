import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { codeLists, me } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

const service = (id: string, name: string, districts: string[], version = 0) => ({
  id,
  name,
  provider: `Träger ${name}`,
  kind: 'language_course',
  description: null,
  address: { street: 'Teststraße 1', postalCode: '04109', city: 'Leipzig' },
  position: { latitude: 51.34, longitude: 12.37 },
  contact: { phone: '+49 341 555 0101', openingHours: 'Mo 9–12' },
  districts,
  languages: ['de', 'ar'],
  targetGroups: ['refugees'],
  demo: false,
  version,
});

const leipzig = service('s1', 'Sprachcafé Leipzig', ['14713'], 3);
const dresden = service('s2', 'Sprachkurs Dresden', ['14612']);

const sent = (method: string, path: string) =>
  requests.find((r) => r.method === method && new URL(r.url).pathname === path);

function api(maintained: string[]) {
  onApi('GET /api/v1/code-lists', { body: codeLists });
  onApi('GET /api/v1/districts', {
    body: [
      { ags: '14612', name: 'Dresden', kind: 'city' },
      { ags: '14713', name: 'Leipzig', kind: 'city' },
    ],
  });
  onApi('GET /api/v1/services/maintained-districts', { body: maintained });
  onApi('GET /api/v1/public/services', (request) => {
    const params = new URL(request.url).searchParams;
    const items = [leipzig, dresden].filter(
      (s) =>
        (!params.get('district') || s.districts.includes(params.get('district')!)) &&
        (!params.get('q') || s.name.toLowerCase().includes(params.get('q')!.toLowerCase())),
    );
    return { body: { district: null, total: items.length, items } };
  });
}

describe('maintaining the service directory', () => {
  it('lets a project lead change and remove the services of their districts only', async () => {
    onApi('GET /api/v1/me', {
      body: me(['project_lead'], [{ id: 'p1', name: 'Leipzig', role: 'project_lead' }]),
    });
    api(['14713']);
    onApi('PUT /api/v1/services/s1', { status: 204 });
    onApi('DELETE /api/v1/services/s1', { status: 204 });
    const user = userEvent.setup();
    renderApp('/directory', signedIn(['project_lead']));
    expect(await screen.findByRole('heading', { name: 'Angebotsverzeichnis pflegen' })).toBeInTheDocument();
    expect(await screen.findByText('Sie pflegen die Angebote in: Leipzig.')).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Sprachkurs Dresden')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'Bearbeiten: Sprachkurs Dresden' })).toBeNull();

    await user.click(within(table).getByRole('button', { name: 'Bearbeiten: Sprachcafé Leipzig' }));
    const dialog = await screen.findByRole('dialog', { name: 'Angebot bearbeiten' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Sprachcafé Leipzig-Grünau');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(sent('PUT', '/api/v1/services/s1')).toBeDefined());
    const put = sent('PUT', '/api/v1/services/s1')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({
      name: 'Sprachcafé Leipzig-Grünau',
      provider: 'Träger Sprachcafé Leipzig',
      kind: 'language_course',
      address: { street: 'Teststraße 1', postalCode: '04109', city: 'Leipzig' },
      position: { latitude: 51.34, longitude: 12.37 },
      contact: { phone: '+49 341 555 0101', openingHours: 'Mo 9–12' },
      districts: ['14713'],
      languages: ['de', 'ar'],
      targetGroups: ['refugees'],
      demo: false,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(within(table).getByRole('button', { name: 'Entfernen: Sprachcafé Leipzig' }));
    const confirm = await screen.findByRole('dialog', { name: 'Entfernen' });
    await user.click(within(confirm).getByRole('button', { name: 'Entfernen' }));
    await waitFor(() => expect(sent('DELETE', '/api/v1/services/s1')).toBeDefined());
    expect(sent('DELETE', '/api/v1/services/s1')!.headers.get('If-Match')).toBe('"3"');
    const removed = await screen.findByText('„Sprachcafé Leipzig“ wurde entfernt.');
    expect(removed.closest('[role="status"]')).not.toBeNull();
  }, 150_000);

  it('searches on the server by words and district', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    api(['14612', '14713']);
    const user = userEvent.setup();
    renderApp('/directory', signedIn(['coordinator']));
    expect(await screen.findByText('Sie pflegen die Angebote aller Landkreise.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Suche' }), 'café');
    await waitFor(() => expect(screen.queryByText('Sprachkurs Dresden')).toBeNull());
    expect(screen.getByText('1 Angebot')).toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).searchParams.get('q') === 'café')).toBe(true);
  });

  it('checks a new service before it sends it, then adds it', async () => {
    onApi('GET /api/v1/me', { body: me(['coordinator']) });
    api(['14612', '14713']);
    onApi('POST /api/v1/services', { status: 201, body: { ...leipzig, id: 's3' } });
    const user = userEvent.setup();
    renderApp('/directory', signedIn(['coordinator']));
    await user.click(await screen.findByRole('button', { name: 'Angebot hinzufügen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Angebot hinzufügen' });
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Bitte ausfüllen.');
    expect(sent('POST', '/api/v1/services')).toBeUndefined();

    await user.type(name, 'Migrationsberatung Mitte');
    await user.type(within(dialog).getByRole('textbox', { name: 'Träger / Anbieter' }), 'Caritas');
    await user.click(within(dialog).getByRole('combobox', { name: 'Art des Angebots' }));
    await user.click(await screen.findByRole('option', { name: 'Migrationsberatung (MBE/JMD)' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Landkreise' }));
    await user.click(await screen.findByRole('option', { name: 'Dresden' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Straße und Hausnummer' }), 'Hauptstraße 2');
    await user.type(within(dialog).getByRole('textbox', { name: 'Postleitzahl' }), '01067');
    await user.type(within(dialog).getByRole('textbox', { name: 'Ort' }), 'Dresden');
    await user.type(within(dialog).getByRole('textbox', { name: 'Breitengrad' }), '51.05');
    await user.type(within(dialog).getByRole('textbox', { name: 'Längengrad' }), '13.74');
    await user.type(within(dialog).getByRole('combobox', { name: 'Sprachen' }), 'DE{Enter}uk{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(sent('POST', '/api/v1/services')).toBeDefined());
    expect(await sent('POST', '/api/v1/services')!.json()).toEqual({
      name: 'Migrationsberatung Mitte',
      provider: 'Caritas',
      kind: 'migration_counselling',
      address: { street: 'Hauptstraße 2', postalCode: '01067', city: 'Dresden' },
      position: { latitude: 51.05, longitude: 13.74 },
      contact: {},
      districts: ['14612'],
      languages: ['de', 'uk'],
      targetGroups: [],
      demo: false,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Das Angebot wurde gespeichert.');
    // a long form, typed field by field: slow on a busy machine
  }, 150_000);
});
