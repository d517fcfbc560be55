import { Alert, Button, Group, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, isStale } from '@/lib/api-client';

/**
 * The failure of a save, in words the user can act on, with the server's complaints about fields that the
 * form does not show (those it shows carry their message themselves), such as a consent the mentee has not
 * given. For a record someone else changed meanwhile (409/412) it offers to reload. Forms scroll to it when no field shows an error.
 */
export function ApiErrorAlert({
  error,
  unplaced = [],
  onReload,
}: {
  error: unknown;
  unplaced?: { label: string; message: string }[];
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const stale = isStale(error);
  return (
    <Alert
      color={stale ? 'orange' : 'red'}
      role="alert"
      title={t(errorMessageKey(error))}
      tabIndex={-1}
      data-form-alert
    >
      {unplaced.length > 0 && (
        <List size="sm">
          {unplaced.map(({ label, message }) => (
            <List.Item key={`${label}: ${message}`}>
              {label}: {message}
            </List.Item>
          ))}
        </List>
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
