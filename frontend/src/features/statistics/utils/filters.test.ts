import { endOfMonthBefore } from '@/lib/clock';
import { TEST_TODAY } from '@/testing/test-clock';
import {
  defaultFilters,
  lastCompletedQuarter,
  phasePeriod,
  toQuery,
  viewFromParams,
  viewToParams,
  type StatisticsView,
} from './filters';

const P1 = '1b0e7c1a-3f5e-4c6b-9a51-6d2f0c8e4a11';
const P2 = '2c7d9e4b-8a1f-4b2e-8c3d-5e6f7a8b9c22';

describe('statistics view in the URL', () => {
  const defaults = { ...defaultFilters(), to: '2026-10-31' };

  it('survives the round trip through the URL', () => {
    const view: StatisticsView = {
      filters: {
        from: '2023-01-01',
        to: '2024-06-30',
        phase: 'phase2',
        projectIds: [P1, P2],
        districts: ['14713', '14612'],
        targetGroups: ['women', 'withoutQualification'],
      },
      dimension: 'nationality',
    };
    const params = viewToParams(view, defaults, 'project');
    expect(params.toString()).toBe(
      `from=2023-01-01&to=2024-06-30&phase=phase2&projectId=${P1}&projectId=${P2}&district=14713&district=14612` +
        '&targetGroup=women&targetGroup=withoutQualification&dimension=nationality',
    );
    expect(viewFromParams(new URLSearchParams(params.toString()), defaults, 'project')).toEqual(view);
  });

  it('keeps the defaults out of the URL and restores them from an empty one', () => {
    const view = { filters: defaults, dimension: 'project' as const };
    expect(viewToParams(view, defaults, 'project').toString()).toBe('');
    expect(viewFromParams(new URLSearchParams(), defaults, 'project')).toEqual(view);
  });

  it('ignores what it does not understand', () => {
    const params = new URLSearchParams(
      'from=gestern&to=2024-13-45&phase=phase9&district=Leipzig&targetGroup=men&dimension=shoeSize',
    );
    expect(viewFromParams(params, defaults, 'gender')).toEqual({ filters: defaults, dimension: 'gender' });
  });

  it('ignores days that do not exist, project ids that are none and repeated values', () => {
    const params = new URLSearchParams(
      `from=2024-02-30&to=2023-02-29&projectId=p1&projectId=${P1}&projectId=${P1}` +
        '&district=14713&district=14713&targetGroup=women&targetGroup=women',
    );
    expect(viewFromParams(params, defaults, 'gender').filters).toEqual({
      ...defaults,
      projectIds: [P1],
      districts: ['14713'],
      targetGroups: ['women'],
    });
  });

  it('asks the API with repeated parameters and leaves out empty filters', () => {
    expect(toQuery(defaults)).toEqual({ from: '2020-01-01', to: '2026-10-31' });
    expect(
      toQuery({ ...defaults, targetGroups: ['women', 'withoutQualification'], districts: ['14713'] }),
    ).toEqual({
      from: '2020-01-01',
      to: '2026-10-31',
      district: ['14713'],
      targetGroup: ['women', 'withoutQualification'],
    });
  });

  it('starts with phase 2 and ends with the last completed month in Berlin', () => {
    const fresh = defaultFilters();
    expect(fresh.from).toBe('2020-01-01');
    expect(fresh.to).toBe(endOfMonthBefore(TEST_TODAY));
  });

  it('knows the funding phases and the last completed quarter', () => {
    expect(phasePeriod('model', '2026-10-31')).toEqual({ from: '2016-11-01', to: '2019-12-31' });
    expect(phasePeriod('phase3', '2026-10-31')).toEqual({ from: '2025-01-01', to: '2026-10-31' });
    expect(lastCompletedQuarter('2026-11-25')).toEqual({ year: 2026, quarter: 3 });
    expect(lastCompletedQuarter('2026-02-01')).toEqual({ year: 2025, quarter: 4 });
  });
});
