import {
  Alert,
  Badge,
  Button,
  Card,
  Divider,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { ApiError } from '@/lib/api-client';
import { useCodeLabel } from '@/lib/code-lists';
import { useDistricts, districtNames } from '@/lib/districts';
import { formatDate } from '@/lib/format';
import { useMe } from '@/lib/me';
import { useMentee, type Mentee } from '../api/get-mentee';
import { useTimeline } from '../api/get-timeline';
import { ActivityForm } from './activity-form';
import { CaseForm } from './case-form';
import { FollowUpForm } from './follow-up-form';
import { MenteeForm } from './mentee-form';
import { MenteeTimeline, type TimelineAction } from './mentee-timeline';
import { PlacementForm } from './placement-form';
import { ReferralForm } from './referral-form';

type Dialog =
  | TimelineAction
  | { kind: 'profile' }
  | { kind: 'newCase' }
  | { kind: 'closeCase' }
  | { kind: 'newActivity' }
  | { kind: 'newPlacement' }
  | { kind: 'newReferral' };

/**
 * A mentee's profile and timeline, with the forms for every record; `dataProtection` adds the mentee's consent
 * and the answers to access and erasure requests (composed by the app from the data-protection feature).
 */
export function MenteePage({
  menteeId,
  dataProtection,
}: {
  menteeId: string;
  dataProtection?: (mentee: Mentee) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const mentee = useMentee(menteeId);
  const timeline = useTimeline(menteeId);
  const me = useMe();
  const label = useCodeLabel();
  const districts = districtNames(useDistricts().data);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (mentee.isPending) return <Loading />;
  if (mentee.isError) {
    if (mentee.error instanceof ApiError && mentee.error.status === 404) {
      return (
        <Stack>
          <Text role="alert">{t('mentees.notFound')}</Text>
          <Button component={Link} to="/mentees" variant="light" w="fit-content">
            {t('mentees.backToList')}
          </Button>
        </Stack>
      );
    }
    return <ErrorMessage error={mentee.error} onRetry={() => void mentee.refetch()} />;
  }
  const m = mentee.data;
  const ownProjects = new Set((me.data?.projects ?? []).map((p) => p.id));
  const workProject = m.projectIds.find((id) => ownProjects.has(id)) ?? m.projectId;
  const anonymised = m.anonymisedOn !== null;
  // an anonymised mentee's records stay for the figures, and nobody changes them any more
  const canEdit = !m.restricted && !anonymised && ownProjects.size > 0;
  const openCase = timeline.data?.cases.find((c) => c.status === 'open' && ownProjects.has(c.projectId));
  const close = () => setDialog(null);
  const reload = () => {
    void mentee.refetch();
    void timeline.refetch();
    close();
  };
  const title = m.restricted || anonymised ? m.pseudonym : `${m.firstName} ${m.lastName}`;
  const field = (name: string, value: string | null | undefined) => (
    <div>
      <Text size="xs" c="dimmed">
        {name}
      </Text>
      <Text size="sm">{value || '–'}</Text>
    </div>
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{title}</Title>
          <Group gap="xs">
            <Badge variant="light">{m.pseudonym}</Badge>
            {openCase ? (
              <Badge color="green">{t('mentees.status_open')}</Badge>
            ) : (
              <Badge color="gray">{t('mentees.noOpenCase')}</Badge>
            )}
            {m.restricted && !anonymised && <Badge color="orange">{t('mentees.pseudonymised')}</Badge>}
            {anonymised && <Badge color="gray">{t('mentees.anonymised')}</Badge>}
          </Group>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setDialog({ kind: 'profile' })}>
              {t('mentees.edit')}
            </Button>
            {openCase ? (
              <Button variant="default" onClick={() => setDialog({ kind: 'closeCase' })}>
                {t('cases.close')}
              </Button>
            ) : (
              <Button onClick={() => setDialog({ kind: 'newCase' })}>{t('cases.open')}</Button>
            )}
            <Button onClick={() => setDialog({ kind: 'newActivity' })}>{t('records.newActivity')}</Button>
            <Button onClick={() => setDialog({ kind: 'newPlacement' })}>{t('records.newPlacement')}</Button>
            <Button variant="light" onClick={() => setDialog({ kind: 'newReferral' })}>
              {t('records.newReferral')}
            </Button>
          </Group>
        )}
      </Group>
      {anonymised && (
        <Alert color="gray" title={t('mentees.anonymisedHeading')}>
          {t('mentees.anonymisedExplanation', { date: formatDate(m.anonymisedOn, i18n.language) })}
        </Alert>
      )}
      <Card withBorder component="section" aria-label={t('mentees.profile')}>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
          {!m.restricted &&
            !anonymised &&
            field(t('mentees.birthDate'), formatDate(m.birthDate, i18n.language))}
          {field(t('mentees.yearOfBirth'), m.yearOfBirth?.toString())}
          {field(t('mentees.gender'), label('gender', m.gender))}
          {field(t('mentees.nationality'), label('nationality', m.nationality))}
          {field(t('mentees.residenceStatus'), label('residenceStatus', m.residenceStatus))}
          {field(t('mentees.qualification'), label('qualification', m.qualification))}
          {field(t('mentees.recognitionStatus'), label('recognitionStatus', m.recognitionStatus))}
          {field(t('mentees.germanLevel'), label('germanLevel', m.germanLevel))}
          {field(t('mentees.district'), m.district ? districts.get(m.district) : null)}
          {field(t('mentees.referralSource'), label('referralSource', m.referralSource))}
          {!m.restricted && !anonymised && field(t('mentees.phone'), m.phone)}
          {!m.restricted && !anonymised && field(t('mentees.email'), m.email)}
          {!m.restricted && !anonymised && field(t('mentees.languages'), m.languages?.join(', '))}
          {field(
            t('mentees.consent'),
            m.consentInForce.map((scope) => label('consentScope', scope)).join(', ') ||
              t('mentees.noConsentInForce'),
          )}
        </SimpleGrid>
        {!m.restricted && m.notes && (
          <>
            <Divider my="sm" />
            <Text size="sm">{m.notes}</Text>
          </>
        )}
      </Card>
      {dataProtection?.(m)}
      <Stack gap="sm" component="section" aria-labelledby="timeline-heading">
        <Title order={3} id="timeline-heading">
          {t('timeline.heading')}
        </Title>
        {timeline.isPending && <Loading />}
        {timeline.isError && <ErrorMessage error={timeline.error} onRetry={() => void timeline.refetch()} />}
        {timeline.data && <MenteeTimeline data={timeline.data} canEdit={canEdit} onAction={setDialog} />}
      </Stack>
      <Modal
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={dialog ? t(`dialogs.${dialog.kind}`) : ''}
      >
        {dialog?.kind === 'profile' && (
          <MenteeForm mentee={m} onSaved={close} onCancel={close} onReload={reload} />
        )}
        {dialog?.kind === 'newCase' && (
          <CaseForm menteeId={m.id} projectId={workProject} onDone={close} onCancel={close} />
        )}
        {dialog?.kind === 'closeCase' && openCase && (
          <CaseForm
            menteeId={m.id}
            projectId={workProject}
            existing={openCase}
            closing
            onDone={close}
            onCancel={close}
            onReload={reload}
          />
        )}
        {dialog?.kind === 'case' && (
          <CaseForm
            menteeId={m.id}
            projectId={workProject}
            existing={dialog.record}
            onDone={close}
            onCancel={close}
            onReload={reload}
          />
        )}
        {dialog?.kind === 'newActivity' && (
          <ActivityForm menteeId={m.id} projectId={workProject} onDone={close} onCancel={close} />
        )}
        {dialog?.kind === 'activity' && (
          <ActivityForm
            menteeId={m.id}
            projectId={workProject}
            existing={dialog.record}
            onDone={close}
            onCancel={close}
            onReload={reload}
          />
        )}
        {dialog?.kind === 'newPlacement' && (
          <PlacementForm menteeId={m.id} projectId={workProject} onDone={close} onCancel={close} />
        )}
        {dialog?.kind === 'placement' && (
          <PlacementForm
            menteeId={m.id}
            projectId={workProject}
            existing={dialog.record}
            onDone={close}
            onCancel={close}
            onReload={reload}
          />
        )}
        {dialog?.kind === 'followUp' && (
          <FollowUpForm
            menteeId={m.id}
            followUp={dialog.record}
            onDone={close}
            onCancel={close}
            onReload={reload}
          />
        )}
        {dialog?.kind === 'newReferral' && (
          <ReferralForm menteeId={m.id} projectId={workProject} onDone={close} onCancel={close} />
        )}
        {dialog?.kind === 'referral' && (
          <ReferralForm
            menteeId={m.id}
            projectId={workProject}
            existing={dialog.record}
            onDone={close}
            onCancel={close}
            onReload={reload}
          />
        )}
      </Modal>
    </Stack>
  );
}
