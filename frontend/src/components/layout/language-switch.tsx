import { NativeSelect, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGE_NAMES, type PublicLanguage } from '@/lib/i18n';

/** German and English as a toggle (staff screens); the six public languages as a menu, each in its own name. */
export function LanguageSwitch({ languages }: { languages: readonly PublicLanguage[] }) {
  const { t, i18n } = useTranslation();
  if (languages.length <= 2) {
    return (
      <SegmentedControl
        size="xs"
        aria-label={t('language.label')}
        value={i18n.language}
        onChange={(value) => void changeLanguage(value as PublicLanguage)}
        data={languages.map((language) => ({ value: language, label: language.toUpperCase() }))}
      />
    );
  }
  return (
    <NativeSelect
      size="xs"
      aria-label={t('language.label', { ns: 'public' })}
      value={i18n.language}
      onChange={(event) => void changeLanguage(event.currentTarget.value as PublicLanguage)}
      data={languages.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
    />
  );
}
