import type { operations } from '@/api/generated/schema';
import { endOfLastMonth } from '@/lib/clock';

export const DIMENSIONS = [
  'project',
  'district',
  'quarter',
  'year',
  'phase',
  'gender',
  'ageGroup',
  'nationality',
  'residenceStatus',
  'qualification',
  'placementType',
  'employerSector',
  'topic',
  'followUp',
  'referralOutcome',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const PHASES = ['model', 'phase2', 'phase3'] as const;
export type Phase = (typeof PHASES)[number];

/** The funding phases (PRODUCT.md): model programme, second and third phase. */
export const PHASE_SPANS: Record<Phase, { from: string; to: string }> = {
  model: { from: '2016-11-01', to: '2019-12-31' },
  phase2: { from: '2020-01-01', to: '2024-12-31' },
  phase3: { from: '2025-01-01', to: '2027-12-31' },
};

export const TARGET_GROUPS = ['women', 'withoutQualification'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** What the figures are computed for: the period and the filters of the statistics page. */
export type StatisticsFilters = {
  from: string;
  to: string;
  phase: Phase | null;
  projectIds: string[];
  districts: string[];
  targetGroups: TargetGroup[];
};

export type StatisticsView = { filters: StatisticsFilters; dimension: Dimension };

/** The programme's figures start with phase 2 and end with the last completed month. */
export function defaultFilters(): StatisticsFilters {
  return {
    from: PHASE_SPANS.phase2.from,
    to: endOfLastMonth(),
    phase: null,
    projectIds: [],
    districts: [],
    targetGroups: [],
  };
}

/** A day of the calendar as YYYY-MM-DD (not 2024-02-30, which Date.parse would take for 1 March). */
const isDate = (value: string | null): value is string => {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
};
const oneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);
const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const isAgs = (value: string) => /^\d{5}$/.test(value);
const distinct = <T>(values: T[]) => [...new Set(values)];

/** The view a URL describes; what it leaves out (or gets wrong) falls back to the defaults. */
export function viewFromParams(
  params: URLSearchParams,
  defaults: StatisticsFilters,
  defaultDimension: Dimension,
): StatisticsView {
  const from = params.get('from');
  const to = params.get('to');
  const phase = params.get('phase');
  const dimension = params.get('dimension');
  return {
    filters: {
      from: isDate(from) ? from : defaults.from,
      to: isDate(to) ? to : defaults.to,
      phase: oneOf(PHASES, phase) ? phase : null,
      projectIds: distinct(params.getAll('projectId').filter(isUuid)),
      districts: distinct(params.getAll('district').filter(isAgs)),
      targetGroups: distinct(params.getAll('targetGroup').filter((group) => oneOf(TARGET_GROUPS, group))),
    },
    dimension: oneOf(DIMENSIONS, dimension) ? dimension : defaultDimension,
  };
}

/** The URL of a view, so that it can be shared and survives a reload. Defaults stay out of it. */
export function viewToParams(
  view: StatisticsView,
  defaults: StatisticsFilters,
  defaultDimension: Dimension,
): URLSearchParams {
  const { filters, dimension } = view;
  const params = new URLSearchParams();
  if (filters.from !== defaults.from) params.set('from', filters.from);
  if (filters.to !== defaults.to) params.set('to', filters.to);
  if (filters.phase) params.set('phase', filters.phase);
  filters.projectIds.forEach((id) => params.append('projectId', id));
  filters.districts.forEach((ags) => params.append('district', ags));
  filters.targetGroups.forEach((group) => params.append('targetGroup', group));
  if (dimension !== defaultDimension) params.set('dimension', dimension);
  return params;
}

export type StatisticsQuery = NonNullable<operations['getKeyResults']['parameters']['query']>;

/** The query parameters of the statistics endpoints for the filters. */
export function toQuery(filters: StatisticsFilters): StatisticsQuery {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.phase ? { phase: filters.phase } : {}),
    ...(filters.projectIds.length > 0 ? { projectId: filters.projectIds } : {}),
    ...(filters.districts.length > 0 ? { district: filters.districts } : {}),
    ...(filters.targetGroups.length > 0 ? { targetGroup: filters.targetGroups } : {}),
  };
}

/** The span of a funding phase, ending no later than `latest`. */
export function phasePeriod(phase: Phase, latest: string): { from: string; to: string } {
  const span = PHASE_SPANS[phase];
  return { from: span.from, to: span.to < latest ? span.to : latest };
}

/** The last quarter that is over on `day` (YYYY-MM-DD). */
export function lastCompletedQuarter(day: string): { year: number; quarter: number } {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const current = Math.floor((month - 1) / 3) + 1;
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: current - 1 };
}
