import { Alert, Anchor, Button, Divider, Group, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { ApiError, errorMessageKey } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { canCheckAuditIntegrity, canReadAuditTrail } from '@/lib/authorization';
import { useParamCodeLabel } from '@/lib/code-lists';
import { fieldErrorText } from '@/lib/form';
import { formatDateTime } from '@/lib/format';
import { useExportAudit } from '../api/export-audit';
import { useAuditEvents, type AuditEvent, type AuditFilters as Filters } from '../api/get-audit-events';
import { useProjectNames } from '../api/get-projects';
import { FILTER_NAMES, filtersFrom, pageFrom, withFilter, type FilterName } from '../utils/filters';
import { AuditFilters } from './audit-filters';
import { IntegrityPanel } from './integrity-panel';

const PAGE_SIZE = 50;

/** An id as the table shows it: its first eight characters, the whole id on hover and for screen readers. */
function ShortId({ id }: { id: string }) {
  return (
    <span title={id} aria-label={id}>
      {id.slice(0, 8)}
    </span>
  );
}

/**
 * The audit trail of personal data (project leads: their projects'; the coordination entity and the
 * data-protection officer: all), filtered by person, record, actor, action and time, paged, and exported as CSV;
 * and the check of its hash chain (the data-protection officer and the operator).
 */
export function AuditPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Stack gap="lg">
      <Title order={2}>{t('audit.heading')}</Title>
      {canCheckAuditIntegrity(auth.roles) && <IntegrityPanel />}
      {canCheckAuditIntegrity(auth.roles) && canReadAuditTrail(auth.roles) && <Divider />}
      {canReadAuditTrail(auth.roles) && <AuditTrail />}
    </Stack>
  );
}

function AuditTrail() {
  const { t, i18n } = useTranslation();
  const codeLabelOf = useParamCodeLabel();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const page = pageFrom(params);
  const events = useAuditEvents({ ...filters, page: page - 1, size: PAGE_SIZE });
  const exporter = useExportAudit();
  const projects = useProjectNames();

  // the server's objections to a filter, at the filter
  const problem = events.error instanceof ApiError ? events.error.problem : undefined;
  const errors: Partial<Record<FilterName, string>> = {};
  for (const fieldError of problem?.errors ?? []) {
    if ((FILTER_NAMES as readonly string[]).includes(fieldError.field)) {
      errors[fieldError.field as FilterName] = fieldErrorText(fieldError, i18n, undefined, codeLabelOf);
    }
  }

  const apply = (next: Filters) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(next)) if (value) query.set(name, String(value));
    setParams(query, { replace: true });
  };
  const filterBy = (name: FilterName, value: string) =>
    setParams(withFilter(params, name, value), { replace: true });
  const project = (id: string | null) => (id ? (projects.get(id) ?? <ShortId id={id} />) : '–');

  const row = (event: AuditEvent) => (
    <Table.Tr key={event.id}>
      <Table.Td>{formatDateTime(event.occurredAt, i18n.language)}</Table.Td>
      <Table.Td>
        <Anchor component="button" type="button" size="sm" onClick={() => filterBy('actor', event.actor)}>
          {event.actorName ?? event.actor}
        </Anchor>
        <Text size="xs" c="dimmed">
          {event.actorRoles
            .split(',')
            .map((role) => role.trim())
            .filter(Boolean)
            .map((role) => t(`roles.${role}`, { defaultValue: role }))
            .join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>{t(`audit.actions.${event.action}`, { defaultValue: event.action })}</Table.Td>
      <Table.Td>
        {t(`audit.entities.${event.entity}`, { defaultValue: event.entity })}
        {event.entityId && (
          <Text size="xs" c="dimmed">
            <ShortId id={event.entityId} />
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {event.menteeId ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => filterBy('menteeId', event.menteeId!)}
          >
            <ShortId id={event.menteeId} />
          </Anchor>
        ) : (
          '–'
        )}
      </Table.Td>
      <Table.Td>{project(event.projectId)}</Table.Td>
      <Table.Td>{project(event.readerProjectId)}</Table.Td>
      <Table.Td>{event.sealedSeq ?? t('audit.unsealed')}</Table.Td>
    </Table.Tr>
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="trail-heading">
      <Group justify="space-between">
        <Title order={3} id="trail-heading">
          {t('audit.trail')}
          {events.data && (
            <Text span c="dimmed" size="sm" ml="xs">
              ({events.data.total})
            </Text>
          )}
        </Title>
        <Button
          variant="light"
          loading={exporter.isPending}
          disabled={events.isError}
          onClick={() => exporter.mutate(filters)}
        >
          {t('audit.export')}
        </Button>
      </Group>
      <AuditFilters key={params.toString()} filters={filters} errors={errors} onApply={apply} />
      {exporter.isError && (
        <Alert color="red" role="alert" withCloseButton onClose={() => exporter.reset()}>
          {t(errorMessageKey(exporter.error))}
        </Alert>
      )}
      {events.isPending && <Loading />}
      {events.isError && <ErrorMessage error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && events.data.items.length === 0 && <Text>{t('audit.empty')}</Text>}
      {events.data && events.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover aria-label={t('audit.trail')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.when')}</Table.Th>
                <Table.Th scope="col">{t('audit.who')}</Table.Th>
                <Table.Th scope="col">{t('audit.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.record')}</Table.Th>
                <Table.Th scope="col">{t('audit.person')}</Table.Th>
                <Table.Th scope="col">{t('audit.recordProject')}</Table.Th>
                <Table.Th scope="col">{t('audit.readerProject')}</Table.Th>
                <Table.Th scope="col">{t('audit.seq')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{events.data.items.map(row)}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {events.data && events.data.total > PAGE_SIZE && (
        <Pagination
          total={Math.ceil(events.data.total / PAGE_SIZE)}
          value={page}
          onChange={(next) => setParams(withFilter(params, 'page', String(next)), { replace: true })}
          aria-label={t('common.pages')}
        />
      )}
    </Stack>
  );
}
