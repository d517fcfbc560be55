import { Anchor, Badge, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { formatDate } from '@/lib/format';
import { useCaseload, type CaseloadQuery } from '../api/get-caseload';

const PAGE_SIZE = 25;

/** The mentor's start page: their open cases, the most urgent first. */
export function CaseloadTable() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<string>('nextFollowUpDueOn,asc');
  const query: CaseloadQuery = { page: page - 1, size: PAGE_SIZE, sort };
  const caseload = useCaseload(query);

  return (
    <Stack gap="sm" component="section" aria-labelledby="caseload-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={3} id="caseload-heading">
          {t('caseload.heading')}
          {caseload.data && (
            <Text span c="dimmed" size="sm" ml="xs">
              ({caseload.data.total})
            </Text>
          )}
        </Title>
        <Select
          label={t('caseload.sort')}
          w={260}
          allowDeselect={false}
          value={sort}
          onChange={(value) => {
            setSort(value ?? 'nextFollowUpDueOn,asc');
            setPage(1);
          }}
          data={[
            { value: 'nextFollowUpDueOn,asc', label: t('caseload.sortByFollowUp') },
            { value: 'lastActivityOn,asc', label: t('caseload.sortByActivity') },
            { value: 'menteeName,asc', label: t('caseload.sortByName') },
            { value: 'startedOn,desc', label: t('caseload.sortByStart') },
          ]}
        />
      </Group>
      {caseload.isPending && <Loading />}
      {caseload.isError && <ErrorMessage error={caseload.error} onRetry={() => void caseload.refetch()} />}
      {caseload.data && caseload.data.items.length === 0 && <Text>{t('caseload.empty')}</Text>}
      {caseload.data && caseload.data.items.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('caseload.mentee')}</Table.Th>
              <Table.Th scope="col">{t('caseload.project')}</Table.Th>
              <Table.Th scope="col">{t('caseload.since')}</Table.Th>
              <Table.Th scope="col">{t('caseload.lastActivity')}</Table.Th>
              <Table.Th scope="col">{t('caseload.nextFollowUp')}</Table.Th>
              <Table.Th scope="col">{t('caseload.flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {caseload.data.items.map((entry) => (
              <Table.Tr key={entry.caseId}>
                <Table.Td>
                  <Anchor component={Link} to={`/mentees/${entry.menteeId}`}>
                    {entry.menteeName}
                  </Anchor>
                  {entry.role === 'assistant' && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      ({t('caseload.assisting')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{entry.projectName}</Table.Td>
                <Table.Td>{formatDate(entry.startedOn, i18n.language)}</Table.Td>
                <Table.Td>{formatDate(entry.lastActivityOn, i18n.language)}</Table.Td>
                <Table.Td>{formatDate(entry.nextFollowUpDueOn, i18n.language)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {entry.followUpOverdue && <Badge color="red">{t('caseload.followUpOverdue')}</Badge>}
                    {entry.activityOverdue && <Badge color="orange">{t('caseload.activityOverdue')}</Badge>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {caseload.data && caseload.data.total > PAGE_SIZE && (
        <Pagination
          total={Math.ceil(caseload.data.total / PAGE_SIZE)}
          value={page}
          onChange={setPage}
          aria-label={t('common.pages')}
        />
      )}
    </Stack>
  );
}
