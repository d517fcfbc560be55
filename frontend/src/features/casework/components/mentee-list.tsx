import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DayInput } from '@/components/ui/form/day-input';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { useAuth } from '@/lib/auth';
import { canWorkOnCases } from '@/lib/authorization';
import { useCodeOptions } from '@/lib/code-lists';
import { useDistricts } from '@/lib/districts';
import { formatDate } from '@/lib/format';
import { useMentees, type MenteeFilters } from '../api/get-mentees';

const PAGE_SIZE = 25;

/** The mentees of the caller's projects, with the filters a caseload needs; filters live in the URL. */
export function MenteeList() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const staff = canWorkOnCases(auth.roles);
  const [params, setParams] = useSearchParams();
  const districts = useDistricts();
  const placementTypes = useCodeOptions('placementType');
  const [q] = useDebouncedValue(params.get('q') ?? '', 300);
  const page = Number(params.get('page') ?? '1');
  const filters: MenteeFilters = {
    status: (params.get('status') as MenteeFilters['status']) ?? undefined,
    district: params.get('district') ?? undefined,
    placementType: params.get('placementType') ?? undefined,
    followUpDueBefore: params.get('followUpDueBefore') ?? undefined,
    q: q || undefined,
    sort: params.get('sort') ?? (staff ? 'lastName,asc' : 'pseudonym,asc'),
    page: page - 1,
    size: PAGE_SIZE,
  };
  const mentees = useMentees(filters);

  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('mentees.heading')}</Title>
        {staff && (
          <Button component={Link} to="/mentees/new">
            {t('mentees.register')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        {staff && (
          <TextInput
            label={t('mentees.search')}
            placeholder={t('mentees.searchPlaceholder')}
            value={params.get('q') ?? ''}
            onChange={(event) => set('q', event.currentTarget.value)}
          />
        )}
        <Select
          label={t('mentees.status')}
          clearable
          value={params.get('status')}
          onChange={(value) => set('status', value)}
          data={[
            { value: 'open', label: t('mentees.statusOpen') },
            { value: 'closed', label: t('mentees.statusClosed') },
            { value: 'none', label: t('mentees.statusNone') },
          ]}
        />
        <Select
          label={t('mentees.district')}
          clearable
          searchable
          value={params.get('district')}
          onChange={(value) => set('district', value)}
          data={(districts.data ?? []).map((d) => ({ value: d.ags, label: d.name }))}
        />
        <Select
          label={t('mentees.placementType')}
          clearable
          value={params.get('placementType')}
          onChange={(value) => set('placementType', value)}
          data={placementTypes}
        />
        <DayInput
          label={t('mentees.followUpDueBefore')}
          clearable
          value={params.get('followUpDueBefore') ?? ''}
          onChange={(day) => set('followUpDueBefore', day || null)}
        />
      </SimpleGrid>
      {mentees.isPending && <Loading />}
      {mentees.isError && <ErrorMessage error={mentees.error} onRetry={() => void mentees.refetch()} />}
      {mentees.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('mentees.count', { count: mentees.data.total })}
          </Text>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{staff ? t('mentees.name') : t('mentees.pseudonym')}</Table.Th>
                <Table.Th scope="col">{t('mentees.status')}</Table.Th>
                <Table.Th scope="col">{t('mentees.leadMentor')}</Table.Th>
                <Table.Th scope="col">{t('mentees.lastActivity')}</Table.Th>
                <Table.Th scope="col">{t('mentees.nextFollowUp')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mentees.data.items.map((mentee) => (
                <Table.Tr key={mentee.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/mentees/${mentee.id}`}>
                      {/* an anonymised mentee has no name any more, only the new pseudonym */}
                      {mentee.restricted || !mentee.lastName
                        ? mentee.pseudonym
                        : `${mentee.lastName}, ${mentee.firstName}`}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={mentee.status === 'open' ? 'green' : 'gray'}>
                      {t(`mentees.status_${mentee.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{mentee.leadMentorName ?? '–'}</Table.Td>
                  <Table.Td>{formatDate(mentee.lastActivityOn, i18n.language)}</Table.Td>
                  <Table.Td>{formatDate(mentee.nextFollowUpDueOn, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {mentees.data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(mentees.data.total / PAGE_SIZE)}
              value={page}
              onChange={(value) => set('page', String(value))}
              aria-label={t('common.pages')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
