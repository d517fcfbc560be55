// Answers of the backend, shaped like the API's, for unit tests.
import type { components } from '@/api/generated/schema';
import { onApi } from './mock-api';

type Count = components['schemas']['Count'];
type KeyResults = components['schemas']['KeyResults'];
type Breakdown = components['schemas']['Breakdown'];
type BreakdownRow = components['schemas']['BreakdownRow'];

export const codeLists = {
  gender: [
    { code: 'female', labels: { de: 'weiblich', en: 'female' } },
    { code: 'male', labels: { de: 'männlich', en: 'male' } },
  ],
  residenceStatus: [],
  qualification: [],
  recognitionStatus: [],
  germanLevel: [{ code: 'b1', labels: { de: 'B1', en: 'B1' } }],
  referralSource: [],
  consentScope: [],
  nationality: [{ code: 'SY', labels: { de: 'Syrien', en: 'Syria' } }],
  sector: [],
  sizeClass: [],
  closingReason: [],
  channel: [{ code: 'phone', labels: { de: 'Telefon', en: 'Phone' } }],
  topic: [{ code: 'job_search', labels: { de: 'Arbeitssuche', en: 'Job search' } }],
  placementType: [{ code: 'employment', labels: { de: 'Beschäftigung', en: 'Employment' } }],
  placementEndReason: [],
  followUpResult: [],
};

export const me = (roles: string[], projects: { id: string; name: string; role: string }[] = []) => ({
  subject: 's',
  personId: 'person-1',
  username: 'mentor.leipzig',
  name: 'Lena Hoffmann',
  email: null,
  roles,
  projects,
});

export function referenceData() {
  onApi('GET /api/v1/code-lists', { body: codeLists });
  onApi('GET /api/v1/districts', { body: [{ ags: '14713', name: 'Leipzig', kind: 'city' }] });
}

const figure = (total: Count, female: Count, femaleShare: number | null) => ({
  total,
  female,
  femaleShare,
});

/** Key results as the API answers them (the programme's published table, as of 30 June 2024). */
export const keyResults = (overrides: Partial<KeyResults> = {}): KeyResults => ({
  period: { from: '2020-01-01', to: '2024-06-30' },
  filters: { projectIds: [], districts: [], phase: null, targetGroups: [] },
  definitionVersion: '2026.1',
  menteesSupported: figure(4794, 1678, 0.35),
  employersSupported: { total: 1997 },
  menteesPlaced: figure(2672, 802, 0.3),
  menteesSustainablyIntegrated: figure(1920, 461, 0.24),
  projects: 14,
  activeMentors: 76,
  withheld: false,
  ...overrides,
});

const row = (key: string | null, de: string, en: string, supported: Count, placed: Count): BreakdownRow => ({
  key,
  label: { de, en },
  menteesSupported: figure(supported, '<5', null),
  employersSupported: { total: 12 },
  menteesPlaced: figure(placed, placed, placed === '<5' ? null : 1),
  menteesSustainablyIntegrated: figure(0, 0, null),
  placements: null,
  contacts: null,
  followUps: null,
});

/** A breakdown as the API answers it, with one withheld count. */
export const breakdown = (dimension: string): Breakdown => ({
  dimension,
  period: { from: '2020-01-01', to: '2024-06-30' },
  filters: { projectIds: [], districts: [], phase: null, targetGroups: [] },
  definitionVersion: '2026.1',
  rows:
    dimension === 'quarter'
      ? [
          row('2024-Q1', '1. Quartal 2024', 'Q1 2024', 120, 8),
          row('2024-Q2', '2. Quartal 2024', 'Q2 2024', 130, '<5'),
        ]
      : [
          row(`${dimension}-a`, `Gruppe A (${dimension})`, `Group A (${dimension})`, 1234, 8),
          row(`${dimension}-b`, `Gruppe B (${dimension})`, `Group B (${dimension})`, '<5', '<5'),
        ],
  total: dimension === 'quarter' ? null : row(null, 'Gesamt', 'Total', 1240, 10),
  withheld: true,
});

/** Two projects, as the directory lists them. */
export const LEIPZIG = '1b0e7c1a-3f5e-4c6b-9a51-6d2f0c8e4a11';
export const DRESDEN = '2c7d9e4b-8a1f-4b2e-8c3d-5e6f7a8b9c22';

/** Answers the statistics endpoints of the page. */
export function statisticsApi() {
  onApi('GET /api/v1/statistics/key-results', { body: keyResults() });
  onApi('GET /api/v1/statistics/breakdown', (request) => ({
    body: breakdown(new URL(request.url).searchParams.get('dimension') ?? 'project'),
  }));
  onApi('GET /api/v1/statistics/reports', { body: [] });
  onApi('GET /api/v1/districts', {
    body: [
      { ags: '14612', name: 'Dresden', kind: 'city' },
      { ags: '14713', name: 'Leipzig', kind: 'city' },
    ],
  });
  onApi('GET /api/v1/projects', {
    body: [
      { id: LEIPZIG, name: 'Arbeitsmarktmentoren Leipzig' },
      { id: DRESDEN, name: 'Arbeitsmarktmentoren Dresden' },
    ],
  });
}
