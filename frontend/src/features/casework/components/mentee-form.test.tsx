import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { me, referenceData } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
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
    expect(await screen.findAllByText('Bitte ausfüllen.')).toHaveLength(3);
    await user.type(screen.getByRole('textbox', { name: 'E-Mail' }), 'amina@');
    await user.click(screen.getByRole('radio', { name: 'EN' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Please enter a valid e-mail address.')).toBeInTheDocument();
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
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByText(/gibt es nicht/);
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toMatchObject({
      firstName: 'Amina',
      lastName: 'Haddad',
      gender: 'female',
      languages: [],
    });
  });
});
