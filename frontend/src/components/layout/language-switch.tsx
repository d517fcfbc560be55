import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGE_NAMES, type PublicLanguage } from '@/lib/i18n';

/** The languages as a menu, each in its own name: German and English on staff screens, six on public pages. */
export function LanguageSwitch({ languages }: { languages: readonly PublicLanguage[] }) {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="amm-language"
      aria-label={t('language.label', { ns: 'public' })}
      value={i18n.language}
      onChange={(event) => void changeLanguage(event.currentTarget.value as PublicLanguage)}
    >
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
