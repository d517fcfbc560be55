import de from '@locales/de.json';
import en from '@locales/en.json';
import publicAr from '@locales/public/ar.json';
import publicDe from '@locales/public/de.json';
import publicEn from '@locales/public/en.json';
import publicFa from '@locales/public/fa.json';
import publicRu from '@locales/public/ru.json';
import publicUk from '@locales/public/uk.json';
import pagesAr from '@locales/pages/ar.json';
import pagesDe from '@locales/pages/de.json';
import pagesEn from '@locales/pages/en.json';
import pagesFa from '@locales/pages/fa.json';
import pagesRu from '@locales/pages/ru.json';
import pagesUk from '@locales/pages/uk.json';
import sharedDe from '@locales/shared/de.json';
import sharedEn from '@locales/shared/en.json';
import { directionOf, PUBLIC_LANGUAGES } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]!).sort();
}

function valueAt(texts: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
}

// staff screens: German and English; public pages: the six languages of the people the programme serves
const namespaces = {
  staff: { de, en },
  shared: { de: sharedDe, en: sharedEn },
  public: { de: publicDe, en: publicEn, ar: publicAr, uk: publicUk, fa: publicFa, ru: publicRu },
  pages: { de: pagesDe, en: pagesEn, ar: pagesAr, uk: pagesUk, fa: pagesFa, ru: pagesRu },
};

describe.each(Object.entries(namespaces))('translations (%s)', (_namespace, languages) => {
  it.each(Object.entries(languages))('%s has every key of the others', (_name, texts) => {
    const own = new Set(keys(texts));
    const all = new Set(Object.values(languages).flatMap((other) => keys(other)));
    expect([...all].filter((key) => !own.has(key))).toEqual([]);
  });

  it.each(Object.entries(languages))('%s has no empty texts', (_name, texts) => {
    const empty = keys(texts).filter((key) => {
      const value = valueAt(texts, key);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it.each(Object.entries(languages))('%s fills the same placeholders as German', (_name, texts) => {
    const wrong = keys(languages.de).filter(
      (key) =>
        JSON.stringify(placeholders(String(valueAt(texts, key)))) !==
        JSON.stringify(placeholders(String(valueAt(languages.de, key)))),
    );
    expect(wrong).toEqual([]);
  });
});

describe('public languages', () => {
  it('has a translation file for every language offered', () => {
    expect(Object.keys(namespaces.public).sort()).toEqual([...PUBLIC_LANGUAGES].sort());
  });

  it('reads Arabic and Farsi from right to left, the others from left to right', () => {
    expect(PUBLIC_LANGUAGES.filter((language) => directionOf(language) === 'rtl')).toEqual(['ar', 'fa']);
  });
});
