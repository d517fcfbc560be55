import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { errorMessageKey } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/format';
import { useDownloadReport, type ReportFormat } from '../api/download-report';
import { useReports, type ReportSummary } from '../api/get-reports';
import { IssueReportForm } from './issue-report-form';

/**
 * The frozen quarterly reports for the ministry, every version, to download; the coordination entity
 * issues them.
 */
export function ReportsSection({ canIssue }: { canIssue: boolean }) {
  const { t, i18n } = useTranslation();
  const reports = useReports();
  const download = useDownloadReport();
  const [notice, setNotice] = useState<string | null>(null);
  const quarterLabel = (report: Pick<ReportSummary, 'year' | 'quarter'>) =>
    t('statistics.reports.quarterLabel', { quarter: report.quarter, year: report.year });
  const pending = download.isPending ? download.variables : null;

  const downloadButton = (report: ReportSummary, format: ReportFormat) => (
    <Button
      size="xs"
      variant="light"
      loading={pending?.id === report.id && pending.format === format}
      aria-label={t(`statistics.reports.download.${format}`, {
        report: quarterLabel(report),
        version: report.version,
      })}
      onClick={() => download.mutate({ id: report.id, format })}
    >
      {format.toUpperCase()}
    </Button>
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="reports-heading">
      <Title order={3} id="reports-heading">
        {t('statistics.reports.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('statistics.reports.intro')}
      </Text>
      {canIssue && (
        <IssueReportForm
          onIssued={(report) =>
            setNotice(
              t('statistics.reports.issued', { report: quarterLabel(report), version: report.version }),
            )
          }
        />
      )}
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {download.isError && (
        <Alert color="red" role="alert" withCloseButton onClose={() => download.reset()}>
          {t(errorMessageKey(download.error))}
        </Alert>
      )}
      {reports.isPending && <Loading />}
      {reports.isError && <ErrorMessage error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.data && reports.data.length === 0 && <Text>{t('statistics.reports.empty')}</Text>}
      {reports.data && reports.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover aria-labelledby="reports-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statistics.reports.quarter')}</Table.Th>
                <Table.Th scope="col">{t('statistics.reports.version')}</Table.Th>
                <Table.Th scope="col">{t('statistics.reports.period')}</Table.Th>
                <Table.Th scope="col">{t('statistics.reports.definitionVersion')}</Table.Th>
                <Table.Th scope="col">{t('statistics.reports.issuedAt')}</Table.Th>
                <Table.Th scope="col">{t('statistics.reports.downloads')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.data.map((report) => (
                <Table.Tr key={report.id}>
                  <Table.Th scope="row" fw={500}>
                    {quarterLabel(report)}
                  </Table.Th>
                  <Table.Td>{report.version}</Table.Td>
                  <Table.Td>
                    {formatDate(report.periodFrom, i18n.language)} –{' '}
                    {formatDate(report.periodTo, i18n.language)}
                  </Table.Td>
                  <Table.Td>{report.definitionVersion}</Table.Td>
                  <Table.Td>{formatDateTime(report.issuedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {downloadButton(report, 'xlsx')}
                      {downloadButton(report, 'pdf')}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
