import type { TFunction } from 'i18next';
import type { FieldError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The label of a code of a parameter (the `scope` of `consent_missing`) in the UI's language, if known. */
export type CodeLabelOf = (param: string, code: string) => string | undefined;

/**
 * A server field error in the UI's language: the text for its code from the locales, with the parameters
 * filled in (a day, such as the `max` of `completed_months`, as the language writes it; another field by its
 * label where the form knows it; a code, such as a consent scope, by its label); the server's own words for a
 * code the app does not know yet.
 */
export function fieldErrorText(
  error: FieldError,
  i18n: { t: TFunction; exists: (key: string) => boolean; language: string },
  labelOf: (path: string) => string | undefined = () => undefined,
  codeLabelOf: CodeLabelOf = () => undefined,
): string {
  const key = `fieldErrors.${error.code}`;
  if (!error.code || !i18n.exists(key)) return error.message;
  const params = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([name, value]) => [
      name,
      DAY.test(value)
        ? formatDate(value, i18n.language)
        : name === 'other'
          ? (labelOf(value) ?? value)
          : (codeLabelOf(name, value) ?? value),
    ]),
  );
  return i18n.t(key, params);
}
