import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { errorMessageKey } from '@/lib/api-client';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useRetentionPlan, useRunRetention, type RetentionOutcome } from '../api/retention';
import { periodText, runOutcomeText } from '../utils/retention-text';

/**
 * The retention rules and their dry run: whom a run would anonymise now (pseudonym, project, last activity), what
 * it would purge, the latest runs; and a run started by hand, after a confirmation.
 */
export function RetentionPanel({ menteeLinks }: { menteeLinks: boolean }) {
  const { t, i18n } = useTranslation();
  const plan = useRetentionPlan();
  const run = useRunRetention();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<RetentionOutcome | null>(null);

  const start = () =>
    run.mutate(undefined, {
      onSuccess: (result) => {
        setConfirming(false);
        setOutcome(result);
      },
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="retention-heading">
      <Group justify="space-between">
        <Title order={3} id="retention-heading">
          {t('dataProtection.retention.heading')}
        </Title>
        <Button color="red" variant="light" onClick={() => setConfirming(true)} disabled={!plan.data}>
          {t('dataProtection.retention.runNow')}
        </Button>
      </Group>
      {outcome && (
        <Alert
          color={outcome.ran ? 'green' : 'gray'}
          role="status"
          withCloseButton
          onClose={() => setOutcome(null)}
        >
          {outcome.ran
            ? t('dataProtection.retention.ranWithEnquiries', {
                mentees: outcome.menteesAnonymised,
                enquiries: outcome.enquiriesDeleted,
                answers: outcome.idempotencyAnswersPurged,
              })
            : t('dataProtection.retention.ranElsewhere')}
        </Alert>
      )}
      {plan.isPending && <Loading />}
      {plan.isError && <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.data && (
        <>
          <Table aria-label={t('dataProtection.retention.rules')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dataProtection.retention.rule')}</Table.Th>
                <Table.Th scope="col">{t('dataProtection.retention.period')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.data.rules.map((rule) => (
                <Table.Tr key={rule.code}>
                  <Table.Td>
                    {t(`dataProtection.retention.ruleTexts.${rule.code}`, { defaultValue: rule.description })}
                  </Table.Td>
                  <Table.Td>{periodText(rule.period, t)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm">
            {t('dataProtection.retention.dryRun', {
              count: plan.data.menteesDue,
              cutoff: formatDate(plan.data.cutoff, i18n.language),
              enquiries: formatNumber(plan.data.enquiriesDue, i18n.language),
              enquiriesCutoff: formatDate(plan.data.enquiriesCutoff, i18n.language),
              answers: formatNumber(plan.data.idempotencyAnswersDue, i18n.language),
            })}
          </Text>
          {plan.data.mentees.length > 0 && (
            <Table striped aria-label={t('dataProtection.retention.due')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dataProtection.retention.pseudonym')}</Table.Th>
                  <Table.Th scope="col">{t('dataProtection.retention.project')}</Table.Th>
                  <Table.Th scope="col">{t('dataProtection.retention.lastActivity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.data.mentees.map((mentee) => (
                  <Table.Tr key={mentee.menteeId}>
                    <Table.Td>
                      {menteeLinks ? (
                        <Anchor component={Link} to={`/data-protection/mentees/${mentee.menteeId}`}>
                          {mentee.pseudonym}
                        </Anchor>
                      ) : (
                        mentee.pseudonym
                      )}
                    </Table.Td>
                    <Table.Td>{mentee.projectName}</Table.Td>
                    <Table.Td>{formatDate(mentee.lastActivityOn, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={4}>{t('dataProtection.retention.runs')}</Title>
          {plan.data.runs.length === 0 ? (
            <Text size="sm">{t('dataProtection.retention.noRuns')}</Text>
          ) : (
            <Table aria-label={t('dataProtection.retention.runs')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dataProtection.retention.startedAt')}</Table.Th>
                  <Table.Th scope="col">{t('dataProtection.retention.finishedAt')}</Table.Th>
                  <Table.Th scope="col">{t('dataProtection.retention.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.data.runs.map((entry) => (
                  <Table.Tr key={entry.runKey}>
                    <Table.Td>{formatDateTime(entry.startedAt, i18n.language)}</Table.Td>
                    <Table.Td>{formatDateTime(entry.finishedAt, i18n.language)}</Table.Td>
                    <Table.Td>{runOutcomeText(entry.outcome, t)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('dataProtection.retention.runNow')}
      >
        <Stack>
          <Text>
            {t('dataProtection.retention.runConfirm', {
              count: plan.data?.menteesDue ?? 0,
            })}
          </Text>
          {run.isError && (
            <Alert color="red" role="alert">
              {t(errorMessageKey(run.error))}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={run.isPending} onClick={start}>
              {t('dataProtection.retention.runConfirmButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
