import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '@/lib/api-client';

/**
 * The failure of a save, in words the user can act on. For a record someone else changed meanwhile
 * (409/412) it offers to reload.
 */
export function ApiErrorAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const stale = error instanceof ApiError && [409, 412, 428].includes(error.status);
  const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <Alert color={stale ? 'orange' : 'red'} role="alert" title={t(errorMessageKey(error))}>
      {fields.length > 0 && (
        <Text size="sm">{fields.map((field) => `${field.field}: ${field.message}`).join('; ')}</Text>
      )}
      {stale && onReload && (
        <Group mt="xs">
          <Button size="xs" variant="light" color="orange" onClick={onReload}>
            {t('errors.reload')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
