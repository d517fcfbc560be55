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
  consentScope: [
    { code: 'counselling', labels: { de: 'Beratung und Begleitung', en: 'Counselling and mentoring' } },
    { code: 'jobcenter', labels: { de: 'Austausch mit Jobcenter', en: 'Exchange with the Jobcenter' } },
    { code: 'employers', labels: { de: 'Weitergabe an Arbeitgeber', en: 'Passing data to employers' } },
    { code: 'referral', labels: { de: 'Vermittlung an andere Stellen', en: 'Referral to other services' } },
    {
      code: 'transfer',
      labels: { de: 'Übergabe an ein anderes Projekt', en: 'Transfer to another project' },
    },
  ],
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

/** A mentee of project p1 as the API answers it. */
export const mentee = {
  id: 'm1',
  projectId: 'p1',
  projectIds: ['p1'],
  pseudonym: 'TN-7K3F9Q',
  restricted: false,
  firstName: 'Amina',
  lastName: 'Haddad',
  birthDate: '1994-05-17',
  phone: '+49 170 5550123',
  email: null,
  address: null,
  languages: ['ar'],
  notes: 'Sucht Arbeit in der Pflege',
  gender: 'female',
  yearOfBirth: 1994,
  nationality: 'SY',
  residenceStatus: null,
  qualification: null,
  recognitionStatus: null,
  germanLevel: 'b1',
  district: '14713',
  referralSource: null,
  consentInForce: ['counselling', 'employers'],
  anonymisedOn: null,
  version: 3,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
};

/** That mentee's consent: one declaration (counselling and employers, with its signed form), in force. */
export const consentState = {
  menteeId: 'm1',
  inForce: ['counselling', 'employers'],
  history: ['counselling', 'employers'].map((scope, index) => ({
    id: `r${index + 1}`,
    declarationId: 'd1',
    scope,
    textVersion: '2026-01',
    givenOn: '2026-01-01',
    projectId: 'p1',
    recordedBy: { id: 'person-1', name: 'Lena Hoffmann' },
    recordedAt: '2026-01-01T10:00:00Z',
    withdrawnOn: null,
    withdrawalRecordedBy: null,
    withdrawalRecordedAt: null,
    supersededBy: null,
    hasForm: true,
  })),
};

/** The timeline of that mentee: an open case and one activity. */
export const timeline = {
  menteeId: 'm1',
  moreActivities: false,
  cases: [
    {
      id: 'c1',
      projectId: 'p1',
      menteeId: 'm1',
      menteePseudonym: 'TN-7K3F9Q',
      leadMentor: { id: 'person-1', name: 'Lena Hoffmann' },
      assistants: [],
      startedOn: '2026-01-05',
      endedOn: null,
      closingReason: null,
      status: 'open',
      version: 0,
      createdAt: '',
      updatedAt: '',
    },
  ],
  activities: [
    {
      id: 'a1',
      projectId: 'p1',
      menteeId: 'm1',
      employer: null,
      authority: null,
      mentor: { id: 'person-1', name: 'Lena Hoffmann' },
      occurredOn: '2026-02-10',
      durationMinutes: 45,
      channel: 'phone',
      topics: ['job_search'],
      note: 'Bewerbung besprochen',
      outsideCaseSpan: false,
      version: 0,
      createdAt: '',
      updatedAt: '',
    },
  ],
  placements: [],
  referrals: [],
};

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
export const keyResults = (overrides: Partial<KeyResults> = {}): KeyResults =>
  ({
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
    disclosure: null,
    ...overrides,
  }) as KeyResults;

const row = (
  key: string | null,
  de: string,
  en: string,
  supported: Count,
  placed: Count,
  female: Count = '<5',
): BreakdownRow => ({
  key,
  label: { de, en },
  menteesSupported: figure(supported, female, null),
  employersSupported: { total: 12 },
  menteesPlaced: figure(placed, placed, placed === '<5' ? null : 1),
  menteesSustainablyIntegrated: figure(0, 0, null),
  placements: null,
  activities: null,
  followUps: null,
  referrals: null,
});

/** The disclosure note of answers to the ministry and the public. */
export const DISCLOSURE = {
  method: 'cellKeyRounding',
  roundingBase: 5,
  smallCount: '<5',
  description:
    'Counts of people and records below 5 are withheld ("<5", zero included); every other count is rounded to a multiple of 5.',
};

/**
 * A breakdown as the API answers the ministry, with withheld counts; `exact`: as it answers the coordination
 * entity, with the small counts as they are (3) and no disclosure note.
 */
export const breakdown = (dimension: Breakdown['dimension'], { exact = false } = {}): Breakdown => {
  const small: Count = exact ? 3 : '<5';
  const female: Count = exact ? 2 : '<5';
  return {
    dimension,
    period: { from: '2020-01-01', to: '2024-06-30' },
    filters: { projectIds: [], districts: [], phase: null, targetGroups: [] },
    definitionVersion: '2026.1',
    rows:
      dimension === 'quarter'
        ? [
            row('2024-Q1', '1. Quartal 2024', 'Q1 2024', 120, 8, female),
            row('2024-Q2', '2. Quartal 2024', 'Q2 2024', 130, small, female),
          ]
        : [
            row(`${dimension}-a`, `Gruppe A (${dimension})`, `Group A (${dimension})`, 1234, 8, female),
            row(`${dimension}-b`, `Gruppe B (${dimension})`, `Group B (${dimension})`, small, small, female),
          ],
    total: dimension === 'quarter' ? null : row(null, 'Gesamt', 'Total', 1240, 10, female),
    withheld: !exact,
    disclosure: exact ? null : DISCLOSURE,
  };
};

/** Two projects, as the directory lists them. */
export const LEIPZIG = '1b0e7c1a-3f5e-4c6b-9a51-6d2f0c8e4a11';
export const DRESDEN = '2c7d9e4b-8a1f-4b2e-8c3d-5e6f7a8b9c22';

/** Answers the statistics endpoints of the page. */
export function statisticsApi() {
  onApi('GET /api/v1/statistics/key-results', { body: keyResults() });
  onApi('GET /api/v1/statistics/breakdown', (request) => ({
    body: breakdown(
      (new URL(request.url).searchParams.get('dimension') ?? 'project') as Breakdown['dimension'],
    ),
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
