/** A date (YYYY-MM-DD) as the UI language writes it. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '–';
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year!, month! - 1, day!).toLocaleDateString(language === 'en' ? 'en-GB' : 'de-DE');
}

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The version in an ETag header ("3" or W/"3"). */
export function versionOf(response: Response): number {
  const tag = response.headers.get('ETag') ?? '';
  return Number(tag.replace(/^W\//, '').replaceAll('"', ''));
}

/** The If-Match header for a record's version. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

/** A whole number as the UI language writes it (4.794 / 4,794). */
export function formatNumber(value: number, language: string): string {
  return value.toLocaleString(locale(language), { maximumFractionDigits: 0 });
}

/** A share from 0 to 1 as a whole percentage (35 % / 35%); a dash when unknown. */
export function formatPercent(share: number | null | undefined, language: string): string {
  if (share === null || share === undefined) return '–';
  return share.toLocaleString(locale(language), { style: 'percent', maximumFractionDigits: 0 });
}

/** A moment (ISO 8601) as date and time in the UI language. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '–';
  return new Date(value).toLocaleString(locale(language), { dateStyle: 'medium', timeStyle: 'short' });
}

/** The last day of the previous month as YYYY-MM-DD in local time: the end of the last completed month. */
export function endOfLastMonth(): string {
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth(), 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${last.getFullYear()}-${pad(last.getMonth() + 1)}-${pad(last.getDate())}`;
}
