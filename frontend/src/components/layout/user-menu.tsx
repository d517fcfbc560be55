import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth';

export function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.authenticated) {
    return <Button onClick={auth.login}>{t('auth.login')}</Button>;
  }
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" visibleFrom="sm">
        {t('auth.loggedInAs', { name: auth.name ?? auth.username })}
      </Text>
      <Button variant="default" onClick={auth.logout}>
        {t('auth.logout')}
      </Button>
    </Group>
  );
}
