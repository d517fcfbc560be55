import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type AuditIntegrity = components['schemas']['AuditIntegrity'];

export const getAuditIntegrityQueryOptions = () =>
  queryOptions({
    queryKey: ['audit-integrity'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/audit/integrity'))).data,
  });

/** The state of the audit trail's hash chain: intact, or where it breaks first. */
export const useAuditIntegrity = () => useQuery(getAuditIntegrityQueryOptions());
