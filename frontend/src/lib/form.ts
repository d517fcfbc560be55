import type { TFunction } from 'i18next';
import { z } from 'zod';
import { today } from '@/lib/clock';
export { fieldErrorText, type CodeLabelOf } from '@/lib/field-error-text';

/** What a record form hands to its mutation: the checked values and the key that makes a retry safe. */
export type SaveRequest<TValues> = { values: TValues; idempotencyKey: string };

/** An empty form field ('' or null) as an absent value in the request. */
export function optional<T>(value: T | '' | null | undefined): T | undefined {
  return value === '' || value === null ? undefined : value;
}

/** A day of a record (YYYY-MM-DD, '' when left empty) that must not lie after today in the programme. */
export function dayUntilToday(t: TFunction, { required = false } = {}) {
  const day = required ? z.string().min(1, t('validation.required')) : z.string();
  return day.refine((value) => value === '' || value <= today(), t('validation.notInFuture'));
}

/** Text of at most `max` characters. */
export function text(t: TFunction, max: number, { required = false } = {}) {
  const trimmed = z.string().trim();
  return (required ? trimmed.min(1, t('validation.required')) : trimmed).max(
    max,
    t('validation.tooLong', { max }),
  );
}

const PHONE = /^\+?[0-9 ()/-]{5,40}$/;

/** A phone number, or '' for none. */
export const phone = (t: TFunction) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || PHONE.test(value), t('validation.phone'));

/** An e-mail address, or '' for none. */
export const email = (t: TFunction) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || z.email().safeParse(value).success, t('validation.email'));

/** Where a server field error belongs in a form: the form's field, and the entry of a list field. */
export type ErrorPlace = { name: string; entry?: number };

/**
 * The form field for a field path of the API (`firstName`, `consent.givenOn`, `languages[2]`): the form's own
 * name for it where it names it differently, and list entries at their list (entry counted from 1).
 */
export function placeOf(path: string, fieldNames: Readonly<Record<string, string>> = {}): ErrorPlace {
  const named = fieldNames[path];
  if (named) return { name: named };
  const entry = /\[(\d+)\]$/.exec(path);
  const list = path.replace(/\[\d+\]/g, '');
  return { name: fieldNames[list] ?? list, entry: entry ? Number(entry[1]) + 1 : undefined };
}
