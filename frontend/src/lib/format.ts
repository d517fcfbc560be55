import { PROGRAMME_ZONE } from '@/lib/clock';

/** A date (YYYY-MM-DD) as the UI language writes it (29.11.2026 / 29/11/2026), in no zone at all. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '–';
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString(locale(language), {
    timeZone: 'UTC',
  });
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

/** A moment (ISO 8601) as date and time in the UI language, on the programme's (Berlin's) clock. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '–';
  return new Date(value).toLocaleString(locale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: PROGRAMME_ZONE,
  });
}
