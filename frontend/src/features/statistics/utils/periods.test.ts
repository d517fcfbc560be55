import { endOfLastMonth } from '@/lib/clock';
import { berlinMoment, TEST_TODAY } from '@/testing/test-clock';
import { defaultFilters } from './filters';
import {
  completedPeriods,
  latestPeriod,
  periodFilters,
  periodFromKey,
  periodKey,
  periodOf,
  PERIOD_KINDS,
  type ReleasedPeriod,
} from './periods';

/** The first and last day of the latest completed period of a kind, at the moment the clock shows. */
const latest = (kind: (typeof PERIOD_KINDS)[number]) => {
  const { from, to } = periodFilters(latestPeriod(kind, endOfLastMonth()), endOfLastMonth());
  return `${from}…${to}`;
};

// What the ministry may ask for at a moment in Berlin: the latest month, quarter, half-year and year that are over.
describe.each([
  [
    '2026-11-29T00:56',
    '2026-10-01…2026-10-31',
    '2026-07-01…2026-09-30',
    '2026-01-01…2026-06-30',
    '2025-01-01…2025-12-31',
  ],
  // New Year's Eve: December, the fourth quarter, the second half and the year are not over yet
  [
    '2026-12-31T00:30',
    '2026-11-01…2026-11-30',
    '2026-07-01…2026-09-30',
    '2026-01-01…2026-06-30',
    '2025-01-01…2025-12-31',
  ],
  // January: all of last year is over
  [
    '2027-01-31T00:30',
    '2026-12-01…2026-12-31',
    '2026-10-01…2026-12-31',
    '2026-07-01…2026-12-31',
    '2026-01-01…2026-12-31',
  ],
  [
    '2028-02-29T00:05',
    '2028-01-01…2028-01-31',
    '2027-10-01…2027-12-31',
    '2027-07-01…2027-12-31',
    '2027-01-01…2027-12-31',
  ],
  // just after midnight in Berlin, still the leap day in UTC: February is over and had 29 days
  [
    '2028-03-01T00:30',
    '2028-02-01…2028-02-29',
    '2027-10-01…2027-12-31',
    '2027-07-01…2027-12-31',
    '2027-01-01…2027-12-31',
  ],
  [
    '2027-03-01T00:30',
    '2027-02-01…2027-02-28',
    '2026-10-01…2026-12-31',
    '2026-07-01…2026-12-31',
    '2026-01-01…2026-12-31',
  ],
  [
    '2026-07-01T00:10',
    '2026-06-01…2026-06-30',
    '2026-04-01…2026-06-30',
    '2026-01-01…2026-06-30',
    '2025-01-01…2025-12-31',
  ],
])('at %s in Berlin', (moment, month, quarter, halfYear, year) => {
  beforeEach(() => vi.setSystemTime(berlinMoment(moment)));

  it(`the latest completed month is ${month}, quarter ${quarter}, half-year ${halfYear}, year ${year}`, () => {
    expect(latest('month')).toBe(month);
    expect(latest('quarter')).toBe(quarter);
    expect(latest('halfYear')).toBe(halfYear);
    expect(latest('year')).toBe(year);
  });

  it('offers no period that ends after the last completed month, and every one back to the programme’s start', () => {
    const lastMonthEnd = endOfLastMonth();
    for (const kind of PERIOD_KINDS) {
      const periods = completedPeriods(kind, lastMonthEnd).map((period) =>
        periodFilters(period, lastMonthEnd),
      );
      expect(periods.every(({ to }) => to <= lastMonthEnd)).toBe(true);
      expect(periods.every(({ from, to }) => from <= to)).toBe(true);
    }
    const months = completedPeriods('month', lastMonthEnd);
    expect(periodFilters(months.at(-1)!, lastMonthEnd).from).toBe('2016-11-01');
    expect(periodFilters(months[0]!, lastMonthEnd).to).toBe(lastMonthEnd);
  });

  it('recognises every period it offers from its first and last day', () => {
    const lastMonthEnd = endOfLastMonth();
    for (const kind of PERIOD_KINDS) {
      for (const period of completedPeriods(kind, lastMonthEnd)) {
        expect(periodOf(periodFilters(period, lastMonthEnd), lastMonthEnd)).toEqual(period);
      }
    }
  });
});

describe('released periods', () => {
  const lastMonthEnd = '2026-10-31';

  it('span whole calendar months, with the right number of days', () => {
    const span = (period: ReleasedPeriod) => periodFilters(period, lastMonthEnd);
    expect(span({ kind: 'month', year: 2028, part: 2 })).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
      phase: null,
    });
    expect(span({ kind: 'month', year: 2027, part: 2 })).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
      phase: null,
    });
    expect(span({ kind: 'month', year: 2026, part: 12 })).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
      phase: null,
    });
    expect(span({ kind: 'quarter', year: 2026, part: 1 })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      phase: null,
    });
    expect(span({ kind: 'quarter', year: 2026, part: 2 })).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
      phase: null,
    });
    expect(span({ kind: 'halfYear', year: 2026, part: 2 })).toEqual({
      from: '2026-07-01',
      to: '2026-12-31',
      phase: null,
    });
    expect(span({ kind: 'year', year: 2024, part: 1 })).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
      phase: null,
    });
  });

  it('cut a funding phase that is not over at the last completed month, and start with phase 2 by default', () => {
    expect(periodFilters({ kind: 'phase', phase: 'phase3' }, lastMonthEnd)).toEqual({
      from: '2025-01-01',
      to: '2026-10-31',
      phase: 'phase3',
    });
    expect(periodFilters({ kind: 'phase', phase: 'model' }, lastMonthEnd)).toEqual({
      from: '2016-11-01',
      to: '2019-12-31',
      phase: 'model',
    });
    const { from, to, phase } = defaultFilters();
    expect(periodOf({ from, to, phase }, endOfLastMonth())).toEqual({ kind: 'sincePhase2' });
    expect(completedPeriods('phase', lastMonthEnd).map(periodKey)).toEqual(['phase3', 'phase2', 'model']);
  });

  it('offer the months newest first, back to November 2016', () => {
    const months = completedPeriods('month', lastMonthEnd).map(periodKey);
    expect(months.slice(0, 3)).toEqual(['2026-10', '2026-9', '2026-8']);
    expect(months.at(-1)).toBe('2016-11');
    expect(months).toHaveLength(120);
    expect(completedPeriods('year', lastMonthEnd).map(periodKey).at(-1)).toBe('2016-1');
  });

  it('know no period in spans that are none', () => {
    const period = (from: string, to: string, phase: 'phase2' | null = null) =>
      periodOf({ from, to, phase }, lastMonthEnd);
    expect(period('2024-01-15', '2024-02-14')).toBeNull();
    expect(period('2024-01-01', '2024-01-30')).toBeNull();
    expect(period('2024-02-01', '2024-04-30')).toBeNull(); // three months, but no quarter
    expect(period('2024-01-01', '2024-02-29')).toBeNull(); // two months
    expect(period('2024-01-01', '2024-12-31', 'phase2')).toBeNull();
    expect(period('2024-04-01', '2024-06-30')).toEqual({ kind: 'quarter', year: 2024, part: 2 });
    expect(period('2024-02-01', '2024-02-29')).toEqual({ kind: 'month', year: 2024, part: 2 });
    expect(period('2020-01-01', '2024-12-31', 'phase2')).toEqual({ kind: 'phase', phase: 'phase2' });
  });

  it('travel through a select’s value', () => {
    const periods: ReleasedPeriod[] = [
      { kind: 'month', year: 2026, part: 10 },
      { kind: 'quarter', year: 2026, part: 3 },
      { kind: 'halfYear', year: 2026, part: 1 },
      { kind: 'year', year: 2025, part: 1 },
      { kind: 'phase', phase: 'phase2' },
      { kind: 'sincePhase2' },
    ];
    for (const period of periods) expect(periodFromKey(period.kind, periodKey(period))).toEqual(period);
    expect(periodFromKey('quarter', '2026-5')).toBeNull();
    expect(periodFromKey('phase', 'phase9')).toBeNull();
    expect(periodFromKey('month', 'Oktober')).toBeNull();
  });

  it('take last year as the latest completed one at the moment the tests run at, even on New Year’s Eve', () => {
    expect(latestPeriod('year', endOfLastMonth())).toEqual({
      kind: 'year',
      year: Number(TEST_TODAY.slice(0, 4)) - 1,
      part: 1,
    });
  });
});
