import type { QueryClient } from '@tanstack/react-query';

/**
 * After any change to a mentee's records (case work, consent, erasure): their page, the lists and the caseload
 * are stale.
 */
export function invalidateMenteeRecords(queryClient: QueryClient, menteeId: string) {
  void queryClient.invalidateQueries({ queryKey: ['timeline', menteeId] });
  void queryClient.invalidateQueries({ queryKey: ['mentee', menteeId] });
  void queryClient.invalidateQueries({ queryKey: ['consents', menteeId] });
  void queryClient.invalidateQueries({ queryKey: ['mentees'] });
  void queryClient.invalidateQueries({ queryKey: ['caseload'] });
}

/** After a mentee was deleted: nothing of theirs is to be shown again, the lists and the caseload are stale. */
export function forgetMentee(queryClient: QueryClient, menteeId: string) {
  queryClient.removeQueries({ queryKey: ['timeline', menteeId] });
  queryClient.removeQueries({ queryKey: ['mentee', menteeId] });
  queryClient.removeQueries({ queryKey: ['consents', menteeId] });
  void queryClient.invalidateQueries({ queryKey: ['mentees'] });
  void queryClient.invalidateQueries({ queryKey: ['caseload'] });
}
