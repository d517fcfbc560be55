import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditFilters } from '../api/get-audit-events';

/** The names of the audit screen's filters, as they stand in the URL and in the API's query. */
export const FILTER_NAMES = ['menteeId', 'entity', 'entityId', 'actor', 'action', 'from', 'to'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The filters in the URL's query (anything unknown or empty is left out; the server checks the rest). */
export function filtersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    if (name === 'action') {
      if ((AUDIT_ACTIONS as readonly string[]).includes(value))
        filters.action = value as AuditFilters['action'];
    } else if (name === 'entity') {
      if ((AUDIT_ENTITIES as readonly string[]).includes(value))
        filters.entity = value as AuditFilters['entity'];
    } else {
      filters[name] = value;
    }
  }
  return filters;
}

/** The page in the URL (1-based, as the pagination shows it). */
export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The URL's query with one filter set or cleared; a changed filter starts again at the first page. */
export function withFilter(params: URLSearchParams, name: FilterName | 'page', value: string | null) {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  if (name !== 'page') next.delete('page');
  return next;
}
