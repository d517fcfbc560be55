import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Modal,
  Pagination,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { hasAnyRole, useAuth } from '@/lib/auth';
import { useCodeLabel, useCodeOptions } from '@/lib/code-lists';
import { districtNames, useDistricts } from '@/lib/districts';
import { applyServerErrors } from '@/lib/form';
import { useMe } from '@/lib/me';
import { useEmployers, type Employer } from '../api/get-employers';
import { useSaveEmployer, type EmployerInput } from '../api/save-employer';

const PAGE_SIZE = 25;

/** The employers of the caller's projects. */
export function EmployerList() {
  const { t } = useTranslation();
  const auth = useAuth();
  const staff = hasAnyRole(auth, 'mentor', 'project_lead', 'integration');
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

function EmployerForm({
  existing,
  onDone,
  onCancel,
  onReload,
}: {
  existing?: Employer;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const me = useMe();
  const ownProjects = (me.data?.projects ?? []).filter((p) => p.role !== 'integration');
  const [projectId, setProjectId] = useState<string | null>(
    existing?.projectId ?? ownProjects[0]?.id ?? null,
  );
  const sectors = useCodeOptions('sector');
  const sizes = useCodeOptions('sizeClass');
  const districts = useDistricts();
  const required = t('validation.required');
  const schema = z.object({
    name: z
      .string()
      .trim()
      .min(1, required)
      .max(200, t('validation.tooLong', { max: 200 })),
    sector: z.string().nullable(),
    sizeClass: z.string().nullable(),
    district: z.string().nullable(),
    contactName: z.string().max(200, t('validation.tooLong', { max: 200 })),
    contactPhone: z
      .string()
      .refine((v) => v === '' || /^\+?[0-9 ()/-]{5,40}$/.test(v), t('validation.phone')),
    contactEmail: z.string().refine((v) => v === '' || z.email().safeParse(v).success, t('validation.email')),
    notes: z.string().max(4000, t('validation.tooLong', { max: 4000 })),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: existing?.name ?? '',
      sector: existing?.sector ?? null,
      sizeClass: existing?.sizeClass ?? null,
      district: existing?.district ?? null,
      contactName: existing?.contact.name ?? '',
      contactPhone: existing?.contact.phone ?? '',
      contactEmail: existing?.contact.email ?? '',
      notes: existing?.notes ?? '',
    },
  });
  const save = useSaveEmployer(existing ? { id: existing.id, version: existing.version } : undefined);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    const body = {
      projectId: existing?.projectId ?? projectId ?? undefined,
      name: values.name,
      sector: values.sector ?? undefined,
      sizeClass: values.sizeClass ?? undefined,
      district: values.district ?? undefined,
      contact: {
        name: values.contactName || undefined,
        phone: values.contactPhone || undefined,
        email: values.contactEmail || undefined,
      },
      notes: values.notes || undefined,
    } as EmployerInput;
    try {
      await save.mutateAsync({ body, idempotencyKey });
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
    }
  });
  const select = (
    name: 'sector' | 'sizeClass' | 'district',
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          clearable
          searchable
          data={data}
          value={field.value}
          onChange={field.onChange}
          error={errors[name]?.message}
        />
      )}
    />
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <ApiErrorAlert error={save.error} onReload={onReload} />
        {!existing && ownProjects.length > 1 && (
          <Select
            label={t('mentees.project')}
            allowDeselect={false}
            data={ownProjects.map((p) => ({ value: p.id, label: p.name }))}
            value={projectId}
            onChange={setProjectId}
          />
        )}
        <TextInput
          label={t('employers.name')}
          required
          {...form.register('name')}
          error={errors.name?.message}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {select('sector', t('employers.sector'), sectors)}
          {select('sizeClass', t('employers.sizeClass'), sizes)}
          {select(
            'district',
            t('employers.district'),
            (districts.data ?? []).map((d) => ({ value: d.ags, label: d.name })),
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('employers.contactName')}
            {...form.register('contactName')}
            error={errors.contactName?.message}
          />
          <TextInput
            label={t('employers.contactPhone')}
            type="tel"
            {...form.register('contactPhone')}
            error={errors.contactPhone?.message}
          />
          <TextInput
            label={t('employers.contactEmail')}
            type="email"
            {...form.register('contactEmail')}
            error={errors.contactEmail?.message}
          />
        </SimpleGrid>
        <Textarea
          label={t('employers.notes')}
          autosize
          minRows={2}
          {...form.register('notes')}
          error={errors.notes?.message}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
