import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { OpAnswer } from '../../../contract/index.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { isBackendError, isOutcomeUnknown } from '../../../lib/backend-error.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation.ts';

export interface DeleteUserInput {
  uid: number;
  /** On a linked user: delete its whole group (the parent and every linked user). */
  linked: boolean;
}

/**
 * userdel by uid only: an address could name a different user by the time the call lands (it is reused
 * after a delete), a uid never is, and mesibo refuses both together.
 *
 * Safe to retry: when an attempt fails without an answer (network, timeout) it may have deleted the user
 * anyway; a retry that then hears "no such user" reports the deletion done (uids are never reused, so it
 * cannot be someone else's user that is gone).
 */
export function useDeleteUser() {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  const unconfirmed = useRef(new Set<number>());
  return useSingleFlightMutation({
    mutationFn: async ({ uid, linked }: DeleteUserInput): Promise<OpAnswer<'userdel'>> => {
      try {
        return await client.call('userdel', { user: { uid, linked } });
      } catch (error) {
        if (unconfirmed.current.has(uid) && isBackendError(error) && error.code === 'NOT_FOUND') {
          return { op: 'userdel', result: true, user: { uid } };
        }
        if (isOutcomeUnknown(error)) unconfirmed.current.add(uid);
        throw error;
      }
    },
    onSettled: async () => {
      // Mark every user query stale without refetching now: the page still on screen would refetch the
      // user it just deleted and flash "User not found" before the move to the directory.
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.all(), refetchType: 'none' });
    },
  });
}
