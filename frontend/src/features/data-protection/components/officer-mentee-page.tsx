import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsentSection } from './consent-section';
import { SubjectRequests } from './subject-requests';

/**
 * A mentee as the data-protection officer handles their requests: by id, without the case records; the consent
 * with its history and signed forms, a withdrawal, the access answer and the anonymisation.
 */
export function OfficerMenteePage({ menteeId }: { menteeId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/data-protection" size="sm">
          {t('dataProtection.backToDesk')}
        </Anchor>
        <Title order={2}>{t('dataProtection.menteeHeading')}</Title>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {menteeId}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('dataProtection.menteeHint')}
        </Text>
      </Stack>
      <ConsentSection
        menteeId={menteeId}
        may={{ declare: false, withdraw: true, uploadForm: false, readForm: true }}
      />
      <SubjectRequests menteeId={menteeId} mayDelete={false} afterDeletion="/data-protection" />
    </Stack>
  );
}
