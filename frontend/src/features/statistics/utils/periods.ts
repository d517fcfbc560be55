import { daysInMonth } from '@/lib/clock';
import { PHASE_SPANS, PHASES, phasePeriod, type Phase, type StatisticsFilters } from './filters';

/**
 * The periods figures are released for to the ministry (and the public): whole calendar months, quarters,
 * half-years and years that are over, a funding phase (up to the last completed month), or everything since
 * phase 2 began (the default). The server refuses any other span for them (docs/disclosure-control.md).
 */
export const PERIOD_KINDS = ['month', 'quarter', 'halfYear', 'year', 'phase', 'sincePhase2'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const CALENDAR_KINDS = ['month', 'quarter', 'halfYear', 'year'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** How many months a calendar period spans. */
const MONTHS: Record<CalendarKind, number> = { month: 1, quarter: 3, halfYear: 6, year: 12 };

export type ReleasedPeriod =
  /** `part`: the month (1-12), quarter (1-4) or half (1-2) of the year; 1 for the year itself. */
  | { kind: CalendarKind; year: number; part: number }
  | { kind: 'phase'; phase: Phase }
  | { kind: 'sincePhase2' };

export type PeriodFilters = Pick<StatisticsFilters, 'from' | 'to' | 'phase'>;

// periods reach back to the start of the programme
const EARLIEST = PHASE_SPANS.model.from;

const pad = (value: number) => String(value).padStart(2, '0');
const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/** First and last day of a calendar period. */
function calendarSpan(kind: CalendarKind, year: number, part: number): { from: string; to: string } {
  const months = MONTHS[kind];
  const firstMonth = (part - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

/**
 * The filters that ask for a period: its first and last day, and the funding phase where it is one.
 * `lastMonthEnd` is the last day of the last completed month (Berlin), where open periods end.
 */
export function periodFilters(period: ReleasedPeriod, lastMonthEnd: string): PeriodFilters {
  switch (period.kind) {
    case 'phase':
      return { ...phasePeriod(period.phase, lastMonthEnd), phase: period.phase };
    case 'sincePhase2':
      return { from: PHASE_SPANS.phase2.from, to: lastMonthEnd, phase: null };
    default:
      return { ...calendarSpan(period.kind, period.year, period.part), phase: null };
  }
}

/** The released period that filters ask for, or null when they ask for another span (a shared link, say). */
export function periodOf(filters: PeriodFilters, lastMonthEnd: string): ReleasedPeriod | null {
  const same = (span: PeriodFilters) => span.from === filters.from && span.to === filters.to;
  if (filters.phase) {
    const phase: ReleasedPeriod = { kind: 'phase', phase: filters.phase };
    return same(periodFilters(phase, lastMonthEnd)) ? phase : null;
  }
  if (same(periodFilters({ kind: 'sincePhase2' }, lastMonthEnd))) return { kind: 'sincePhase2' };
  const from = /^(\d{4})-(\d{2})-01$/.exec(filters.from);
  const to = /^(\d{4})-(\d{2})-\d{2}$/.exec(filters.to);
  if (!from || !to) return null;
  const [year, firstMonth] = [Number(from[1]), Number(from[2])];
  const months = monthIndex(Number(to[1]), Number(to[2])) - monthIndex(year, firstMonth) + 1;
  const kind = CALENDAR_KINDS.find((candidate) => MONTHS[candidate] === months);
  if (!kind || (firstMonth - 1) % months !== 0) return null;
  const period: ReleasedPeriod = { kind, year, part: (firstMonth - 1) / months + 1 };
  return same(periodFilters(period, lastMonthEnd)) ? period : null;
}

/**
 * The periods of a kind that are over by `lastMonthEnd` (the end of the last completed month), newest first, back
 * to the start of the programme; the funding phases that have begun; or the one span since phase 2.
 */
export function completedPeriods(kind: PeriodKind, lastMonthEnd: string): ReleasedPeriod[] {
  if (kind === 'sincePhase2') return [{ kind }];
  if (kind === 'phase') {
    return PHASES.filter((phase) => PHASE_SPANS[phase].from <= lastMonthEnd)
      .reverse()
      .map((phase) => ({ kind, phase }));
  }
  const months = MONTHS[kind];
  const [lastYear, lastMonth] = lastMonthEnd.split('-').map(Number) as [number, number];
  const done = Math.floor(lastMonth / months);
  let [year, part] = done === 0 ? [lastYear - 1, 12 / months] : [lastYear, done];
  const periods: ReleasedPeriod[] = [];
  while (calendarSpan(kind, year, part).to >= EARLIEST) {
    periods.push({ kind, year, part });
    [year, part] = part === 1 ? [year - 1, 12 / months] : [year, part - 1];
  }
  return periods;
}

/** The latest completed period of a kind: what the picker shows when the user switches to that kind. */
export function latestPeriod(kind: PeriodKind, lastMonthEnd: string): ReleasedPeriod {
  return completedPeriods(kind, lastMonthEnd)[0] ?? { kind: 'sincePhase2' };
}

/** A period as the value of a select (`2026-3` for a third quarter or March, `phase2` for a phase). */
export function periodKey(period: ReleasedPeriod): string {
  switch (period.kind) {
    case 'phase':
      return period.phase;
    case 'sincePhase2':
      return period.kind;
    default:
      return `${period.year}-${period.part}`;
  }
}

/** The period of a kind that a select's value names, or null. */
export function periodFromKey(kind: PeriodKind, key: string): ReleasedPeriod | null {
  if (kind === 'sincePhase2') return { kind };
  if (kind === 'phase') {
    return (PHASES as readonly string[]).includes(key) ? { kind, phase: key as Phase } : null;
  }
  const match = /^(\d{4})-(\d{1,2})$/.exec(key);
  if (!match) return null;
  const part = Number(match[2]);
  return part >= 1 && part <= 12 / MONTHS[kind] ? { kind, year: Number(match[1]), part } : null;
}
