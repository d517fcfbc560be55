import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consentState, me, mentee, referenceData, timeline } from '@/testing/fixtures';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

// A number field keeps what the user typed: a number out of range is not clamped to the nearest allowed one
// (−5 minutes used to become 1, 80 weekly hours 60) but shown with the rule at the field, and nothing is sent.

async function openDialog(button: string) {
  const user = userEvent.setup();
  renderApp('/mentees/m1', signedIn(['mentor']));
  await user.click(await screen.findByRole('button', { name: button }));
  return { user, dialog: await screen.findByRole('dialog', { name: button }) };
}

describe('numbers in the record forms', () => {
  beforeEach(() => {
    referenceData();
    onApi('GET /api/v1/me', { body: me(['mentor'], [{ id: 'p1', name: 'Leipzig', role: 'mentor' }]) });
    onApi('GET /api/v1/mentees/m1', { body: mentee });
    onApi('GET /api/v1/mentees/m1/timeline', { body: timeline });
    onApi('GET /api/v1/mentees/m1/consents', { body: consentState });
    onApi('GET /api/v1/employers', { body: { items: [], page: 0, size: 200, total: 0 } });
  });

  it('keeps a negative duration as typed and says what is allowed', async () => {
    const { user, dialog } = await openDialog('Kontakt erfassen');
    const duration = within(dialog).getByRole('textbox', { name: /Dauer \(Minuten\)/ });
    await user.clear(duration);
    await user.type(duration, '-5');
    await user.tab();
    expect(duration).toHaveValue('-5');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await within(dialog).findByText('Zwischen 1 und 1440 Minuten.')).toBeInTheDocument();
    expect(duration).toHaveValue('-5');
    expect(duration).toBeInvalid();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('keeps a fraction of a minute as typed and asks for a whole number', async () => {
    const { user, dialog } = await openDialog('Kontakt erfassen');
    const duration = within(dialog).getByRole('textbox', { name: /Dauer \(Minuten\)/ });
    await user.clear(duration);
    await user.type(duration, '1.9');
    await user.tab();
    expect(duration).toHaveValue('1.9');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await within(dialog).findByText('Bitte eine ganze Zahl angeben.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('keeps 80 weekly hours as typed and says the limit', async () => {
    const { user, dialog } = await openDialog('Vermittlung erfassen');
    const hours = within(dialog).getByRole('textbox', { name: 'Wochenstunden' });
    await user.type(hours, '80');
    await user.tab();
    expect(hours).toHaveValue('80');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await within(dialog).findByText('Höchstens 60 Stunden.')).toBeInTheDocument();
    expect(hours).toHaveValue('80');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('keeps a year of birth outside the range as typed', async () => {
    const { user, dialog } = await openDialog('Angaben bearbeiten');
    const year = within(dialog).getByRole('textbox', { name: /Geburtsjahr/ });
    await user.clear(year);
    await user.type(year, '1850');
    await user.tab();
    expect(year).toHaveValue('1850');
  });
});
