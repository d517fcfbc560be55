import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const districts = [
  { ags: '14612', name: 'Dresden', kind: 'city' },
  { ags: '14713', name: 'Leipzig', kind: 'city' },
];

const leipzig = {
  id: 'a0000000-0000-4000-8000-000000000001',
  name: 'Arbeitsmarktmentoren Leipzig',
  carrier: 'Bildungswerk Leipziger Land e.V.',
  address: { street: 'Karl-Liebknecht-Straße 12', postalCode: '04107', city: 'Leipzig' },
  contact: {
    phone: '+49 341 555 0101',
    email: 'leipzig@amm-demo.example',
    website: 'https://leipzig.amm-demo.example',
    officeHours: 'Mo–Do 9–16 Uhr',
    languages: ['de', 'ar'],
  },
  position: { latitude: 51.33, longitude: 12.37 },
  districts: ['14713'],
  mentorPositions: 8,
  yearlyFunding: 560000,
  version: 0,
};
const dresden = {
  ...leipzig,
  id: 'a0000000-0000-4000-8000-000000000003',
  name: 'Arbeitsmarktmentoren Dresden',
  districts: ['14612'],
};

describe('project directory', () => {
  beforeEach(() => {
    onApi('GET /api/v1/districts', { body: districts });
    onApi('GET /api/v1/projects', (request) => {
      const district = new URL(request.url).searchParams.get('district');
      return { body: [leipzig, dresden].filter((p) => !district || p.districts.includes(district)) };
    });
  });

  it('shows every project with its contact data and served districts, without login', async () => {
    renderApp('/projects');
    const card = await screen.findByRole('article', { name: 'Arbeitsmarktmentoren Leipzig' });
    expect(within(card).getByText('Leipzig', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'leipzig@amm-demo.example' })).toHaveAttribute(
      'href',
      'mailto:leipzig@amm-demo.example',
    );
    expect(within(card).getByText(/Mo–Do 9–16 Uhr/)).toBeInTheDocument();
    expect(within(card).getByText(/Deutsch, Arabisch/)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Arbeitsmarktmentoren Dresden' })).toBeInTheDocument();
    expect(screen.getByText('2 Projekte in Sachsen.', { exact: false })).toBeInTheDocument();
  });

  it('filters by district', async () => {
    renderApp('/projects');
    await screen.findByRole('article', { name: 'Arbeitsmarktmentoren Dresden' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Landkreis / kreisfreie Stadt' }),
      'Leipzig',
    );
    expect(await screen.findByText('1 Projekt in Sachsen.', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Arbeitsmarktmentoren Dresden' })).not.toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    renderApp('/projects');
    await screen.findByRole('article', { name: 'Arbeitsmarktmentoren Leipzig' });
    // public pages offer six languages in a menu
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'en');
    expect(await screen.findByRole('heading', { name: 'Project directory' })).toBeInTheDocument();
  });
});
