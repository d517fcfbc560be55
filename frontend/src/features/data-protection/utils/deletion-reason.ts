import { ApiError } from '@/lib/api-client';

/** Why the server keeps a mentee from being deleted as entered by mistake (see docs/gdpr.md, Erasure). */
export type DeletionReason =
  { key: 'window'; days: number } | { key: 'otherProject' } | { key: 'report' } | { key: 'unknown' };

/**
 * The reason of a `409 deletion-not-allowed`, for the UI's own words. The problem carries it only in its
 * (English) detail, so the known reasons are recognised there; any other detail is an unknown reason, for which
 * the UI names the rules in general.
 */
export function deletionReasonOf(error: unknown): DeletionReason {
  const detail = error instanceof ApiError ? (error.problem?.detail ?? '') : '';
  const window = /within (\d+) days/i.exec(detail);
  if (window) return { key: 'window', days: Number(window[1]) };
  if (/another project/i.test(detail)) return { key: 'otherProject' };
  if (/report/i.test(detail)) return { key: 'report' };
  return { key: 'unknown' };
}
