import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth';

export function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.authenticated) {
    return (
      <button type="button" className="amm-button" onClick={auth.login}>
        {/* on the public pages' header too: in all six languages */}
        {t('auth.login', { ns: 'public' })}
      </button>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" visibleFrom="sm">
        {t('auth.loggedInAs', { name: auth.name ?? auth.username })}
      </Text>
      <button type="button" className="amm-button amm-button-default" onClick={auth.logout}>
        {t('auth.logout')}
      </button>
    </Group>
  );
}
