import { Button, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordForm } from '@/components/ui/form/record-form';
import { SelectField } from '@/components/ui/form/select-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { today } from '@/lib/clock';
import type { ReportSummary } from '../api/get-reports';
import { reportSchema, useIssueReport } from '../api/issue-report';
import { lastCompletedQuarter, PHASE_SPANS } from '../utils/filters';

// the programme began with the model phase
const FIRST_YEAR = Number(PHASE_SPANS.model.from.slice(0, 4));

/** The coordination entity freezes the report of a completed quarter (again: a new version). */
export function IssueReportForm({ onIssued }: { onIssued: (report: ReportSummary) => void }) {
  const { t } = useTranslation();
  const day = today();
  const latest = lastCompletedQuarter(day);
  const record = useRecordForm({
    schema: reportSchema(t, latest),
    defaultValues: { year: String(latest.year), quarter: String(latest.quarter) },
    mutation: useIssueReport(),
    onSaved: (report) => onIssued(report.summary),
    // the form stays open: a retry of the same quarter is answered once, another quarter is another request
    idempotency: 'request',
  });
  const control = record.form.control;
  const currentYear = Number(day.slice(0, 4));
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, i) => String(currentYear - i));

  return (
    <Card withBorder>
      <RecordForm
        record={record}
        actions={
          <Text size="xs" c="dimmed">
            {t('statistics.reports.issueHint')}
          </Text>
        }
      >
        <Text fw={600}>{t('statistics.reports.issueHeading')}</Text>
        <Group align="flex-start">
          <SelectField
            control={control}
            name="year"
            label={t('statistics.reports.year')}
            required
            allowDeselect={false}
            w={120}
            data={years}
          />
          <SelectField
            control={control}
            name="quarter"
            label={t('statistics.reports.quarter')}
            required
            allowDeselect={false}
            w={200}
            data={['1', '2', '3', '4'].map((quarter) => ({
              value: quarter,
              label: t('statistics.reports.quarterOption', { quarter }),
            }))}
          />
          <Button type="submit" mt={25} loading={record.isPending}>
            {t('statistics.reports.issue')}
          </Button>
        </Group>
      </RecordForm>
    </Card>
  );
}
