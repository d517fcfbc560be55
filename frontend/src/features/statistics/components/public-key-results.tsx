import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { usePublicKeyResults } from '../api/get-public-key-results';
import { KeyResultTiles } from './key-result-tiles';
import { QuerySection } from './query-section';

/** The programme's headline figures for everyone, on the welcome page. */
export function PublicKeyResults() {
  const { t, i18n } = useTranslation();
  const results = usePublicKeyResults();
  return (
    <Stack gap="sm" component="section" aria-labelledby="public-key-results-heading">
      <Title order={3} id="public-key-results-heading">
        {t('statistics.public.heading')}
      </Title>
      <QuerySection query={results}>
        {(data) => (
          <>
            <Text size="sm" c="dimmed">
              {t('statistics.public.period', {
                from: formatDate(data.period.from, i18n.language),
                to: formatDate(data.period.to, i18n.language),
              })}
            </Text>
            <KeyResultTiles results={data} />
          </>
        )}
      </QuerySection>
    </Stack>
  );
}
