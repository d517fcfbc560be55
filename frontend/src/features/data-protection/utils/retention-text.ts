import type { TFunction } from 'i18next';

/** An ISO 8601 period of a retention rule (P3Y, PT24H) in words; the period itself when it is another kind. */
export function periodText(period: string, t: TFunction): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(\d+)H)?$/.exec(period);
  if (!match || match.slice(1).every((part) => part === undefined)) return period;
  const [years, months, days, hours] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  return [
    years ? t('dataProtection.retention.years', { count: years }) : null,
    months ? t('dataProtection.retention.months', { count: months }) : null,
    days ? t('dataProtection.retention.days', { count: days }) : null,
    hours ? t('dataProtection.retention.hours', { count: hours }) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The outcome a run recorded ("3 mentees anonymised, 12 idempotency answers purged, 2 employers' enquiries deleted";
 * runs before enquiries were kept name no enquiries) in the UI's words.
 */
export function runOutcomeText(outcome: string | null, t: TFunction): string {
  if (!outcome) return t('dataProtection.retention.unfinished');
  const match =
    /^(\d+) mentees anonymised, (\d+) idempotency answers purged(?:, (\d+) employers' enquiries deleted)?$/.exec(
      outcome,
    );
  if (!match) return outcome;
  const mentees = Number(match[1]);
  const answers = Number(match[2]);
  return match[3] === undefined
    ? t('dataProtection.retention.ran', { mentees, answers })
    : t('dataProtection.retention.ranWithEnquiries', { mentees, answers, enquiries: Number(match[3]) });
}
