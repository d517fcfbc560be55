import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '@/components/charts/echart';
import { breakdownSeries, chartOption, showsWithheld } from '../utils/chart-options';
import { isTimeDimension, kindOf, type Breakdown } from '../utils/figures';
import type { Dimension } from '../utils/filters';

/**
 * A breakdown as a chart: lines over time for the quarterly series, bars for everything else (lying
 * down, so that long group names stay readable).
 */
export function BreakdownChart({
  breakdown,
  dimension,
  label,
  type = 'bar',
}: {
  breakdown: Breakdown;
  dimension: Dimension;
  label: string;
  type?: 'bar' | 'line';
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const horizontal = type === 'bar' && !isTimeDimension(dimension);
  const kind = kindOf(dimension);
  const series = useMemo(() => breakdownSeries(breakdown, kind, t), [breakdown, kind, t]);
  const option = useMemo(
    () =>
      chartOption({
        categories: breakdown.rows.map((row) => row.label[language]),
        series,
        type,
        horizontal,
        language,
      }),
    [breakdown, series, type, horizontal, language],
  );
  const perRow = kind === 'followUps' || series.length === 1 ? 28 : 14 * series.length + 14;
  const height = horizontal ? Math.max(220, 70 + breakdown.rows.length * perRow) : 340;
  const withheld = showsWithheld(series);
  return (
    <figure style={{ margin: 0 }}>
      <EChart option={option} height={height} label={label} />
      {withheld && (
        <Text component="figcaption" size="xs" c="dimmed" mt={4}>
          {t('statistics.chartWithheld')}
        </Text>
      )}
    </figure>
  );
}
