import { render, screen } from '@testing-library/react';
import { init } from 'echarts/core';
import { EChart, type ChartOption } from './echart';

const chart = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() };
vi.mock('echarts/core', () => ({ init: vi.fn(() => chart), use: vi.fn() }));

describe('EChart', () => {
  beforeEach(() => vi.clearAllMocks());

  it('draws into its container, takes new options as they come and lets go of the chart when it leaves', () => {
    const first: ChartOption = { series: [{ type: 'bar', data: [1, 2] }] };
    const { rerender, unmount } = render(
      <EChart option={first} height={300} label="Betreute Teilnehmende" />,
    );
    const container = screen.getByRole('img', { name: 'Betreute Teilnehmende' });
    expect(init).toHaveBeenCalledWith(container, undefined, { renderer: 'svg' });
    expect(chart.setOption).toHaveBeenLastCalledWith(first, { notMerge: true });

    const second: ChartOption = { series: [{ type: 'line', data: [3, null] }] };
    rerender(<EChart option={second} height={300} label="Betreute Teilnehmende" />);
    expect(chart.setOption).toHaveBeenLastCalledWith(second, { notMerge: true });
    expect(init).toHaveBeenCalledTimes(1);

    unmount();
    expect(chart.dispose).toHaveBeenCalledTimes(1);
  });
});
