import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components, operations } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditQuery = NonNullable<operations['listAuditEvents']['parameters']['query']>;
export type AuditFilters = Omit<AuditQuery, 'page' | 'size' | 'sort'>;
export type AuditAction = NonNullable<AuditQuery['action']>;
export type AuditEntity = NonNullable<AuditQuery['entity']>;

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'read',
  'create',
  'update',
  'delete',
  'refused',
  'export',
  'erase',
  'withdraw',
];

export const AUDIT_ENTITIES: readonly AuditEntity[] = [
  'mentee',
  'case',
  'activity',
  'placement',
  'follow_up',
  'referral',
  'consent',
  'employer',
  'project',
  'member',
  'report',
  'audit',
];

export const getAuditEventsQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: ['audit', query],
    queryFn: async () => (await unwrap(api.GET('/api/v1/audit', { params: { query } }))).data,
    placeholderData: keepPreviousData,
  });

/** One page of the audit trail, newest first (reading it is not itself a read of personal data). */
export const useAuditEvents = (query: AuditQuery) => useQuery(getAuditEventsQueryOptions(query));
