import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { countValue, type Count } from '../utils/figures';

/** A count in the UI language; a withheld one as "<5", explained on hover and to screen readers. */
export function CountText({ count }: { count: Count | null | undefined }) {
  const { t, i18n } = useTranslation();
  const value = countValue(count);
  if (value !== null) return formatNumber(value, i18n.language);
  if (count === null || count === undefined) return '–';
  return (
    <abbr title={t('statistics.fewerThanFive')} style={{ textDecoration: 'none', cursor: 'help' }}>
      &lt;5
    </abbr>
  );
}
