import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OpAnswer, OpParams, User } from '../../../contract/index.ts';
import type { BackendClient } from '../../../lib/backend-client.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';

/**
 * The user holding exactly this address, if any. usersget matches addresses case-insensitively; useradd
 * changes the user whose address is the same string, so that is the one that counts.
 */
export async function findUserByAddress(client: BackendClient, address: string): Promise<User | null> {
  const answer = await client.call('usersget', { user: { address }, count: 20 });
  return answer.users.find((user) => user.address === address) ?? null;
}

export class AddressTakenError extends Error {
  override readonly name = 'AddressTakenError';
  constructor(readonly existing: User) {
    super('A user with this address already exists');
  }
}

export type NewUser = OpParams<'useradd'>['user'];

/**
 * useradd for a new user only. mesibo's useradd on an existing address silently changes that user, so
 * the address is looked up first and a taken one refused with AddressTakenError. (Two admins creating
 * the same address in the same instant can still both pass the check; the backend has no create-only op.)
 */
export function useCreateUser() {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (user: NewUser): Promise<OpAnswer<'useradd'>> => {
      const existing = await findUserByAddress(client, user.address);
      if (existing) throw new AddressTakenError(existing);
      return client.call('useradd', { user });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.lists() });
    },
  });
}
