import { Button, Group, Modal, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { useAuth } from '@/lib/auth';
import { canWorkOnCases } from '@/lib/authorization';
import { useCodeLabel } from '@/lib/code-lists';
import { districtNames, useDistricts } from '@/lib/districts';
import { useEmployers, type Employer } from '../api/get-employers';
import { EmployerForm } from './employer-form';

const PAGE_SIZE = 25;

/** The employers of the caller's projects. */
export function EmployerList() {
  const { t } = useTranslation();
  const auth = useAuth();
  const staff = canWorkOnCases(auth.roles);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Employer | 'new' | null>(null);
  const employers = useEmployers({
    q: q || undefined,
    page: page - 1,
    size: PAGE_SIZE,
    sort: 'name,asc',
  });
  const label = useCodeLabel();
  const districts = districtNames(useDistricts().data);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('employers.heading')}</Title>
        {staff && <Button onClick={() => setEditing('new')}>{t('employers.add')}</Button>}
      </Group>
      <TextInput
        label={t('employers.search')}
        maw={360}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
      />
      {employers.isPending && <Loading />}
      {employers.isError && <ErrorMessage error={employers.error} onRetry={() => void employers.refetch()} />}
      {employers.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('employers.count', { count: employers.data.total })}
          </Text>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('employers.name')}</Table.Th>
                <Table.Th scope="col">{t('employers.sector')}</Table.Th>
                <Table.Th scope="col">{t('employers.district')}</Table.Th>
                <Table.Th scope="col">{t('employers.contact')}</Table.Th>
                {staff && <Table.Th scope="col" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employers.data.items.map((employer) => (
                <Table.Tr key={employer.id}>
                  <Table.Td>{employer.name}</Table.Td>
                  <Table.Td>{label('sector', employer.sector)}</Table.Td>
                  <Table.Td>{employer.district ? districts.get(employer.district) : '–'}</Table.Td>
                  <Table.Td>
                    {[employer.contact.name, employer.contact.phone].filter(Boolean).join(' · ') || '–'}
                  </Table.Td>
                  {staff && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setEditing(employer)}
                        aria-label={`${t('common.edit')}: ${employer.name}`}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {employers.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(employers.data.total / PAGE_SIZE)}
              value={page}
              onChange={setPage}
              aria-label={t('common.pages')}
            />
          )}
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('employers.add') : t('employers.edit')}
        size="lg"
      >
        {editing !== null && (
          <EmployerForm
            existing={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
            onReload={() => {
              void employers.refetch();
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
