import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import { countValue, isShareWithheld, WITHHELD, type Count } from '../utils/figures';

// A withheld figure is set apart from the numbers: dotted like an abbreviation, explained on hover.
const withheldStyle = { textDecoration: 'underline dotted', cursor: 'help', fontStyle: 'italic' } as const;

/** A count in the UI language; a withheld one as "<5", explained on hover; a missing one as a dash. */
export function CountText({ count }: { count: Count | null | undefined }) {
  const { t, i18n } = useTranslation();
  const value = countValue(count);
  if (value !== null) return formatNumber(value, i18n.language);
  if (count === null || count === undefined) return '–';
  return (
    <abbr title={t('statistics.fewerThanFive')} data-withheld="" style={withheldStyle}>
      {WITHHELD}
    </abbr>
  );
}

/**
 * A share as a percentage; where it is missing because one of the counts it would be computed from is withheld,
 * a dash that says so on hover (rather than one that means "nobody counted").
 */
export function ShareText({
  share,
  counts,
}: {
  share: number | null | undefined;
  counts: readonly (Count | null | undefined)[];
}) {
  const { t, i18n } = useTranslation();
  if (!isShareWithheld(share, counts)) return formatPercent(share, i18n.language);
  return (
    <abbr title={t('statistics.shareWithheld')} data-withheld="" style={withheldStyle}>
      –
    </abbr>
  );
}
