import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

const projectId = 'a0000000-0000-4000-8000-000000000001';
const project = {
  id: projectId,
  name: 'Arbeitsmarktmentoren Leipzig',
  carrier: 'Bildungswerk Leipziger Land e.V.',
  address: { street: 'Karl-Liebknecht-Straße 12', postalCode: '04107', city: 'Leipzig' },
  contact: { languages: [] },
  position: { latitude: 51.33, longitude: 12.37 },
  districts: ['14713'],
  mentorPositions: null,
  yearlyFunding: null,
  version: 0,
};
const members = [
  {
    personId: 'b1',
    name: 'Lena Hoffmann',
    email: 'mentor.leipzig@amm-demo.example',
    role: 'mentor',
    startedOn: '2020-01-01',
    hasAccount: true,
  },
];

function me(roles: string[], projects: { id: string; name: string; role: string }[]) {
  onApi('GET /api/v1/me', { body: { subject: 's', username: 'u', name: 'N', email: null, roles, projects } });
}

describe('project page with team', () => {
  beforeEach(() => {
    onApi('GET /api/v1/districts', { body: [{ ags: '14713', name: 'Leipzig', kind: 'city' }] });
    onApi(`GET /api/v1/projects/${projectId}`, { body: project });
    onApi(`GET /api/v1/projects/${projectId}/members`, { body: members });
  });

  it('shows the team to the project mentor, without management buttons', async () => {
    me(['mentor'], [{ id: projectId, name: project.name, role: 'mentor' }]);
    renderApp(`/projects/${projectId}`, signedIn(['mentor']));
    const team = await screen.findByRole('table');
    expect(within(team).getByText('Lena Hoffmann')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Person hinzufügen' })).not.toBeInTheDocument();
  });

  it('shows no team to the ministry', async () => {
    me(['ministry'], []);
    renderApp(`/projects/${projectId}`, signedIn(['ministry']));
    expect(await screen.findByRole('heading', { name: 'Arbeitsmarktmentoren Leipzig' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Team' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.endsWith('/members'))).toBe(false);
  });

  it('lets the lead add a mentor, validating the form first', async () => {
    me(['project_lead'], [{ id: projectId, name: project.name, role: 'project_lead' }]);
    onApi(`POST /api/v1/projects/${projectId}/members`, async (request) => {
      const body = (await request.json()) as { email: string };
      return {
        status: 201,
        body: {
          member: { ...members[0], personId: 'b2', name: 'Jana Schulz', email: body.email },
          account: { created: true, username: body.email, initialPassword: 'Xy7kP2mQ9rT4wZ3a' },
        },
      };
    });
    const user = userEvent.setup();
    renderApp(`/projects/${projectId}`, signedIn(['project_lead']));
    await user.click(await screen.findByRole('button', { name: 'Person hinzufügen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Person zum Team hinzufügen' });
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    expect(await within(dialog).findAllByText('Bitte ausfüllen.')).toHaveLength(3);

    await user.type(within(dialog).getByRole('textbox', { name: /E-Mail/ }), 'keine-adresse');
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    expect(
      await within(dialog).findByText('Bitte eine gültige E-Mail-Adresse eingeben.'),
    ).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: /E-Mail/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /E-Mail/ }), 'jana.schulz@amm-demo.example');
    await user.type(within(dialog).getByRole('textbox', { name: /Vorname/ }), 'Jana');
    await user.type(within(dialog).getByRole('textbox', { name: /Nachname/ }), 'Schulz');
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));

    expect(await screen.findByText(/Einmalpasswort: Xy7kP2mQ9rT4wZ3a/)).toBeInTheDocument();
    const sent = requests.find((r) => r.method === 'POST');
    expect(await sent?.json()).toEqual({
      email: 'jana.schulz@amm-demo.example',
      firstName: 'Jana',
      lastName: 'Schulz',
      role: 'mentor',
    });
  });

  it('shows the server refusal when the person is in the team already', async () => {
    me(['coordinator'], []);
    onApi(`POST /api/v1/projects/${projectId}/members`, {
      status: 409,
      body: { type: 'conflict', title: 'Conflict', status: 409 },
    });
    const user = userEvent.setup();
    renderApp(`/projects/${projectId}`, signedIn(['coordinator']));
    await user.click(await screen.findByRole('button', { name: 'Person hinzufügen' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /E-Mail/ }), 'lena@amm-demo.example');
    await user.type(within(dialog).getByRole('textbox', { name: /Vorname/ }), 'Lena');
    await user.type(within(dialog).getByRole('textbox', { name: /Nachname/ }), 'Hoffmann');
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Widerspruch');
  });
});
