import { Button, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistricts } from '@/lib/districts';
import { useProjectOptions } from '../api/get-project-options';
import {
  PHASE_SPANS,
  PHASES,
  phasePeriod,
  TARGET_GROUPS,
  type Phase,
  type StatisticsFilters,
  type TargetGroup,
} from '../utils/filters';

/** The period and filters of the statistics page. */
export function StatisticsFiltersPanel({
  filters,
  defaults,
  seesAllProjects,
  onChange,
  onReset,
}: {
  filters: StatisticsFilters;
  defaults: StatisticsFilters;
  seesAllProjects: boolean;
  onChange: (filters: StatisticsFilters) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const districts = useDistricts();
  const projects = useProjectOptions(seesAllProjects);
  const set = (changes: Partial<StatisticsFilters>) => onChange({ ...filters, ...changes });
  const periodError = filters.from > filters.to ? t('statistics.filters.fromAfterTo') : undefined;

  const choosePhase = (value: string | null) => {
    if (!value) {
      set({ phase: null });
      return;
    }
    const phase = value as Phase;
    set({ phase, ...phasePeriod(phase, defaults.to) });
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="search" aria-label={t('statistics.filters.heading')}>
      <Group grow align="flex-start" gap="sm">
        <DateField
          label={t('statistics.filters.from')}
          value={filters.from}
          onCommit={(from) => set({ from })}
        />
        <DateField
          label={t('statistics.filters.to')}
          value={filters.to}
          error={periodError}
          onCommit={(to) => set({ to })}
        />
      </Group>
      <Select
        label={t('statistics.filters.phase')}
        placeholder={t('statistics.filters.anyPhase')}
        clearable
        value={filters.phase}
        onChange={choosePhase}
        data={PHASES.map((phase) => ({ value: phase, label: t(`statistics.phases.${phase}`) }))}
      />
      <MultiSelect
        label={t('statistics.filters.projects')}
        placeholder={
          filters.projectIds.length === 0
            ? t(seesAllProjects ? 'statistics.filters.allProjects' : 'statistics.filters.ownProjects')
            : undefined
        }
        clearable
        searchable
        value={filters.projectIds}
        onChange={(projectIds) => set({ projectIds })}
        data={projects}
      />
      <MultiSelect
        label={t('statistics.filters.districts')}
        placeholder={filters.districts.length === 0 ? t('statistics.filters.allDistricts') : undefined}
        clearable
        searchable
        value={filters.districts}
        onChange={(districts) => set({ districts })}
        data={(districts.data ?? []).map((district) => ({ value: district.ags, label: district.name }))}
      />
      <MultiSelect
        label={t('statistics.filters.targetGroups')}
        placeholder={filters.targetGroups.length === 0 ? t('statistics.filters.allMentees') : undefined}
        clearable
        value={filters.targetGroups}
        onChange={(groups) => set({ targetGroups: groups as TargetGroup[] })}
        data={TARGET_GROUPS.map((group) => ({ value: group, label: t(`statistics.targetGroups.${group}`) }))}
      />
      <Group align="flex-end">
        <Button variant="default" onClick={onReset}>
          {t('statistics.filters.reset')}
        </Button>
      </Group>
    </SimpleGrid>
  );
}

// From the start of the programme; the API takes periods up to 2100.
const EARLIEST = PHASE_SPANS.model.from;
const LATEST = '2100-12-31';

/**
 * A day of the period. While the user types (a year digit by digit, say) the field keeps the draft and
 * only a plausible day reaches the filters; leaving the field drops an unfinished draft.
 */
function DateField({
  label,
  value,
  error,
  onCommit,
}: {
  label: string;
  value: string;
  error?: string;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (committed !== value) {
    setCommitted(value);
    setDraft(value);
  }
  return (
    <TextInput
      type="date"
      label={label}
      min={EARLIEST}
      max={LATEST}
      value={draft}
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setDraft(next);
        if (/^\d{4}-\d{2}-\d{2}$/.test(next) && next >= EARLIEST && next <= LATEST) onCommit(next);
      }}
      onBlur={() => setDraft(value)}
    />
  );
}
