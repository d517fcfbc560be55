import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { applyServerErrors } from '@/lib/form';
import { today } from '@/lib/format';
import { useIssueReport } from '../api/issue-report';
import type { ReportSummary } from '../api/get-reports';
import { lastCompletedQuarter, PHASE_SPANS } from '../utils/filters';

// the programme began with the model phase
const FIRST_YEAR = Number(PHASE_SPANS.model.from.slice(0, 4));

/** The coordination entity freezes the report of a completed quarter (again: a new version). */
export function IssueReportForm({ onIssued }: { onIssued: (report: ReportSummary) => void }) {
  const { t } = useTranslation();
  const latest = lastCompletedQuarter(today());
  const schema = z
    .object({ year: z.string().min(1), quarter: z.string().min(1) })
    .refine(
      ({ year, quarter }) =>
        Number(year) < latest.year || (Number(year) === latest.year && Number(quarter) <= latest.quarter),
      { path: ['quarter'], message: t('statistics.reports.notOver') },
    );
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { year: String(latest.year), quarter: String(latest.quarter) },
  });
  const issue = useIssueReport();
  // One key per request: a retry of the same request is answered once; another quarter is another request.
  const [attempt, setAttempt] = useState<{ body: string; key: string } | null>(null);
  const errors = form.formState.errors;
  const currentYear = Number(today().slice(0, 4));
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, i) => String(currentYear - i));

  const submit = form.handleSubmit(async (values) => {
    const body = { year: Number(values.year), quarter: Number(values.quarter) };
    const signature = JSON.stringify(body);
    const current = attempt?.body === signature ? attempt : { body: signature, key: crypto.randomUUID() };
    setAttempt(current);
    try {
      const report = await issue.mutateAsync({ body, idempotencyKey: current.key });
      setAttempt(null);
      onIssued(report.summary);
    } catch (error) {
      applyServerErrors(error, form.setError);
    }
  });

  return (
    <Card withBorder component="form" onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Text fw={600}>{t('statistics.reports.issueHeading')}</Text>
        <ApiErrorAlert error={issue.error} />
        <Group align="flex-start">
          <Controller
            control={form.control}
            name="year"
            render={({ field }) => (
              <Select
                label={t('statistics.reports.year')}
                required
                allowDeselect={false}
                w={120}
                data={years}
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                error={errors.year?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="quarter"
            render={({ field }) => (
              <Select
                label={t('statistics.reports.quarter')}
                required
                allowDeselect={false}
                w={200}
                data={['1', '2', '3', '4'].map((quarter) => ({
                  value: quarter,
                  label: t('statistics.reports.quarterOption', { quarter }),
                }))}
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                error={errors.quarter?.message}
              />
            )}
          />
          <Button type="submit" mt={25} loading={issue.isPending}>
            {t('statistics.reports.issue')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('statistics.reports.issueHint')}
        </Text>
      </Stack>
    </Card>
  );
}
