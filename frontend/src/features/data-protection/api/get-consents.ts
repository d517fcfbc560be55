import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type ConsentState = components['schemas']['ConsentState'];
export type ConsentRecord = components['schemas']['ConsentRecord'];

export const getConsentsQueryOptions = (menteeId: string) =>
  queryOptions({
    queryKey: ['consents', menteeId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/mentees/{id}/consents', { params: { path: { id: menteeId } } }))).data,
  });

/** A mentee's consent: the scopes in force today and every declaration and withdrawal (the read is audited). */
export const useConsents = (menteeId: string) => useQuery(getConsentsQueryOptions(menteeId));

/** One declaration (one signed form): its scopes, as rows of the history share its id. */
export type Declaration = {
  declarationId: string;
  textVersion: string;
  givenOn: string;
  recordedBy: ConsentRecord['recordedBy'];
  recordedAt: string;
  hasForm: boolean;
  rows: ConsentRecord[];
};

/** The history's rows grouped by declaration, newest first (rows keep their order within a declaration). */
export function declarationsOf(history: readonly ConsentRecord[]): Declaration[] {
  const byId = new Map<string, Declaration>();
  for (const row of history) {
    const declaration = byId.get(row.declarationId);
    if (declaration) {
      declaration.rows.push(row);
      declaration.hasForm ||= row.hasForm;
    } else {
      byId.set(row.declarationId, {
        declarationId: row.declarationId,
        textVersion: row.textVersion,
        givenOn: row.givenOn,
        recordedBy: row.recordedBy,
        recordedAt: row.recordedAt,
        hasForm: row.hasForm,
        rows: [row],
      });
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.givenOn.localeCompare(a.givenOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
}
