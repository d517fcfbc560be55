import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { districtNames, useDistricts } from '@/lib/districts';
import { useDeleteService } from '../api/delete-service';
import {
  maintains,
  SERVICE_KINDS,
  useDirectory,
  useMaintainedDistricts,
  type IntegrationService,
  type ServiceKind,
} from '../api/get-services';
import { ServiceForm } from './service-form';

/** The choice of no filter in a select. */
const ALL = 'all';

/**
 * Maintaining the directory of integration services: the coordination entity keeps every district's services, a
 * project lead those of their projects' districts. The list is the public search; what the caller may change the
 * server tells (the districts they maintain).
 */
export function ServiceDirectoryPage() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('pages');
  const maintained = useMaintainedDistricts();
  const districts = useDistricts();
  const names = districtNames(districts.data);
  const [district, setDistrict] = useState('');
  const [kind, setKind] = useState('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const services = useDirectory({
    district: district || undefined,
    kind: (kind || undefined) as ServiceKind | undefined,
    q: q || undefined,
  });
  const [editing, setEditing] = useState<IntegrationService | 'new' | null>(null);
  const [removing, setRemoving] = useState<IntegrationService | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const deleteService = useDeleteService();
  const own = maintained.data ?? [];
  const everyDistrict = districts.data !== undefined && own.length === districts.data.length;

  const confirmRemove = async () => {
    if (!removing) return;
    await deleteService.mutateAsync(removing);
    setNotice(t('directory.removed', { name: removing.name }));
    setRemoving(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('directory.heading')}</Title>
        {own.length > 0 && (
          <Button
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('directory.add')}
          </Button>
        )}
      </Group>
      {maintained.isError && (
        <ErrorMessage error={maintained.error} onRetry={() => void maintained.refetch()} />
      )}
      {maintained.data && (
        <Text c="dimmed">
          {everyDistrict
            ? t('directory.maintainsAll')
            : own.length === 0
              ? t('directory.maintainsNone')
              : t('directory.maintainsSome', {
                  districts: own.map((ags) => names.get(ags) ?? ags).join(', '),
                })}
        </Text>
      )}
      <Group align="flex-end">
        <TextInput
          label={t('directory.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={280}
        />
        <Select
          label={t('directory.district')}
          value={district || ALL}
          onChange={(value) => setDistrict(!value || value === ALL ? '' : value)}
          allowDeselect={false}
          searchable
          data={[
            { value: ALL, label: t('directory.allDistricts') },
            ...(districts.data ?? []).map((d) => ({ value: d.ags, label: d.name })),
          ]}
          maw={280}
        />
        <Select
          label={t('directory.kind')}
          value={kind || ALL}
          onChange={(value) => setKind(!value || value === ALL ? '' : value)}
          allowDeselect={false}
          data={[
            { value: ALL, label: t('directory.allKinds') },
            ...SERVICE_KINDS.map((k) => ({ value: k, label: tp(`services.kinds.${k}`) })),
          ]}
          maw={280}
        />
      </Group>
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {services.isPending && <Loading />}
      {services.isError && <ErrorMessage error={services.error} onRetry={() => void services.refetch()} />}
      {services.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {services.data.total > services.data.items.length
              ? t('directory.countShown', { count: services.data.total, shown: services.data.items.length })
              : t('directory.count', { count: services.data.total })}
          </Text>
          {services.data.items.length > 0 && (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('directory.name')}</Table.Th>
                  <Table.Th scope="col">{t('directory.kind')}</Table.Th>
                  <Table.Th scope="col">{t('directory.districts')}</Table.Th>
                  <Table.Th scope="col">{t('directory.languages')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('directory.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {services.data.items.map((service) => (
                  <Table.Tr key={service.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {service.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {service.provider}
                      </Text>
                      {service.demo && (
                        <Badge size="xs" variant="outline" color="gray">
                          {t('directory.demoBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{tp(`services.kinds.${service.kind}`)}</Table.Td>
                    <Table.Td>{service.districts.map((ags) => names.get(ags) ?? ags).join(', ')}</Table.Td>
                    <Table.Td>{service.languages.join(', ') || '–'}</Table.Td>
                    <Table.Td>
                      {maintains(maintained.data, service) && (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => {
                              setNotice(null);
                              setEditing(service);
                            }}
                            aria-label={`${t('common.edit')}: ${service.name}`}
                          >
                            {t('common.edit')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => {
                              deleteService.reset();
                              setRemoving(service);
                            }}
                            aria-label={`${t('directory.remove')}: ${service.name}`}
                          >
                            {t('directory.remove')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('directory.add') : t('directory.edit')}
        size="xl"
      >
        {editing !== null && (
          <ServiceForm
            existing={editing === 'new' ? undefined : editing}
            maintained={own}
            onDone={() => {
              setNotice(t('directory.saved'));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
            onReload={() => {
              void services.refetch();
              setEditing(null);
            }}
          />
        )}
      </Modal>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('directory.remove')}>
        <Stack gap="sm">
          <Text>{removing && t('directory.removeConfirm', { name: removing.name })}</Text>
          <ApiErrorAlert
            error={deleteService.error}
            onReload={() => {
              void services.refetch();
              setRemoving(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={deleteService.isPending}
              onClick={() => void confirmRemove().catch(() => undefined)}
            >
              {t('directory.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
