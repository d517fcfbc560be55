import { formatDate, formatDateTime, formatNumber, formatPercent } from './format';

describe('formats', () => {
  it.each([
    ['2027-02-28', 'de', '28.2.2027'],
    ['2027-02-28', 'en', '28/02/2027'],
    ['2026-11-29', 'de', '29.11.2026'],
    ['2026-01-01', 'de', '1.1.2026'],
    [null, 'de', '–'],
  ])('writes the day %s in %s as %s, in any zone', (day, language, text) => {
    expect(formatDate(day, language)).toBe(text);
  });

  it('shows a moment on Berlin’s clock', () => {
    expect(formatDateTime('2026-11-28T23:56:00Z', 'de')).toBe('29.11.2026, 00:56');
    expect(formatDateTime('2026-07-01T10:00:00Z', 'en')).toBe('1 Jul 2026, 12:00');
  });

  it('writes numbers and shares as the language does', () => {
    expect(formatNumber(4794, 'de')).toBe('4.794');
    expect(formatNumber(4794, 'en')).toBe('4,794');
    expect(formatPercent(0.35, 'de')).toBe('35\u00a0%');
    expect(formatPercent(null, 'en')).toBe('–');
  });
});
