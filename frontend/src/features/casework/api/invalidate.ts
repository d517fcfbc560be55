import type { QueryClient } from '@tanstack/react-query';

/** After any change to a mentee's records: their page, the lists and the caseload are stale. */
export function invalidateMenteeRecords(queryClient: QueryClient, menteeId: string) {
  void queryClient.invalidateQueries({ queryKey: ['timeline', menteeId] });
  void queryClient.invalidateQueries({ queryKey: ['mentee', menteeId] });
  void queryClient.invalidateQueries({ queryKey: ['mentees'] });
  void queryClient.invalidateQueries({ queryKey: ['caseload'] });
}
