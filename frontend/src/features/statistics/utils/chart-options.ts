import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { TFunction } from 'i18next';
import type { ChartOption } from '@/components/charts/echart';
import { formatNumber } from '@/lib/format';
import {
  FOLLOW_UP_RESULTS,
  isWithheld,
  MENTEE_FIGURES,
  WITHHELD,
  type Breakdown,
  type BreakdownKind,
  type Withheld,
} from './figures';

// Mantine's palette (shade 6), so that the charts match the tiles.
export const COLORS = {
  menteesSupported: '#228be6',
  menteesPlaced: '#7950f2',
  menteesSustainablyIntegrated: '#fd7e14',
  placements: '#12b886',
  activities: '#15aabf',
  stillThere: '#40c057',
  left: '#fa5252',
  notReachable: '#868e96',
  open: '#fab005',
} as const;

/** A value of a chart: a number, a withheld count ("<5"), or none (the figure does not apply). */
export type ChartValue = number | Withheld | null;

export type ChartSeries = { name: string; color: string; values: ChartValue[]; stack?: string };

/** The series a breakdown draws: the counts of its rows, withheld ones ("<5") as such. */
export function breakdownSeries(breakdown: Breakdown, kind: BreakdownKind, t: TFunction): ChartSeries[] {
  const rows = breakdown.rows;
  switch (kind) {
    case 'keyResults':
      return MENTEE_FIGURES.map((name) => ({
        name: t(`statistics.keyResults.${name}`),
        color: COLORS[name],
        values: rows.map((row) => row[name]?.total ?? null),
      }));
    case 'placements':
      return [
        {
          name: t('statistics.breakdown.placements'),
          color: COLORS.placements,
          values: rows.map((row) => row.placements?.total ?? null),
        },
      ];
    case 'activities':
      return [
        {
          name: t('statistics.breakdown.activities'),
          color: COLORS.activities,
          values: rows.map((row) => row.activities ?? null),
        },
      ];
    case 'referrals':
      return [
        {
          name: t('statistics.breakdown.referrals'),
          color: COLORS.activities,
          values: rows.map((row) => row.referrals ?? null),
        },
      ];
    case 'followUps':
      return FOLLOW_UP_RESULTS.map((name) => ({
        name: t(`statistics.breakdown.${name}`),
        color: COLORS[name],
        values: rows.map((row) => row.followUps?.[name] ?? null),
        stack: 'followUps',
      }));
  }
}

/** Whether a chart of these series shows withheld counts (and needs to say how it draws them). */
export const showsWithheld = (series: ChartSeries[]) => series.some((s) => s.values.some(isWithheld));

/**
 * A bar or line chart of series over categories. Horizontal bars suit long group names; numbers are
 * written in the UI language. A withheld count is never drawn as a number: a bar of its own is left
 * empty and labelled "<5" where it would start, a line has a gap marked "<5" at the zero line, and the
 * tooltip says "<5". Stacks would hide such a mark under the next part, so bars stack only when nothing
 * in the chart is withheld.
 */
export function chartOption({
  categories,
  series,
  type,
  horizontal = false,
  language,
  withheldLabel = WITHHELD,
}: {
  categories: string[];
  series: ChartSeries[];
  type: 'bar' | 'line';
  horizontal?: boolean;
  language: string;
  withheldLabel?: string;
}): ChartOption {
  const text = (value: ChartValue | undefined) =>
    typeof value === 'number' ? formatNumber(value, language) : isWithheld(value) ? withheldLabel : '–';
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { formatter: (value: number) => formatNumber(value, language) },
  };
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    axisLabel: horizontal ? { width: 220, overflow: 'truncate' as const } : { hideOverlap: true },
  };
  const stacked = !showsWithheld(series);
  // the marks of several series withheld at the same category of a line chart stand one above the other
  const marksBefore = (seriesIndex: number, category: number) =>
    series.slice(0, seriesIndex).filter((s) => isWithheld(s.values[category])).length;
  const markOffset = (below: number) => (below === 0 ? 0 : -14 * below);
  const mark = (color: string) => ({
    show: true,
    formatter: withheldLabel,
    color,
    fontWeight: 'bold' as const,
  });
  return {
    color: series.map((s) => s.color),
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: type === 'bar' ? 'shadow' : 'line' },
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
    series: series.map((s, seriesIndex): BarSeriesOption | LineSeriesOption => {
      const tooltip = { valueFormatter: (_value: unknown, dataIndex: number) => text(s.values[dataIndex]) };
      if (type === 'bar') {
        return {
          type: 'bar',
          name: s.name,
          data: s.values.map((value) =>
            isWithheld(value)
              ? { value: 0, label: { ...mark(s.color), position: horizontal ? 'right' : 'top' } }
              : value,
          ),
          stack: stacked ? s.stack : undefined,
          barMaxWidth: 28,
          tooltip,
        };
      }
      const withheld = s.values.flatMap((value, index) => (isWithheld(value) ? [index] : []));
      return {
        type: 'line',
        name: s.name,
        data: s.values.map((value) => (typeof value === 'number' ? value : null)),
        connectNulls: false,
        symbolSize: 6,
        tooltip,
        markPoint:
          withheld.length === 0
            ? undefined
            : {
                silent: true,
                symbol: 'emptyCircle',
                symbolSize: 8,
                itemStyle: { color: s.color },
                label: { ...mark(s.color), position: 'top' },
                data: withheld.map((index) => ({
                  name: categories[index] ?? '',
                  coord: horizontal ? [0, index] : [index, 0],
                  label: { offset: [0, markOffset(marksBefore(seriesIndex, index))] },
                })),
              },
      };
    }),
  };
}
