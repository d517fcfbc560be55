import type { TFunction } from 'i18next';
import type { ChartOption } from '@/components/charts/echart';
import { formatNumber } from '@/lib/format';
import { countValue, FOLLOW_UP_RESULTS, MENTEE_FIGURES, type Breakdown, type BreakdownKind } from './figures';

// Mantine's palette (shade 6), so that the charts match the tiles.
export const COLORS = {
  menteesSupported: '#228be6',
  menteesPlaced: '#7950f2',
  menteesSustainablyIntegrated: '#fd7e14',
  placements: '#12b886',
  contacts: '#15aabf',
  stillThere: '#40c057',
  left: '#fa5252',
  notReachable: '#868e96',
  open: '#fab005',
} as const;

export type ChartSeries = { name: string; color: string; values: (number | null)[]; stack?: string };

/** The series a breakdown draws: the counts of its rows; withheld counts ("<5") are gaps. */
export function breakdownSeries(breakdown: Breakdown, kind: BreakdownKind, t: TFunction): ChartSeries[] {
  const rows = breakdown.rows;
  switch (kind) {
    case 'keyResults':
      return MENTEE_FIGURES.map((name) => ({
        name: t(`statistics.keyResults.${name}`),
        color: COLORS[name],
        values: rows.map((row) => countValue(row[name]?.total)),
      }));
    case 'placements':
      return [
        {
          name: t('statistics.breakdown.placements'),
          color: COLORS.placements,
          values: rows.map((row) => countValue(row.placements?.total)),
        },
      ];
    case 'contacts':
      return [
        {
          name: t('statistics.breakdown.contacts'),
          color: COLORS.contacts,
          values: rows.map((row) => row.contacts),
        },
      ];
    case 'followUps':
      return FOLLOW_UP_RESULTS.map((name) => ({
        name: t(`statistics.breakdown.${name}`),
        color: COLORS[name],
        values: rows.map((row) => countValue(row.followUps?.[name])),
        stack: 'followUps',
      }));
  }
}

/**
 * A bar or line chart of series over categories. Horizontal bars suit long group names; numbers are
 * written in the UI language, and a gap is explained in the tooltip as withheld.
 */
export function chartOption({
  categories,
  series,
  type,
  horizontal = false,
  language,
  withheldLabel,
}: {
  categories: string[];
  series: ChartSeries[];
  type: 'bar' | 'line';
  horizontal?: boolean;
  language: string;
  withheldLabel: string;
}): ChartOption {
  const number = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, language) : withheldLabel;
  const valueAxis = { type: 'value' as const, axisLabel: { formatter: (value: number) => number(value) } };
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    axisLabel: horizontal ? { width: 220, overflow: 'truncate' as const } : { hideOverlap: true },
  };
  return {
    color: series.map((s) => s.color),
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: type === 'bar' ? 'shadow' : 'line' },
      valueFormatter: number,
    },
    legend: { top: 0, left: 0 },
    grid: {
      left: 8,
      right: 24,
      top: 40,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: series.map((s) =>
      type === 'bar'
        ? { type: 'bar', name: s.name, data: s.values, stack: s.stack, barMaxWidth: 28 }
        : { type: 'line', name: s.name, data: s.values, connectNulls: false, symbolSize: 6 },
    ),
  };
}
