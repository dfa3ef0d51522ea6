import { useEffect } from 'react';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry, OpAnswer } from '../../../contract/index.ts';
import type { BackendClient } from '../../../lib/backend-client.ts';
import { useBackend, useBackendFeatures } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';
import { userQueryOptions } from '../../../lib/user-api.ts';
import type { AuditFilter } from '../url-state.ts';

/** Entries per request; "Load older" asks for the next this many. */
export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: () => ['audit'] as const,
  log: (filter: AuditFilter) => ['audit', 'log', filter] as const,
  /**
   * The uid of the user who has an address now. Under the users prefix, so any user change (a delete, a
   * new user taking the address) refreshes it like every other user query.
   */
  uidOfAddress: (address: string) => [...queryKeys.users.all(), 'uid-of-address', address] as const,
};

type AuditPage = Omit<OpAnswer<'auditget'>, 'op' | 'result' | 'id'>;

export function auditLogQueryOptions(client: BackendClient, filter: AuditFilter) {
  const filtered = Object.keys(filter).length > 0;
  return infiniteQueryOptions({
    queryKey: auditKeys.log(filter),
    queryFn: async ({ pageParam, signal }): Promise<AuditPage> => {
      const { entries, total, next } = await client.call(
        'auditget',
        { count: AUDIT_PAGE_SIZE, ...(pageParam === undefined ? {} : { before: pageParam }), ...(filtered ? { filter } : {}) },
        { signal },
      );
      return { entries, total, next };
    },
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    // The log grows with every change anyone makes: never serve it from the cache without asking again.
    staleTime: 0,
    // Coming back from another tab (where changes may have been made) shows the log as it is now.
    refetchOnWindowFocus: true,
  });
}

/** The log, newest first, page by page; `enabled: false` while the filter still waits for a lookup. */
export function useAuditLog(filter: AuditFilter, enabled = true) {
  const { client } = useBackend();
  const query = useInfiniteQuery({ ...auditLogQueryOptions(client, filter), enabled });
  const pages = query.data?.pages;
  const entries: AuditEntry[] = pages?.flatMap((page) => page.entries) ?? [];
  // The newest count: the first page is fetched (again) first on every refresh.
  const total = pages?.[0]?.total;
  return { ...query, entries, total };
}

/**
 * After any change this console makes (every write goes through a mutation), the log shown is fetched
 * again, so the change appears in it without a reload.
 */
export function useAuditFollowsChanges(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') {
          void queryClient.invalidateQueries({ queryKey: auditKeys.all() });
        }
      }),
    [queryClient],
  );
}

/**
 * Whether the backend keeps an audit log at all (a plain mesibo does not): undefined until known, and the
 * capability query itself, whose failure the page shows with a "Retry".
 */
export function useAuditSupport() {
  const features = useBackendFeatures();
  return { supported: features.data?.capabilities.extensionOps.includes('auditget'), features };
}

function uidOfAddressQueryOptions(client: BackendClient, address: string) {
  return queryOptions({
    queryKey: auditKeys.uidOfAddress(address),
    queryFn: async ({ signal }): Promise<number | null> => {
      const answer = await client.call('usersget', { user: { address }, count: 1 }, { signal });
      return answer.users.find((user) => user.address.toLowerCase() === address.toLowerCase())?.uid ?? null;
    },
  });
}

/** The uid of the user who has this address now (null: nobody); the User filter accepts either. */
export function useUidOfAddress(address: string | null) {
  const { client } = useBackend();
  return useQuery({ ...uidOfAddressQueryOptions(client, address ?? ''), enabled: address !== null });
}

/**
 * Which of these users still exist, so the table links only to pages that will open. Shares the user page's
 * cache (one query per user), so a user already looked at costs nothing and a delete updates the links.
 */
export function useExistingUsers(uids: readonly number[]): ReadonlyMap<number, boolean> {
  const { client } = useBackend();
  return useQueries({
    queries: uids.map((uid) => userQueryOptions(client, uid)),
    combine: (results) => {
      const existing = new Map<number, boolean>();
      results.forEach((result, index) => {
        const uid = uids[index];
        if (uid !== undefined && result.data !== undefined) existing.set(uid, result.data !== null);
      });
      return existing;
    },
  });
}
