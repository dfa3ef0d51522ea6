import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OpAnswer } from '../../../contract/index.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';

export interface DeleteUserInput {
  uid: number;
  /** On a linked user: delete its whole group (the parent and every linked user). */
  linked: boolean;
}

/**
 * userdel by uid only: an address could name a different user by the time the call lands (it is reused
 * after a delete), a uid never is, and mesibo refuses both together.
 */
export function useDeleteUser() {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ uid, linked }: DeleteUserInput): Promise<OpAnswer<'userdel'>> =>
      client.call('userdel', { user: { uid, linked } }),
    onSettled: async () => {
      // Mark every user query stale without refetching now: the page still on screen would refetch the
      // user it just deleted and flash "User not found" before the move to the directory.
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.all(), refetchType: 'none' });
    },
  });
}
