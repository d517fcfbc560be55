import { Stack, Text, Title } from '@mantine/core';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '@/lib/api-client';
import { useEnquiryForm, useSendEnquiry } from '../api/enquiry-api';
import { projectsServing, useOffices } from '../api/public-api';
import { DistrictLookup } from './district-lookup';
import {
  PublicCheckbox,
  PublicNotice,
  PublicSelect,
  PublicTextArea,
  PublicTextField,
} from '@/components/ui/public-fields';
import { ProjectOffices } from './office-list';
import { useFieldError } from './public-state';

type Fields = {
  company: string;
  contactName: string;
  email: string;
  phone: string;
  message: string;
  website: string;
};
const EMPTY: Fields = { company: '', contactName: '', email: '', phone: '', message: '', website: '' };

/** The enquiry of an employer to the project responsible for the district; abuse is kept out by the server. */
function EnquiryForm({ district, projects }: { district: string; projects: { id: string; name: string }[] }) {
  const { t } = useTranslation(['pages', 'public']);
  const form = useEnquiryForm();
  const send = useSendEnquiry();
  const fieldError = useFieldError();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [consent, setConsent] = useState(false);
  const [projectId, setProjectId] = useState<string | null>(projects[0]?.id ?? null);
  // the value is read at once: React clears the event's currentTarget before a state updater runs
  const set = (name: keyof Fields) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setFields((current) => ({ ...current, [name]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.data) return;
    send.mutate({
      formToken: form.data.formToken,
      company: fields.company,
      contactName: fields.contactName,
      email: fields.email || undefined,
      phone: fields.phone || undefined,
      district,
      projectId: projectId ?? undefined,
      message: fields.message,
      consent,
      website: fields.website || undefined,
    });
  };
  if (send.isSuccess) {
    return <PublicNotice tone="success" title={t('employers.sent', { project: send.data.projectName })} />;
  }
  const error = (field: string) => fieldError(send.error, field);
  const tooMany = send.error instanceof ApiError && send.error.status === 429;
  return (
    <form onSubmit={submit} aria-labelledby="enquiry-heading" noValidate>
      <Stack gap="sm" maw={560}>
        <Title order={2} size="h3" id="enquiry-heading">
          {t('employers.formHeading')}
        </Title>
        <Text size="sm">{t('employers.formIntro')}</Text>
        {projects.length > 1 && (
          <PublicSelect
            label={t('employers.project')}
            value={projectId ?? undefined}
            onChange={(value) => setProjectId(value ?? null)}
            data={projects.map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
        <PublicTextField
          label={t('employers.company')}
          required
          maxLength={200}
          value={fields.company}
          onChange={set('company')}
          error={error('company')}
          autoComplete="organization"
        />
        <PublicTextField
          label={t('employers.contactName')}
          required
          maxLength={200}
          value={fields.contactName}
          onChange={set('contactName')}
          error={error('contactName')}
          autoComplete="name"
        />
        <PublicTextField
          label={t('employers.email')}
          type="email"
          maxLength={254}
          value={fields.email}
          onChange={set('email')}
          error={error('email')}
          autoComplete="email"
        />
        <PublicTextField
          label={t('employers.phone')}
          type="tel"
          maxLength={40}
          value={fields.phone}
          onChange={set('phone')}
          error={error('phone')}
          autoComplete="tel"
        />
        <PublicTextArea
          label={t('employers.message')}
          required
          maxLength={2000}
          rows={4}
          value={fields.message}
          onChange={set('message')}
          error={error('message')}
        />
        {/* a field people do not see: whoever fills it in is a bot */}
        <div className="amm-honeypot" aria-hidden="true">
          <label htmlFor="enquiry-website">{t('employers.website')}</label>
          <input
            id="enquiry-website"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={fields.website}
            onChange={set('website')}
          />
        </div>
        <PublicCheckbox
          label={t('employers.consent')}
          checked={consent}
          onChange={setConsent}
          error={error('consent')}
        />
        {(error('formToken') ||
          tooMany ||
          (send.isError && !(send.error instanceof ApiError && send.error.status === 400))) && (
          <PublicNotice tone="error">
            {tooMany ? t('employers.tooMany') : (error('formToken') ?? t('common.error'))}
          </PublicNotice>
        )}
        <button
          type="submit"
          className="amm-button"
          disabled={!form.data || send.isPending}
          aria-busy={send.isPending}
        >
          {t('employers.send')}
        </button>
      </Stack>
    </form>
  );
}

/** "Fachkräfte finden": the project responsible for an employer's place, its contacts, and an enquiry form. */
export function EmployerPage() {
  const { t } = useTranslation(['pages', 'public']);
  const [params, setParams] = useSearchParams();
  const district = params.get('district') ?? undefined;
  const onDistrict = useCallback(
    (ags: string | undefined) => setParams(ags ? { district: ags } : {}, { replace: true }),
    [setParams],
  );
  const offices = useOffices();
  const serving = projectsServing(offices.data, district);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('employers.heading')}
        </Title>
        <Text maw={760}>{t('employers.intro')}</Text>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="responsible-heading">
        <Title order={2} size="h3" id="responsible-heading">
          {t('employers.findHeading')}
        </Title>
        <DistrictLookup district={district} onDistrict={onDistrict} idPrefix="employers" />
      </Stack>
      {district && offices.data && (
        <div className="amm-split amm-split-5-7">
          <Stack gap="sm">
            {serving.length === 0 && <Text>{t('lookup.none')}</Text>}
            {serving.map((office) => (
              <ProjectOffices
                key={office.projectId}
                offices={offices.data.filter((o) => o.projectId === office.projectId)}
              />
            ))}
          </Stack>
          <div>
            {serving.length > 0 && (
              <EnquiryForm
                key={district}
                district={district}
                projects={serving.map((o) => ({ id: o.projectId, name: o.projectName }))}
              />
            )}
          </div>
        </div>
      )}
    </Stack>
  );
}
