import { Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth';
import { canManageRetention, isDataProtectionOfficer } from '@/lib/authorization';
import { MenteeLookup } from './mentee-lookup';
import { RetentionPanel } from './retention-panel';

/** The data-protection officer's desk (and the operator's retention view): a mentee by id, and retention. */
export function DataProtectionOverview({ heading = true }: { heading?: boolean }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const officer = isDataProtectionOfficer(auth.roles);
  return (
    <Stack gap="lg">
      {heading && <Title order={2}>{t('dataProtection.heading')}</Title>}
      {officer && <MenteeLookup />}
      {officer && canManageRetention(auth.roles) && <Divider />}
      {canManageRetention(auth.roles) && <RetentionPanel menteeLinks={officer} />}
    </Stack>
  );
}
