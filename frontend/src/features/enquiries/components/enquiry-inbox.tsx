import { Alert, Anchor, Badge, Button, Card, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { worksOnCasesIn } from '@/lib/authorization';
import { districtNames, useDistricts } from '@/lib/districts';
import { formatDateTime } from '@/lib/format';
import { useMe } from '@/lib/me';
import { useConvertEnquiry, useSetEnquiryStatus } from '../api/change-enquiry';
import { ENQUIRY_STATUSES, useEnquiries, type Enquiry, type EnquiryStatus } from '../api/get-enquiries';

/** The choice of no filter in a select. */
const ALL = 'all';

const STATUS_COLOURS: Record<EnquiryStatus, string> = { new: 'blue', contacted: 'violet', closed: 'gray' };

/**
 * The inbox of employers' enquiries from the public page "Fachkräfte finden": the projects' mentors and leads see
 * what came in, note that they contacted the company or closed the enquiry, and take a company over as an employer
 * of their project.
 */
export function EnquiryInbox() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const ownProjects = (me.data?.projects ?? []).filter(worksOnCasesIn);
  const projectNames = new Map(ownProjects.map((p) => [p.id, p.name]));
  const [status, setStatus] = useState<EnquiryStatus | ''>('');
  const [projectId, setProjectId] = useState('');
  const enquiries = useEnquiries({ status: status || undefined, projectId: projectId || undefined });
  const districts = districtNames(useDistricts().data);
  const setEnquiryStatus = useSetEnquiryStatus();
  const convert = useConvertEnquiry();
  const [converting, setConverting] = useState<Enquiry | null>(null);
  const [notice, setNotice] = useState<{ text: string; employers: boolean } | null>(null);

  const mark = (enquiry: Enquiry, next: EnquiryStatus) => {
    setNotice(null);
    convert.reset();
    setEnquiryStatus.mutate(
      { enquiry, status: next },
      {
        onSuccess: () =>
          setNotice({
            text: t('enquiries.marked', { company: enquiry.company, status: t(`enquiries.status.${next}`) }),
            employers: false,
          }),
      },
    );
  };

  const confirmConvert = async () => {
    if (!converting) return;
    setNotice(null);
    setEnquiryStatus.reset();
    await convert.mutateAsync(converting);
    setNotice({ text: t('enquiries.converted', { company: converting.company }), employers: true });
    setConverting(null);
  };

  return (
    <Stack gap="md">
      <Title order={2}>{t('enquiries.heading')}</Title>
      <Text c="dimmed">{t('enquiries.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('enquiries.statusFilter')}
          value={status || ALL}
          onChange={(value) => setStatus(!value || value === ALL ? '' : (value as EnquiryStatus))}
          allowDeselect={false}
          data={[
            { value: ALL, label: t('enquiries.allStatuses') },
            ...ENQUIRY_STATUSES.map((s) => ({ value: s, label: t(`enquiries.status.${s}`) })),
          ]}
          maw={240}
        />
        {ownProjects.length > 1 && (
          <Select
            label={t('mentees.project')}
            value={projectId || ALL}
            onChange={(value) => setProjectId(!value || value === ALL ? '' : value)}
            allowDeselect={false}
            data={[
              { value: ALL, label: t('enquiries.allProjects') },
              ...ownProjects.map((p) => ({ value: p.id, label: p.name })),
            ]}
            maw={320}
          />
        )}
      </Group>
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          <Stack gap={4} align="flex-start">
            <Text size="sm">{notice.text}</Text>
            {notice.employers && (
              <Anchor component={Link} to="/employers" size="sm">
                {t('enquiries.toEmployers')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
      <ApiErrorAlert error={setEnquiryStatus.error} onReload={() => void enquiries.refetch()} />
      {enquiries.isPending && <Loading />}
      {enquiries.isError && <ErrorMessage error={enquiries.error} onRetry={() => void enquiries.refetch()} />}
      {enquiries.data && enquiries.data.length === 0 && <Text>{t('enquiries.empty')}</Text>}
      {enquiries.data && enquiries.data.length > 0 && (
        <Stack gap="sm" component="ul" className="amm-plain-list" aria-label={t('enquiries.list')}>
          {enquiries.data.map((enquiry) => (
            <Card
              key={enquiry.id}
              component="li"
              withBorder
              padding="md"
              aria-labelledby={`enquiry-${enquiry.id}`}
            >
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Title order={3} size="h4" id={`enquiry-${enquiry.id}`}>
                    {enquiry.company}
                  </Title>
                  <Badge color={STATUS_COLOURS[enquiry.status]} variant="light">
                    {t(`enquiries.status.${enquiry.status}`)}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('enquiries.received', { date: formatDateTime(enquiry.receivedAt, i18n.language) })} ·{' '}
                  {districts.get(enquiry.district) ?? enquiry.district}
                  {ownProjects.length > 1 && projectNames.has(enquiry.projectId)
                    ? ` · ${projectNames.get(enquiry.projectId)}`
                    : ''}
                </Text>
                <Text size="sm">
                  {enquiry.contactName}
                  {enquiry.email && (
                    <>
                      {' · '}
                      <Anchor href={`mailto:${enquiry.email}`}>{enquiry.email}</Anchor>
                    </>
                  )}
                  {enquiry.phone && (
                    <>
                      {' · '}
                      <Anchor href={`tel:${enquiry.phone.replace(/[^+\d]/g, '')}`}>{enquiry.phone}</Anchor>
                    </>
                  )}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {enquiry.message}
                </Text>
                <Group gap="xs">
                  {ENQUIRY_STATUSES.filter((s) => s !== enquiry.status).map((s) => (
                    <Button
                      key={s}
                      size="xs"
                      variant="light"
                      loading={
                        setEnquiryStatus.isPending &&
                        setEnquiryStatus.variables?.enquiry.id === enquiry.id &&
                        setEnquiryStatus.variables.status === s
                      }
                      onClick={() => mark(enquiry, s)}
                      aria-label={`${t(`enquiries.mark.${s}`)}: ${enquiry.company}`}
                    >
                      {t(`enquiries.mark.${s}`)}
                    </Button>
                  ))}
                  {enquiry.status !== 'closed' && (
                    <Button
                      size="xs"
                      onClick={() => {
                        convert.reset();
                        setConverting(enquiry);
                      }}
                      aria-label={`${t('enquiries.convert')}: ${enquiry.company}`}
                    >
                      {t('enquiries.convert')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <Modal opened={converting !== null} onClose={() => setConverting(null)} title={t('enquiries.convert')}>
        <Stack gap="sm">
          <Text>{converting && t('enquiries.convertConfirm', { company: converting.company })}</Text>
          <ApiErrorAlert
            error={convert.error}
            onReload={() => {
              void enquiries.refetch();
              setConverting(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConverting(null)}>
              {t('common.cancel')}
            </Button>
            <Button loading={convert.isPending} onClick={() => void confirmConvert().catch(() => undefined)}>
              {t('enquiries.convertSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
