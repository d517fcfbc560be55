import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opens a mentee's consent and requests by the id a request names (the DPO sees no case records or names). */
export function MenteeLookup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [id, setId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = id.trim();
    if (!UUID.test(trimmed)) {
      setError(t('dataProtection.lookup.invalid'));
      return;
    }
    void navigate(`/data-protection/mentees/${trimmed.toLowerCase()}`);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="lookup-heading">
      <Title order={3} id="lookup-heading">
        {t('dataProtection.lookup.heading')}
      </Title>
      <Text size="sm">{t('dataProtection.lookup.hint')}</Text>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput
            label={t('dataProtection.lookup.id')}
            value={id}
            onChange={(event) => {
              setId(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            w={420}
            spellCheck={false}
          />
          <Button type="submit" mt={25}>
            {t('dataProtection.lookup.open')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
