import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api-client';

/** Shows the server's field messages (validation problems) at the fields they name. */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>) {
  if (!(error instanceof ApiError)) return;
  for (const fieldError of error.problem?.errors ?? []) {
    setError(fieldError.field.replace(/\[(\d+)\]/g, '.$1') as Path<T>, { message: fieldError.message });
  }
}

/** Empty form fields become absent values in the request. */
export function blankToUndefined<T extends Record<string, unknown>>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value === '' || value === null ? undefined : value]),
  ) as T;
}
