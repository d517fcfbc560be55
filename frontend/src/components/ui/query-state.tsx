import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '@/lib/api-client';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-label={t('common.loading')} />
    </Center>
  );
}

/** A failed query; what the server said about it (problem+json detail or field messages) below the title. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : undefined;
  const fields = problem?.errors ?? [];
  const details =
    fields.length > 0
      ? fields.map((field) => `${field.field}: ${field.message}`).join('; ')
      : problem?.detail;
  return (
    <Alert color="red" role="alert" title={t(errorMessageKey(error))}>
      <Stack gap="xs" align="flex-start">
        {details && <Text size="sm">{details}</Text>}
        {onRetry && (
          <Button variant="light" color="red" size="xs" onClick={onRetry}>
            {t('errors.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
