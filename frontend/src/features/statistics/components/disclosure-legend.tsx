import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { disclosureOf, type Disclosure } from '../utils/figures';

/**
 * What protected figures mean, beside them: the marker of withheld counts, the rounding, and that rounded figures
 * need not add up. It takes its wording's values (the marker, the rounding base, the method) from the answer's
 * disclosure note and shows only when the answer says its figures were protected; exact figures get nothing, or,
 * with `exactNote`, a short note that they are exact.
 */
export function DisclosureLegend({
  answer,
  exactNote = false,
}: {
  answer: { withheld: boolean; disclosure: Disclosure | null };
  exactNote?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const disclosure = disclosureOf(answer);
  if (!disclosure) {
    return exactNote ? (
      <Text size="xs" c="dimmed">
        {t('statistics.disclosure.exact')}
      </Text>
    ) : null;
  }
  const methodKey = `statistics.disclosure.methods.${disclosure.method}`;
  const method = i18n.exists(methodKey) ? t(methodKey) : disclosure.method;
  // "<5" means fewer than 5; a marker of another form is named as it is
  const limit = /^<(\d+)$/.exec(disclosure.smallCount)?.[1];
  const marker = disclosure.smallCount;
  return (
    <ul className="amm-plain-list amm-legend" aria-label={t('statistics.disclosure.label')}>
      <li>
        {limit
          ? t('statistics.disclosure.smallCount', { marker, limit })
          : t('statistics.disclosure.smallCountOther', { marker })}
      </li>
      <li>{t('statistics.disclosure.rounded', { base: disclosure.roundingBase, method })}</li>
      <li>{t('statistics.disclosure.sharesAndEmployers')}</li>
    </ul>
  );
}
