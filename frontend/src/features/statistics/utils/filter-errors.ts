import { ApiError, type FieldError } from '@/lib/api-client';
import { placeOf } from '@/lib/form';

/** The query parameters of the statistics filters, as the API names them in its field errors. */
export const FILTER_PARAMETERS = ['from', 'to', 'phase', 'projectId', 'district', 'targetGroup'] as const;
export type FilterParameter = (typeof FILTER_PARAMETERS)[number];

export type FilterErrors = {
  /** The field errors about each filter, to show at its control. */
  byParameter: Partial<Record<FilterParameter, FieldError[]>>;
  /** Field errors about anything else, to show apart. */
  others: FieldError[];
};

const isFilterParameter = (name: string): name is FilterParameter =>
  (FILTER_PARAMETERS as readonly string[]).includes(name);

/**
 * The server's objections to the filters of a statistics request it refused (400 with field errors), by query
 * parameter (`district[1]` is the district filter); null when the request was not refused for its fields.
 */
export function filterErrorsOf(error: unknown): FilterErrors | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const errors = error.problem?.errors ?? [];
  if (errors.length === 0) return null;
  const result: FilterErrors = { byParameter: {}, others: [] };
  for (const fieldError of errors) {
    const { name } = placeOf(fieldError.field);
    if (isFilterParameter(name)) (result.byParameter[name] ??= []).push(fieldError);
    else result.others.push(fieldError);
  }
  return result;
}
