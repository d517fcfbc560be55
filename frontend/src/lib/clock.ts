import { api, unwrap } from '@/lib/api-client';

/**
 * The programme's clock. A day is a day in Saxony (Europe/Berlin), whatever the zone of the browser or the
 * server, and "now" is the server's time: at start-up the app asks `GET /api/v1/clock` once and keeps the
 * difference to the browser's clock. Every date rule of the web app (today, not in the future, the end of the
 * last month, follow-ups some months later) goes through here.
 */
export const PROGRAMME_ZONE = 'Europe/Berlin';

/** Server time minus browser time, in milliseconds; 0 until (or unless) the server told its time. */
let offset = 0;

/** How long start-up waits for the server's time before it goes on with the browser's. */
const CLOCK_TIMEOUT_MS = 5_000;

/**
 * Asks the server for its time and keeps the offset to the browser's clock (half the round trip counted as
 * the way back). If the server does not answer, the browser's clock stands in: the day is still Berlin's.
 */
export async function startClock(timeoutMs = CLOCK_TIMEOUT_MS): Promise<void> {
  const sent = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('clock timed out')), timeoutMs);
  });
  try {
    const { data } = await Promise.race([unwrap(api.GET('/api/v1/clock')), timeout]);
    const received = Date.now();
    const serverNow = Date.parse(data.now);
    offset = Number.isFinite(serverNow) ? Math.round(serverNow - (sent + received) / 2) : 0;
  } catch {
    offset = 0;
  } finally {
    clearTimeout(timer);
  }
}

let started: Promise<void> | undefined;

/** The server's time asked for once; staff screens wait for it before they show dates. */
export function clockReady(): Promise<void> {
  started ??= startClock();
  return started;
}

/** The offset to the server's clock in milliseconds (for tests and diagnostics). */
export function clockOffset(): number {
  return offset;
}

/** Sets the offset to the server's clock (tests; start-up uses {@link startClock}). */
export function setClockOffset(milliseconds: number) {
  offset = milliseconds;
  started = Promise.resolve();
}

/** The programme's current moment (milliseconds since the epoch, on the server's clock). */
export function now(): number {
  return Date.now() + offset;
}

const berlinDay = new Intl.DateTimeFormat('en-US', {
  timeZone: PROGRAMME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Berlin (YYYY-MM-DD) of a moment. */
export function dayAt(instant: number): string {
  const parts = new Map(berlinDay.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.get('year')!.padStart(4, '0')}-${parts.get('month')}-${parts.get('day')}`;
}

/** Today in the programme (YYYY-MM-DD): the latest day a record may be dated. */
export function today(): string {
  return dayAt(now());
}

function parseDay(day: string): [year: number, month: number, dayOfMonth: number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`not a day (YYYY-MM-DD): ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function formatDay(year: number, month: number, dayOfMonth: number): string {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

/** The number of days of a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  // day 0 of the next month is the last day of this one; UTC, so no zone can shift it
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` months later (or earlier, when negative), clamped to the end of a shorter month as
 * java.time's `plusMonths` does: 2026-11-30 + 3 = 2027-02-28, 2028-02-29 + 12 = 2029-02-28.
 */
export function addMonths(day: string, months: number): string {
  const [year, month, dayOfMonth] = parseDay(day);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatDay(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}

/** The last day of the month before the one of `day`. */
export function endOfMonthBefore(day: string): string {
  const [year, month] = parseDay(day);
  const previousYear = month === 1 ? year - 1 : year;
  const previousMonth = month === 1 ? 12 : month - 1;
  return formatDay(previousYear, previousMonth, daysInMonth(previousYear, previousMonth));
}

/** The end of the last completed month in the programme (YYYY-MM-DD). */
export function endOfLastMonth(): string {
  return endOfMonthBefore(today());
}
