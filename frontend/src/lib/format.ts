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
