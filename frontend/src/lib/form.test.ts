import i18n, { changeLanguage } from '@/lib/i18n';
import { fieldErrorText } from './form';

const error = (code: string, params: Record<string, string> = {}) => ({
  field: 'to',
  code,
  params,
  message: 'the server’s own words',
});

describe('server field errors in the UI’s language', () => {
  it('write a day among the parameters as the language writes it', async () => {
    expect(fieldErrorText(error('completed_months', { max: '2026-10-31' }), i18n)).toBe(
      'Darf nicht nach dem 31.10.2026 liegen, dem Ende des letzten abgeschlossenen Monats.',
    );
    await changeLanguage('en');
    expect(fieldErrorText(error('completed_months', { max: '2026-10-31' }), i18n)).toBe(
      'Must not be later than 31/10/2026, the end of the last completed month.',
    );
  });

  it('name another field by its label, and leave other parameters as they are', () => {
    const labels: Record<string, string> = { projectId: 'Projekt' };
    expect(fieldErrorText(error('not_with', { other: 'projectId' }), i18n, (path) => labels[path])).toBe(
      'Kann nicht mit „Projekt“ kombiniert werden.',
    );
    expect(fieldErrorText(error('not_with', { other: 'somethingElse' }), i18n)).toBe(
      'Kann nicht mit „somethingElse“ kombiniert werden.',
    );
    expect(fieldErrorText(error('too_many_groups', { max: '40' }), i18n)).toBe(
      'Der Zeitraum hat mehr als 40 Gruppen; bitte kürzen.',
    );
  });

  it('keep the server’s words for a code the app does not know, or none', () => {
    expect(fieldErrorText(error('brand_new_rule'), i18n)).toBe('the server’s own words');
    expect(
      fieldErrorText({ field: 'to', message: 'just words' } as Parameters<typeof fieldErrorText>[0], i18n),
    ).toBe('just words');
  });
});
