import de from '@locales/de.json';
import en from '@locales/en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  const languages = { de, en };

  it.each(Object.entries(languages))('%s has every key of the others', (_name, texts) => {
    const own = new Set(keys(texts));
    const all = new Set(Object.values(languages).flatMap((other) => keys(other)));
    expect([...all].filter((key) => !own.has(key))).toEqual([]);
  });

  it.each(Object.entries(languages))('%s has no empty texts', (_name, texts) => {
    const empty = keys(texts).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
