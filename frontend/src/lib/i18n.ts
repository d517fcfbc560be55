import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '@locales/de.json';
import en from '@locales/en.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'amm.language';

function initialLanguage(): Language {
  const stored = typeof window !== 'undefined' ? window.localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' || stored === 'de' ? stored : 'de';
}

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;

/** Switches the UI language and remembers the choice (a preference, no personal data). */
export function changeLanguage(language: Language) {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  return i18n.changeLanguage(language);
}

export default i18n;
