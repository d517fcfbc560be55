import { Group, Select } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import {
  completedPeriods,
  latestPeriod,
  PERIOD_KINDS,
  periodFilters,
  periodFromKey,
  periodKey,
  periodOf,
  type PeriodFilters,
  type PeriodKind,
  type ReleasedPeriod,
} from '../utils/periods';

/**
 * The period of released figures (the ministry's): a kind (month, quarter, half-year, year, funding phase, or all
 * since phase 2) and which one, of those that are over by `lastMonthEnd`. Choosing a kind takes its latest
 * completed period. A span that is none of these (from a shared link) is named below, and the server's
 * objections to it (`error`) are shown at the kind.
 */
export function PeriodPicker({
  value,
  lastMonthEnd,
  error,
  onChange,
}: {
  value: PeriodFilters;
  lastMonthEnd: string;
  error?: string;
  onChange: (period: PeriodFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const period = periodOf(value, lastMonthEnd);
  const choose = (chosen: ReleasedPeriod | null) => chosen && onChange(periodFilters(chosen, lastMonthEnd));
  const kind = period?.kind ?? null;
  const span = `${formatDate(value.from, i18n.language)} – ${formatDate(value.to, i18n.language)}`;
  return (
    <Group grow align="flex-start" gap="sm">
      <Select
        label={t('statistics.periods.kind')}
        description={
          !period
            ? t('statistics.periods.other', { span })
            : period.kind === 'sincePhase2'
              ? span
              : t('statistics.periods.completedOnly')
        }
        placeholder={t('statistics.periods.choose')}
        allowDeselect={false}
        value={kind}
        onChange={(next) => next && choose(latestPeriod(next as PeriodKind, lastMonthEnd))}
        data={PERIOD_KINDS.map((option) => ({
          value: option,
          label: t(`statistics.periods.kinds.${option}`),
        }))}
        error={error}
      />
      {period && period.kind !== 'sincePhase2' && (
        <Select
          // a new kind is a new list: no search text or scroll position carries over
          key={period.kind}
          label={t(`statistics.periods.kinds.${period.kind}`)}
          description={span}
          allowDeselect={false}
          searchable={period.kind === 'month'}
          value={periodKey(period)}
          onChange={(key) => key && choose(periodFromKey(period.kind, key))}
          data={periodOptions(period.kind, lastMonthEnd, t, i18n.language)}
        />
      )}
    </Group>
  );
}

/** The periods of a kind to choose from, newest first; months grouped by year. */
function periodOptions(kind: PeriodKind, lastMonthEnd: string, t: TFunction, language: string) {
  const options = completedPeriods(kind, lastMonthEnd).map((period) => ({
    value: periodKey(period),
    label: periodLabel(period, t, language),
    year: 'year' in period ? String(period.year) : '',
  }));
  if (kind !== 'month') return options.map(({ value, label }) => ({ value, label }));
  const years = [...new Set(options.map((option) => option.year))];
  return years.map((year) => ({
    group: year,
    items: options.filter((option) => option.year === year).map(({ value, label }) => ({ value, label })),
  }));
}

/** A period as the UI language names it: "Oktober 2026", "3. Quartal 2026", "1. Halbjahr 2026", "2025". */
export function periodLabel(period: ReleasedPeriod, t: TFunction, language: string): string {
  switch (period.kind) {
    case 'month':
      return new Date(Date.UTC(period.year, period.part - 1, 1)).toLocaleDateString(
        language === 'en' ? 'en-GB' : 'de-DE',
        { month: 'long', year: 'numeric', timeZone: 'UTC' },
      );
    case 'quarter':
      return t('statistics.periods.quarterOf', { quarter: period.part, year: period.year });
    case 'halfYear':
      return t('statistics.periods.halfYearOf', { half: period.part, year: period.year });
    case 'year':
      return String(period.year);
    case 'phase':
      return t(`statistics.phases.${period.phase}`);
    case 'sincePhase2':
      return t('statistics.periods.kinds.sincePhase2');
  }
}
