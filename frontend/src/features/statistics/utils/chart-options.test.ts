import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import i18n from '@/lib/i18n';
import { breakdown } from '@/testing/fixtures';
import { breakdownSeries, chartOption, showsWithheld, type ChartSeries } from './chart-options';

const t = i18n.t.bind(i18n);

type Formatter = (value: unknown, dataIndex: number) => string;
const tooltipOf = (series: BarSeriesOption | LineSeriesOption) =>
  (series.tooltip as { valueFormatter: Formatter }).valueFormatter;

const seriesOf = (option: ReturnType<typeof chartOption>) =>
  option.series as (BarSeriesOption | LineSeriesOption)[];

const followUps: ChartSeries[] = [
  { name: 'noch beschäftigt', color: '#40c057', values: [12, 30], stack: 'followUps' },
  { name: 'ausgeschieden', color: '#fa5252', values: [6, 10], stack: 'followUps' },
];

describe('charts of breakdowns', () => {
  it('keep withheld counts as such, apart from figures that do not apply', () => {
    const series = breakdownSeries(breakdown('district'), 'keyResults', t);
    expect(series.map((s) => [s.name, s.values])).toEqual([
      ['Betreute Teilnehmende', [1234, '<5']],
      ['In Arbeit oder Ausbildung vermittelt', [8, '<5']],
      ['Nachhaltig integriert', [0, 0]],
    ]);
    expect(showsWithheld(series)).toBe(true);
    expect(breakdownSeries(breakdown('district'), 'activities', t)[0]!.values).toEqual([null, null]);
  });

  it('draw no bar for a withheld count but label the empty place "<5", in the series’ colour', () => {
    const option = chartOption({
      categories: ['Leipzig', 'Görlitz'],
      series: [{ name: 'Betreute Teilnehmende', color: '#228be6', values: [1234, '<5'] }],
      type: 'bar',
      horizontal: true,
      language: 'de',
    });
    const [bars] = seriesOf(option) as BarSeriesOption[];
    expect(bars!.data).toEqual([
      1234,
      {
        value: 0,
        label: { show: true, formatter: '<5', color: '#228be6', fontWeight: 'bold', position: 'right' },
      },
    ]);
    expect(tooltipOf(bars!)(1234, 0)).toBe('1.234');
    expect(tooltipOf(bars!)(0, 1)).toBe('<5');
  });

  it('label withheld counts of upright bars above the empty place', () => {
    const option = chartOption({
      categories: ['2024', '2025'],
      series: [{ name: 'Vermittlungen', color: '#12b886', values: ['<5', 10] }],
      type: 'bar',
      language: 'en',
    });
    const [bars] = seriesOf(option) as BarSeriesOption[];
    expect((bars!.data![0] as { label: { position: string } }).label.position).toBe('top');
    expect(tooltipOf(bars!)(10, 1)).toBe('10');
  });

  it('stack bars only while nothing is withheld, so that no mark hides under the next part', () => {
    const exact = chartOption({ categories: ['a', 'b'], series: followUps, type: 'bar', language: 'de' });
    expect(seriesOf(exact).map((s) => (s as BarSeriesOption).stack)).toEqual(['followUps', 'followUps']);

    const withheld = followUps.map((s, index) => (index === 1 ? { ...s, values: ['<5' as const, 10] } : s));
    const option = chartOption({ categories: ['a', 'b'], series: withheld, type: 'bar', language: 'de' });
    expect(seriesOf(option).map((s) => (s as BarSeriesOption).stack)).toEqual([undefined, undefined]);
  });

  it('break a line where a count is withheld and mark the gap "<5" at the zero line, one mark above the other', () => {
    const option = chartOption({
      categories: ['1. Quartal 2024', '2. Quartal 2024', '3. Quartal 2024'],
      series: [
        { name: 'Betreute Teilnehmende', color: '#228be6', values: [120, '<5', 130] },
        { name: 'Vermittelt', color: '#7950f2', values: ['<5', '<5', 10] },
      ],
      type: 'line',
      language: 'de',
    });
    const [supported, placed] = seriesOf(option) as LineSeriesOption[];
    expect(supported!.data).toEqual([120, null, 130]);
    expect(supported!.connectNulls).toBe(false);
    expect(supported!.markPoint!.data).toEqual([
      { name: '2. Quartal 2024', coord: [1, 0], label: { offset: [0, 0] } },
    ]);
    expect(supported!.markPoint!.label).toMatchObject({ formatter: '<5', color: '#228be6' });
    expect(placed!.data).toEqual([null, null, 10]);
    expect(placed!.markPoint!.data).toEqual([
      { name: '1. Quartal 2024', coord: [0, 0], label: { offset: [0, 0] } },
      { name: '2. Quartal 2024', coord: [1, 0], label: { offset: [0, -14] } },
    ]);
    expect(tooltipOf(placed!)(null, 1)).toBe('<5');
    expect(tooltipOf(placed!)(10, 2)).toBe('10');
  });

  it('mark nothing in a line without withheld counts, and show a figure that does not apply as a dash', () => {
    const option = chartOption({
      categories: ['a', 'b'],
      series: [{ name: 'Kontakte', color: '#15aabf', values: [3, null] }],
      type: 'line',
      language: 'de',
    });
    const [line] = seriesOf(option) as LineSeriesOption[];
    expect(line!.markPoint).toBeUndefined();
    expect(tooltipOf(line!)(null, 1)).toBe('–');
  });
});
