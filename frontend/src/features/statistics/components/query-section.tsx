import type { ReactNode } from 'react';
import { ErrorMessage, Loading } from '@/components/ui/query-state';

/** The failure, the loading or the data of a statistics query (nothing while it waits for valid filters). */
export function QuerySection<T>({
  query,
  enabled = true,
  children,
}: {
  query: { data?: T; isError: boolean; error: unknown; refetch: () => unknown };
  enabled?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (!enabled) return null;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <Loading />;
  return children(query.data);
}
