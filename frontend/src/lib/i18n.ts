import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

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

type Texts = { default: Record<string, unknown> };

// Every locale file is a chunk of its own, loaded when its language is shown, so that a visitor downloads the texts
// of their language only. Four namespaces: `public` (the frame and the start page of the public pages, six
// languages), `pages` (the other public pages: map, finder, employers, mentors, legal; six languages, loaded with the
// first of them, see loadPublicPageTexts), `shared` (the frame, the project directory, the key results: what public
// pages and staff screens both show; German and English) and `translation` (the staff screens; loaded once a staff
// session starts, see loadStaffTexts).
const STAFF_TEXTS = import.meta.glob<Texts>('../../locales/*.json');
const SHARED_TEXTS = import.meta.glob<Texts>('../../locales/shared/*.json');
const PUBLIC_TEXTS = import.meta.glob<Texts>('../../locales/public/*.json');
const PAGE_TEXTS = import.meta.glob<Texts>('../../locales/pages/*.json');
const TEXTS: Record<string, Record<string, () => Promise<Texts>>> = {
  translation: STAFF_TEXTS,
  shared: SHARED_TEXTS,
  public: PUBLIC_TEXTS,
  pages: PAGE_TEXTS,
};
const folder: Record<string, string> = {
  translation: '',
  shared: 'shared/',
  public: 'public/',
  pages: 'pages/',
};

const lazyTexts: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = TEXTS[namespace]?.[`../../locales/${folder[namespace] ?? ''}${language}.json`];
    // staff screens have no Arabic, Ukrainian, Farsi or Russian texts: the fallback (English) stands in
    if (!load) return callback(null, {});
    load().then(
      (texts) => callback(null, texts.default),
      (error: unknown) => callback(error instanceof Error ? error : String(error), null),
    );
  },
};

/** Settled once the texts of the starting language are there (the app renders then). */
export const i18nReady = i18n
  .use(lazyTexts)
  .use(initReactI18next)
  .init({
    ns: ['shared', 'public'],
    // a key not among the shared texts is a staff screen's (t('mentees.…') and the like)
    defaultNS: 'shared',
    fallbackNS: 'translation',
    lng: storedLanguage(),
    // staff screens exist in German and English: the other languages fall back to English there
    // (every public text exists in all six languages, every other one in German and English: no other fallback)
    fallbackLng: { ar: ['en'], uk: ['en'], fa: ['en'], ru: ['en'], en: [], default: ['de'] },
    interpolation: { escapeValue: false },
    returnNull: false,
    // a language is switched once its texts are loaded: nothing waits in a Suspense boundary; the staff screens'
    // texts arriving later show at once
    // useTranslation(['pages', 'public']) looks a key up in each namespace in turn (not only in the first)
    react: { useSuspense: false, bindI18n: 'languageChanged loaded', nsMode: 'fallback' },
  })
  .then(
    () => undefined,
    () => undefined,
  );

/** Loads the texts of the public pages beyond the start page; such a page waits for them. */
export function loadPublicPageTexts(): Promise<void> {
  return i18n.loadNamespaces('pages');
}

/** Loads the staff screens' texts (in the current language and its fallbacks); a staff session waits for them. */
export function loadStaffTexts(): Promise<void> {
  return i18n.loadNamespaces('translation');
}

function applyToDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

applyToDocument(storedLanguage());
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
