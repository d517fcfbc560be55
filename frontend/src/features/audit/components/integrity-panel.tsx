import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { formatNumber } from '@/lib/format';
import { useAuditIntegrity } from '../api/get-audit-integrity';

/** The reasons the database's chain check gives (audit_first_broken_link), by their keys in the locales. */
const REASONS: Readonly<Record<string, string>> = {
  'a sealed row is missing': 'audit.integrity.reasons.missing',
  'the row does not match its hash': 'audit.integrity.reasons.mismatch',
};

/** The audit trail's hash chain: intact (with its head hash), or the first broken link and why. */
export function IntegrityPanel() {
  const { t, i18n } = useTranslation();
  const integrity = useAuditIntegrity();
  const data = integrity.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="integrity-heading">
      <Group justify="space-between">
        <Title order={3} id="integrity-heading">
          {t('audit.integrity.heading')}
        </Title>
        <Button variant="light" loading={integrity.isFetching} onClick={() => void integrity.refetch()}>
          {t('audit.integrity.check')}
        </Button>
      </Group>
      {integrity.isPending && <Loading />}
      {integrity.isError && <ErrorMessage error={integrity.error} onRetry={() => void integrity.refetch()} />}
      {data &&
        (data.intact ? (
          <Alert color="green" role="status" title={t('audit.integrity.intact')}>
            <Stack gap={4}>
              <Text size="sm">
                {t('audit.integrity.counts', {
                  sealed: formatNumber(data.sealed, i18n.language),
                  unsealed: formatNumber(data.unsealed, i18n.language),
                })}
              </Text>
              {data.headHash && (
                <Text size="sm">
                  {t('audit.integrity.head')}: <Code>{data.headHash}</Code>
                </Text>
              )}
            </Stack>
          </Alert>
        ) : (
          <Alert color="red" role="alert" title={t('audit.integrity.broken')}>
            <Stack gap={4}>
              <Text size="sm">
                {t('audit.integrity.firstBroken', {
                  seq: data.firstBrokenSeq ?? '–',
                  event: data.firstBrokenEventId ?? '–',
                })}
              </Text>
              {data.reason && (
                <Text size="sm">
                  {t('audit.integrity.reason')}:{' '}
                  {REASONS[data.reason] ? t(REASONS[data.reason]!) : data.reason}
                </Text>
              )}
              <Text size="sm">
                {t('audit.integrity.counts', {
                  sealed: formatNumber(data.sealed, i18n.language),
                  unsealed: formatNumber(data.unsealed, i18n.language),
                })}
              </Text>
            </Stack>
          </Alert>
        ))}
    </Stack>
  );
}
