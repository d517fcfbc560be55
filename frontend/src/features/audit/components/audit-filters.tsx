import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '@/components/ui/form/day-input';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditFilters as Filters } from '../api/get-audit-events';
import type { FilterName } from '../utils/filters';

/**
 * The audit screen's filters: by person (mentee id), record (kind and id), actor (Keycloak user id), action and
 * time range; applied together, with the server's objections at their fields.
 */
export function AuditFilters({
  filters,
  errors,
  onApply,
}: {
  filters: Filters;
  errors: Partial<Record<FilterName, string>>;
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<FilterName, string>>(() => ({
    menteeId: filters.menteeId ?? '',
    entity: filters.entity ?? '',
    entityId: filters.entityId ?? '',
    actor: filters.actor ?? '',
    action: filters.action ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
  }));
  const set = (name: FilterName) => (value: string | null) =>
    setDraft((before) => ({ ...before, [name]: value ?? '' }));
  const text = (name: FilterName) => ({
    value: draft[name],
    onChange: (event: { currentTarget: { value: string } }) => set(name)(event.currentTarget.value),
    error: errors[name],
    spellCheck: false,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(
      Object.fromEntries(
        Object.entries(draft)
          .map(([name, value]) => [name, value.trim()])
          .filter(([, value]) => value !== ''),
      ) as Filters,
    );
  };
  const clear = () => {
    setDraft({ menteeId: '', entity: '', entityId: '', actor: '', action: '', from: '', to: '' });
    onApply({});
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('audit.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput label={t('audit.person')} placeholder={t('audit.idPlaceholder')} {...text('menteeId')} />
        <Select
          label={t('audit.entity')}
          clearable
          value={draft.entity || null}
          onChange={set('entity')}
          error={errors.entity}
          data={AUDIT_ENTITIES.map((entity) => ({ value: entity, label: t(`audit.entities.${entity}`) }))}
        />
        <TextInput label={t('audit.recordId')} placeholder={t('audit.idPlaceholder')} {...text('entityId')} />
        <TextInput label={t('audit.actor')} description={t('audit.actorHint')} {...text('actor')} />
        <Select
          label={t('audit.action')}
          clearable
          value={draft.action || null}
          onChange={set('action')}
          error={errors.action}
          data={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
        />
        <DayInput
          label={t('audit.from')}
          value={draft.from}
          onChange={set('from')}
          clearable
          error={errors.from}
        />
        <DayInput label={t('audit.to')} value={draft.to} onChange={set('to')} clearable error={errors.to} />
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button variant="default" onClick={clear}>
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
