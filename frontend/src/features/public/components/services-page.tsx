import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PUBLIC_LANGUAGES } from '@/lib/i18n';
import { SERVICE_KINDS, useServices, type IntegrationService } from '../api/public-api';
import { DistrictLookup } from './district-lookup';
import { PublicSelect } from '@/components/ui/public-fields';
import { LazyMap, type Place } from './lazy-map';
import { languageName } from './office-list';
import { PublicError, PublicLoading } from './public-state';

const SEARCHABLE_LANGUAGES = [...PUBLIC_LANGUAGES, 'fr', 'pl', 'cs', 'ro', 'tr'];

function ServiceCard({ service }: { service: IntegrationService }) {
  const { t, i18n } = useTranslation(['pages', 'public']);
  return (
    <Card withBorder component="article" aria-labelledby={`service-${service.id}`}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5" id={`service-${service.id}`} dir="auto">
            {service.name}
          </Title>
          {service.demo && <span className="amm-badge amm-badge-outline">{t('services.demo')}</span>}
        </Group>
        <Text size="sm" c="dimmed" dir="auto">
          {t(`services.kinds.${service.kind}`)} · {service.provider}
        </Text>
        {service.description && (
          <Text size="sm" dir="auto">
            {service.description}
          </Text>
        )}
        <Text size="sm" dir="auto">
          {service.address.street}, {service.address.postalCode} {service.address.city}
        </Text>
        {service.contact.openingHours && (
          <Text size="sm" dir="auto">
            {t('map.hours')}: {service.contact.openingHours}
          </Text>
        )}
        {service.contact.phone && (
          <Text size="sm">
            {t('map.phone')}:{' '}
            <Anchor href={`tel:${service.contact.phone.replace(/[^+0-9]/g, '')}`}>
              {service.contact.phone}
            </Anchor>
          </Text>
        )}
        {service.contact.email && (
          <Text size="sm">
            {t('map.email')}:{' '}
            <Anchor href={`mailto:${service.contact.email}`}>{service.contact.email}</Anchor>
          </Text>
        )}
        <Group gap={4}>
          {service.languages.map((code) => (
            <span key={code} className="amm-badge">
              {languageName(code, i18n.language)}
            </span>
          ))}
        </Group>
        {service.targetGroups.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('services.for')}: {service.targetGroups.map((g) => t(`services.audiences.${g}`)).join(', ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function servicePlaces(services: IntegrationService[], t: (key: string) => string): Place[] {
  return services.map((service) => ({
    id: service.id,
    latitude: Number(service.position.latitude),
    longitude: Number(service.position.longitude),
    title: service.name,
    subtitle: t(`services.kinds.${service.kind}`),
    lines: [`${service.address.street}, ${service.address.postalCode} ${service.address.city}`],
    links: service.contact.phone
      ? [{ href: `tel:${service.contact.phone.replace(/[^+0-9]/g, '')}`, label: service.contact.phone }]
      : [],
    kind: 'service' as const,
  }));
}

/** The finder of integration services: district (or postal code), kind and language, in the address; list and map. */
export function ServicesPage() {
  const { t, i18n } = useTranslation(['pages', 'public']);
  const [params, setParams] = useSearchParams();
  const district = params.get('district') ?? undefined;
  const kind = params.get('kind') ?? undefined;
  const language = params.get('language') ?? undefined;
  const update = useCallback(
    (name: string, value: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const onDistrict = useCallback((ags: string | undefined) => update('district', ags), [update]);
  const services = useServices({ district, kind, language });
  const places = useMemo(() => servicePlaces(services.data?.items ?? [], t), [services.data, t]);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('services.heading')}
        </Title>
        <Text maw={760}>{t('services.intro')}</Text>
      </Stack>
      <Stack gap="sm">
        <DistrictLookup district={district} onDistrict={onDistrict} idPrefix="services" />
        <Group gap="sm" align="flex-end">
          <PublicSelect
            label={t('services.kind')}
            placeholder={t('services.anyKind')}
            w={280}
            value={kind}
            onChange={(value) => update('kind', value)}
            data={SERVICE_KINDS.map((k) => ({ value: k, label: t(`services.kinds.${k}`) }))}
          />
          <PublicSelect
            label={t('services.language')}
            placeholder={t('services.anyLanguage')}
            w={220}
            value={language}
            onChange={(value) => update('language', value)}
            data={SEARCHABLE_LANGUAGES.map((code) => ({
              value: code,
              label: languageName(code, i18n.language),
            }))}
          />
        </Group>
      </Stack>
      {services.isPending && <PublicLoading />}
      {services.isError && <PublicError onRetry={() => void services.refetch()} />}
      {services.data && (
        <div className="amm-split">
          <Stack gap="sm" component="section" aria-labelledby="services-found">
            <Title order={2} size="h4" id="services-found" aria-live="polite">
              {services.data.district
                ? t('services.foundIn', {
                    count: services.data.total,
                    district: services.data.district.name,
                  })
                : t('services.found', { count: services.data.total })}
            </Title>
            {services.data.total === 0 && <Text>{t('services.none')}</Text>}
            <div className="amm-office-list">
              <Stack gap="sm">
                {services.data.items.map((service) => (
                  <ServiceCard key={service.id} service={service} />
                ))}
              </Stack>
            </div>
          </Stack>
          <div>
            <LazyMap places={places} />
          </div>
        </div>
      )}
    </Stack>
  );
}
