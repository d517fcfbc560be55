import { Alert, Badge, Button, FileButton, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { errorMessageKey } from '@/lib/api-client';
import { useCodeLabel } from '@/lib/code-lists';
import { formatDate, formatDateTime } from '@/lib/format';
import { formFileProblem, useDownloadConsentForm, useUploadConsentForm } from '../api/consent-form-file';
import { declarationsOf, useConsents, type ConsentRecord, type Declaration } from '../api/get-consents';
import type { ConsentWithdrawn } from '../api/withdraw-consent';
import { DeclarationForm } from './declaration-form';
import { WithdrawalForm } from './withdrawal-form';

/** What the caller may do with the mentee's consent (the server decides; the app offers no more than that). */
export type ConsentPermissions = {
  /** Record a new declaration: the mentee's projects' staff, while the mentee is not anonymised. */
  declare: boolean;
  /** Record a withdrawal: the mentee's projects' staff and the data-protection officer. */
  withdraw: boolean;
  /** Store a signed form: the mentee's projects' mentors and leads. */
  uploadForm: boolean;
  /** Read a signed form: the mentee's projects' mentors and leads, and the data-protection officer. */
  readForm: boolean;
};

/**
 * A mentee's consent: the scopes in force today, every declaration with its scopes (given, withdrawn or
 * replaced by a newer text, and who recorded it), the signed forms, and the forms for a new declaration and a
 * withdrawal.
 */
export function ConsentSection({
  menteeId,
  may,
  onWithdrawn,
}: {
  menteeId: string;
  may: ConsentPermissions;
  onWithdrawn?: (result: ConsentWithdrawn) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = useCodeLabel();
  const consents = useConsents(menteeId);
  const [dialog, setDialog] = useState<'declare' | 'withdraw' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const upload = useUploadConsentForm(menteeId);
  const download = useDownloadConsentForm(menteeId);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const close = () => setDialog(null);

  const withdrawn = (result: ConsentWithdrawn) => {
    close();
    setNotice(
      result.anonymised
        ? t('consent.withdrawnAndAnonymised', { count: result.casesClosed })
        : t('consent.withdrawnNotice'),
    );
    onWithdrawn?.(result);
  };

  const uploadFor = (declarationId: string) => (file: File | null) => {
    setFileProblem(null);
    upload.reset();
    if (!file) return;
    const problem = formFileProblem(file);
    if (problem) {
      setFileProblem(t(problem));
      return;
    }
    upload.mutate(
      { declarationId, file },
      { onSuccess: () => setNotice(t('consent.form.uploaded', { name: file.name })) },
    );
  };

  const scopeState = (row: ConsentRecord) => {
    if (row.supersededBy && row.withdrawnOn)
      return t('consent.supersededOn', { date: formatDate(row.withdrawnOn, i18n.language) });
    if (row.withdrawnOn)
      return t('consent.withdrawnOnDate', { date: formatDate(row.withdrawnOn, i18n.language) });
    return null;
  };

  const formCell = (declaration: Declaration) => (
    <Group gap={4} wrap="nowrap">
      {declaration.hasForm && may.readForm && (
        <Button
          size="compact-xs"
          variant="light"
          loading={download.isPending && download.variables === declaration.declarationId}
          onClick={() => download.mutate(declaration.declarationId)}
          aria-label={t('consent.form.downloadOf', { date: formatDate(declaration.givenOn, i18n.language) })}
        >
          {t('consent.form.download')}
        </Button>
      )}
      {!declaration.hasForm && !may.uploadForm && (
        <Text size="sm" c="dimmed">
          {t('consent.form.none')}
        </Text>
      )}
      {may.uploadForm && (
        <FileButton
          onChange={uploadFor(declaration.declarationId)}
          accept="application/pdf,image/png,image/jpeg"
          inputProps={{
            'aria-label': t('consent.form.uploadFor', {
              date: formatDate(declaration.givenOn, i18n.language),
            }),
          }}
        >
          {(props) => (
            <Button
              {...props}
              size="compact-xs"
              variant="subtle"
              loading={upload.isPending && upload.variables?.declarationId === declaration.declarationId}
            >
              {declaration.hasForm ? t('consent.form.replace') : t('consent.form.upload')}
            </Button>
          )}
        </FileButton>
      )}
    </Group>
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="consent-heading">
      <Group justify="space-between">
        <Title order={3} id="consent-heading">
          {t('consent.heading')}
        </Title>
        {consents.data && (
          <Group gap="xs">
            {may.declare && (
              <Button variant="light" onClick={() => setDialog('declare')}>
                {t('consent.newDeclaration')}
              </Button>
            )}
            {may.withdraw && consents.data.inForce.length > 0 && (
              <Button variant="light" color="red" onClick={() => setDialog('withdraw')}>
                {t('consent.recordWithdrawal')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {(fileProblem || upload.isError || download.isError) && (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          onClose={() => {
            setFileProblem(null);
            upload.reset();
            download.reset();
          }}
        >
          {fileProblem ?? t(errorMessageKey(upload.error ?? download.error))}
        </Alert>
      )}
      {consents.isPending && <Loading />}
      {consents.isError && <ErrorMessage error={consents.error} onRetry={() => void consents.refetch()} />}
      {consents.data && (
        <>
          <Group gap="xs" aria-label={t('consent.inForce')} role="group">
            <Text size="sm" fw={600}>
              {t('consent.inForce')}:
            </Text>
            {consents.data.inForce.length === 0 ? (
              <Badge color="red" variant="light">
                {t('consent.noneInForce')}
              </Badge>
            ) : (
              consents.data.inForce.map((scope) => (
                <Badge key={scope} color="green" variant="light" tt="none">
                  {label('consentScope', scope)}
                </Badge>
              ))
            )}
          </Group>
          {consents.data.history.length === 0 ? (
            <Text size="sm">{t('consent.noHistory')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped aria-label={t('consent.history')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('consent.givenOn')}</Table.Th>
                    <Table.Th scope="col">{t('consent.scopes')}</Table.Th>
                    <Table.Th scope="col">{t('consent.textVersion')}</Table.Th>
                    <Table.Th scope="col">{t('consent.recordedBy')}</Table.Th>
                    <Table.Th scope="col">{t('consent.form.heading')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {declarationsOf(consents.data.history).map((declaration) => (
                    <Table.Tr key={declaration.declarationId}>
                      <Table.Td>{formatDate(declaration.givenOn, i18n.language)}</Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          {declaration.rows.map((row) => (
                            <Text key={row.id} size="sm">
                              <Text span inherit td={row.withdrawnOn ? 'line-through' : undefined}>
                                {label('consentScope', row.scope)}
                              </Text>
                              {scopeState(row) && (
                                <Text span size="xs" c="dimmed" ml={6}>
                                  ({scopeState(row)}
                                  {row.withdrawalRecordedBy &&
                                    `, ${t('consent.by', { name: row.withdrawalRecordedBy.name })}`}
                                  )
                                </Text>
                              )}
                            </Text>
                          ))}
                        </Stack>
                      </Table.Td>
                      <Table.Td>{declaration.textVersion}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{declaration.recordedBy?.name ?? '–'}</Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(declaration.recordedAt, i18n.language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formCell(declaration)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Modal
            opened={dialog !== null}
            onClose={close}
            size="lg"
            title={dialog === 'declare' ? t('consent.newDeclaration') : t('consent.recordWithdrawal')}
          >
            {dialog === 'declare' && (
              <DeclarationForm
                menteeId={menteeId}
                inForce={consents.data.inForce}
                onDone={() => {
                  close();
                  setNotice(t('consent.recordedNotice'));
                }}
                onCancel={close}
              />
            )}
            {dialog === 'withdraw' && (
              <WithdrawalForm
                menteeId={menteeId}
                inForce={consents.data.inForce}
                onDone={withdrawn}
                onCancel={close}
              />
            )}
          </Modal>
        </>
      )}
    </Stack>
  );
}
