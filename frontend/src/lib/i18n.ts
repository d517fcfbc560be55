import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from '@locales/de.json';
import en from '@locales/en.json';
import publicAr from '@locales/public/ar.json';
import publicDe from '@locales/public/de.json';
import publicEn from '@locales/public/en.json';
import publicFa from '@locales/public/fa.json';
import publicRu from '@locales/public/ru.json';
import publicUk from '@locales/public/uk.json';

/** The staff screens' languages. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The public pages' languages: also those of the people the programme serves. */
export const PUBLIC_LANGUAGES = ['de', 'en', 'ar', 'uk', 'fa', 'ru'] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];

/** Each language's own name, for the language menu. */
export const LANGUAGE_NAMES: Record<PublicLanguage, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  uk: 'Українська',
  fa: 'فارسی / دری',
  ru: 'Русский',
};

const RIGHT_TO_LEFT = new Set(['ar', 'fa']);
const STORAGE_KEY = 'amm.language';

export const directionOf = (language: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr');

const isPublicLanguage = (value: string | null): value is PublicLanguage =>
  value !== null && (PUBLIC_LANGUAGES as readonly string[]).includes(value);

/** The language the visitor chose last (a preference, no personal data), German by default. */
export function storedLanguage(): PublicLanguage {
  const stored = typeof window !== 'undefined' ? window.localStorage.getItem(STORAGE_KEY) : null;
  return isPublicLanguage(stored) ? stored : 'de';
}

void i18n.use(initReactI18next).init({
  resources: {
    de: { translation: de, public: publicDe },
    en: { translation: en, public: publicEn },
    ar: { public: publicAr },
    uk: { public: publicUk },
    fa: { public: publicFa },
    ru: { public: publicRu },
  },
  lng: storedLanguage(),
  // staff screens exist in German and English: the other languages fall back to English there
  fallbackLng: { ar: ['en'], uk: ['en'], fa: ['en'], ru: ['en'], default: ['de'] },
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyToDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

/** Switches the UI language and remembers the choice. */
export function changeLanguage(language: PublicLanguage) {
  window.localStorage.setItem(STORAGE_KEY, language);
  return i18n.changeLanguage(language);
}

/** Shows a language for now without remembering it (staff screens in English for a visitor who chose Arabic). */
export function showLanguage(language: PublicLanguage) {
  return i18n.language === language ? Promise.resolve() : i18n.changeLanguage(language);
}

export default i18n;
