import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, errorMessageKey, problemKind } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useAnonymiseMentee, useDeleteMentee, type Anonymisation } from '../api/erase-mentee';
import { useDownloadSubjectAccess, type SubjectAccessFormat } from '../api/subject-access';
import { deletionReasonOf } from '../utils/deletion-reason';

/**
 * The answers to a mentee's requests: access (Art. 15) as a PDF or JSON file, erasure (Art. 17) by
 * anonymisation, and, for the registering project's lead, the deletion of a mentee entered by mistake; when the
 * server no longer allows that, it says why and offers anonymisation instead.
 */
export function SubjectRequests({
  menteeId,
  version,
  anonymisedOn,
  mayDelete,
  afterDeletion = '/mentees',
  onAnonymised,
}: {
  menteeId: string;
  /** The mentee's version, for the deletion's If-Match (absent where the caller does not load the mentee). */
  version?: number;
  /** The day the mentee was anonymised, if they were. */
  anonymisedOn?: string | null;
  mayDelete: boolean;
  afterDeletion?: string;
  onAnonymised?: (result: Anonymisation) => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const access = useDownloadSubjectAccess(menteeId);
  const anonymise = useAnonymiseMentee(menteeId);
  const remove = useDeleteMentee(menteeId);
  const [dialog, setDialog] = useState<'anonymise' | 'delete' | null>(null);
  const [done, setDone] = useState<Anonymisation | null>(null);
  const close = () => {
    setDialog(null);
    anonymise.reset();
    remove.reset();
  };
  const pending = access.isPending ? access.variables : null;
  const anonymised = Boolean(anonymisedOn) || done !== null;
  const refused = problemKind(remove.error) === 'deletion-not-allowed';

  const download = (format: SubjectAccessFormat) => (
    <Button
      variant="light"
      loading={pending === format}
      disabled={pending !== null && pending !== format}
      onClick={() => access.mutate(format)}
    >
      {t(`dataProtection.access.${format}`)}
    </Button>
  );

  const confirmAnonymise = () =>
    anonymise.mutate(undefined, {
      onSuccess: (result) => {
        setDialog(null);
        setDone(result);
        onAnonymised?.(result);
      },
    });

  const confirmDelete = () => {
    if (version === undefined) return;
    remove.mutate(version, { onSuccess: () => void navigate(afterDeletion, { replace: true }) });
  };

  const reason = deletionReasonOf(remove.error);

  return (
    <Card withBorder component="section" aria-labelledby="requests-heading">
      <Stack gap="sm">
        <Title order={3} id="requests-heading">
          {t('dataProtection.requests')}
        </Title>
        {done && (
          <Alert color="green" role="status">
            {done.anonymisedNow
              ? t('dataProtection.anonymisedNotice', {
                  date: formatDate(done.anonymisedOn, i18n.language),
                  cases: done.casesClosed,
                  notes: done.notesErased,
                })
              : t('dataProtection.alreadyAnonymisedNotice', {
                  date: formatDate(done.anonymisedOn, i18n.language),
                })}
          </Alert>
        )}
        <Group gap="xs" role="group" aria-label={t('dataProtection.access.label')}>
          <Text size="sm" fw={600}>
            {t('dataProtection.access.label')}:
          </Text>
          {download('pdf')}
          {download('json')}
        </Group>
        {access.isError && (
          <Alert color="red" role="alert" withCloseButton onClose={() => access.reset()}>
            {t(errorMessageKey(access.error))}
          </Alert>
        )}
        <Group gap="xs" role="group" aria-label={t('dataProtection.erasure.label')}>
          <Text size="sm" fw={600}>
            {t('dataProtection.erasure.label')}:
          </Text>
          {anonymised ? (
            <Text size="sm">
              {t('dataProtection.erasure.alreadyAnonymised', {
                date: formatDate(done?.anonymisedOn ?? anonymisedOn, i18n.language),
              })}
            </Text>
          ) : (
            <>
              <Button color="red" variant="light" onClick={() => setDialog('anonymise')}>
                {t('dataProtection.erasure.anonymise')}
              </Button>
              {mayDelete && version !== undefined && (
                <Button color="red" variant="subtle" onClick={() => setDialog('delete')}>
                  {t('dataProtection.erasure.delete')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>

      <Modal
        opened={dialog === 'anonymise'}
        onClose={close}
        title={t('dataProtection.erasure.anonymiseTitle')}
      >
        <Stack>
          <Text>{t('dataProtection.erasure.anonymiseConfirm')}</Text>
          <Text size="sm" c="dimmed">
            {t('dataProtection.erasure.anonymiseKeeps')}
          </Text>
          {anonymise.isError && (
            <Alert color="red" role="alert">
              {t(errorMessageKey(anonymise.error))}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={anonymise.isPending} onClick={confirmAnonymise}>
              {t('dataProtection.erasure.anonymiseNow')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'delete'} onClose={close} title={t('dataProtection.erasure.deleteTitle')}>
        <Stack>
          {refused ? (
            <>
              <Alert color="orange" role="alert" title={t('errors.deletionNotAllowed')}>
                {reason.key === 'window'
                  ? t('dataProtection.erasure.reasons.window', { count: reason.days })
                  : t(`dataProtection.erasure.reasons.${reason.key}`)}
              </Alert>
              <Text>{t('dataProtection.erasure.anonymiseInstead')}</Text>
              {anonymise.isError && (
                <Alert color="red" role="alert">
                  {t(errorMessageKey(anonymise.error))}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button color="red" loading={anonymise.isPending} onClick={confirmAnonymise}>
                  {t('dataProtection.erasure.anonymiseNow')}
                </Button>
              </Group>
            </>
          ) : (
            <>
              <Text>{t('dataProtection.erasure.deleteConfirm')}</Text>
              {remove.isError && (
                <Alert color="red" role="alert">
                  {t(errorMessageKey(remove.error))}
                  {remove.error instanceof ApiError && remove.error.status === 403 && (
                    <Text size="sm">{t('dataProtection.erasure.deleteOnlyLead')}</Text>
                  )}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button color="red" loading={remove.isPending} onClick={confirmDelete}>
                  {t('dataProtection.erasure.deleteNow')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
    </Card>
  );
}
