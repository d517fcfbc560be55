// the tests run in Node (the app's own types know no `process`)
declare const process: { env: Record<string, string | undefined> };

/**
 * The moment the tests run at, as Berlin's local date and time (YYYY-MM-DDTHH:mm). `AMM_TEST_NOW` chooses it
 * (`npm run test:dates` runs the date-sensitive tests at several); by default just before 1 a.m. in Berlin,
 * when the day in Berlin is already another than in UTC or in the Americas.
 */
export const TEST_NOW_LOCAL = process.env.AMM_TEST_NOW || '2026-11-29T00:56';

/** Berlin's day at the moment the tests run at: what the app must take for today. */
export const TEST_TODAY = TEST_NOW_LOCAL.slice(0, 10);

const berlinParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far Berlin's wall clock is ahead of UTC at a moment, in milliseconds (1 or 2 hours). */
function berlinOffsetAt(instant: number): number {
  const parts = new Map(berlinParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(
    parts.get('year')!,
    parts.get('month')! - 1,
    parts.get('day')!,
    parts.get('hour')!,
    parts.get('minute')!,
    parts.get('second')!,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The moment at which Berlin's wall clock shows the given local date and time (YYYY-MM-DDTHH:mm[:ss]). */
export function berlinMoment(local: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match)
    throw new Error(`AMM_TEST_NOW must be a Berlin local date-time like 2026-11-29T00:56: ${local}`);
  const [year, month, day, hour, minute, second = '0'] = match.slice(1);
  const wall = Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second);
  // the offset at the guess, then at the moment found (they differ only next to a change of summer time)
  const guess = wall - berlinOffsetAt(wall);
  return wall - berlinOffsetAt(guess);
}

/** The moment the tests run at. */
export const TEST_NOW = berlinMoment(TEST_NOW_LOCAL);
