import { onApi } from '@/testing/mock-api';
import { berlinMoment, TEST_NOW, TEST_TODAY } from '@/testing/test-clock';
import {
  addMonths,
  clockOffset,
  dayAt,
  endOfLastMonth,
  endOfMonthBefore,
  setClockOffset,
  startClock,
  today,
} from './clock';

const HOUR = 3_600_000;

describe('the programme clock', () => {
  it('takes the day in Berlin at the moment the tests run at, whatever the zone of the process', () => {
    expect(today()).toBe(TEST_TODAY);
  });

  it.each([
    ['2026-11-28T22:59:59Z', '2026-11-28'],
    ['2026-11-28T23:00:00Z', '2026-11-29'],
    ['2026-11-28T23:56:00Z', '2026-11-29'],
    ['2027-01-30T23:30:00Z', '2027-01-31'],
    ['2028-02-28T23:05:00Z', '2028-02-29'],
    ['2026-12-30T23:30:00Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    // summer time: Berlin is two hours ahead
    ['2026-06-30T21:59:00Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    // the nights the clocks change
    ['2026-03-28T23:30:00Z', '2026-03-29'],
    ['2026-03-29T21:59:00Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    ['2026-10-24T21:59:00Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:00Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ])('knows that at %s it is %s in Berlin', (instant, day) => {
    vi.setSystemTime(new Date(instant));
    expect(today()).toBe(day);
    expect(dayAt(Date.parse(instant))).toBe(day);
  });

  it('goes by the server’s time when the browser’s clock is off', () => {
    vi.setSystemTime(new Date('2026-11-28T21:30:00Z'));
    setClockOffset(2 * HOUR);
    expect(today()).toBe('2026-11-29');
    setClockOffset(0);
    expect(today()).toBe('2026-11-28');
  });

  it('learns the offset from GET /api/v1/clock at start-up', async () => {
    const serverNow = '2027-02-28T23:30:00Z';
    onApi('GET /api/v1/clock', { body: { now: serverNow, today: '2027-03-01', zone: 'Europe/Berlin' } });
    await startClock();
    expect(clockOffset()).toBe(Date.parse(serverNow) - TEST_NOW);
    expect(today()).toBe('2027-03-01');
  });

  it('keeps the browser’s clock, and Berlin’s day, when the server does not answer', async () => {
    setClockOffset(5 * HOUR);
    onApi('GET /api/v1/clock', { status: 503, body: { type: 'x', title: 'down', status: 503 } });
    await startClock();
    expect(clockOffset()).toBe(0);
    expect(today()).toBe(TEST_TODAY);
  });

  it('does not wait for a server that does not answer at all', async () => {
    onApi('GET /api/v1/clock', () => new Promise(() => undefined));
    await startClock(20);
    expect(clockOffset()).toBe(0);
    expect(today()).toBe(TEST_TODAY);
  });
});

describe('months later', () => {
  it.each([
    ['2026-11-30', 3, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-29', 3, '2027-02-28'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-12-31', 6, '2027-06-30'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2026-05-15', 0, '2026-05-15'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2026-01-31', -13, '2024-12-31'],
    ['2026-10-31', 14, '2027-12-31'],
  ])('%s plus %i months is %s (clamped to the end of the month, as java.time does)', (day, months, later) => {
    expect(addMonths(day, months)).toBe(later);
  });

  it.each([
    ['2027-01-15', '2026-12-31'],
    ['2028-03-01', '2028-02-29'],
    ['2027-03-31', '2027-02-28'],
    ['2026-11-29', '2026-10-31'],
  ])('the month before %s ends on %s', (day, end) => {
    expect(endOfMonthBefore(day)).toBe(end);
  });

  it('refuses what is not a day', () => {
    expect(() => addMonths('29.11.2026', 1)).toThrow(/not a day/);
  });
});

// The moments `npm run test:dates` runs at, with what a mentor in Saxony would read off the calendar.
describe.each([
  ['2026-11-29T00:56', '2026-11-29', '2027-02-28', '2027-05-29', '2027-11-29', '2026-10-31'],
  ['2027-01-31T00:30', '2027-01-31', '2027-04-30', '2027-07-31', '2028-01-31', '2026-12-31'],
  ['2028-02-29T00:05', '2028-02-29', '2028-05-29', '2028-08-29', '2029-02-28', '2028-01-31'],
  ['2026-12-31T00:30', '2026-12-31', '2027-03-31', '2027-06-30', '2027-12-31', '2026-11-30'],
])('at %s in Berlin', (moment, day, in3, in6, in12, monthEnd) => {
  beforeEach(() => vi.setSystemTime(berlinMoment(moment)));

  it(`today is ${day}, the follow-ups fall on ${in3}, ${in6} and ${in12}`, () => {
    expect(today()).toBe(day);
    expect([3, 6, 12].map((months) => addMonths(today(), months))).toEqual([in3, in6, in12]);
  });

  it(`the last completed month ended on ${monthEnd}`, () => {
    expect(endOfLastMonth()).toBe(monthEnd);
  });
});
