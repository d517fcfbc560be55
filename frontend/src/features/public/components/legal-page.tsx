import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Impressum, privacy notice and accessibility statement: placeholders the operator fills in. */
export function LegalPage({ page }: { page: 'imprint' | 'privacy' | 'accessibility' }) {
  const { t } = useTranslation(['pages', 'public']);
  return (
    <Stack gap="sm" maw={760}>
      <Title order={1} size="h2">
        {t(`legal.${page}.heading`)}
      </Title>
      <Text>{t(`legal.${page}.text`)}</Text>
    </Stack>
  );
}
