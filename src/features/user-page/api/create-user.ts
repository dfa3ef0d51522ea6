import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { OpParams, User } from '../../../contract/index.ts';
import type { BackendClient } from '../../../lib/backend-client.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { isOutcomeUnknown } from '../../../lib/backend-error.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation.ts';

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
  /**
   * @param mayBeOurs an earlier attempt from this form with this address failed without an answer, so
   * it may have created this user (with other values than the ones submitted now).
   */
  constructor(
    readonly existing: User,
    readonly mayBeOurs = false,
  ) {
    super('A user with this address already exists');
  }
}

export type NewUser = OpParams<'useradd'>['user'];

export interface CreatedUser {
  uid: number;
  /** The user was created by an earlier attempt whose answer was lost; this one found it. */
  recovered: boolean;
}

/** Whether `existing` holds exactly what `user` asked to create (address, active, name and status). */
export function isSameNewUser(existing: User, user: NewUser): boolean {
  return (
    existing.address === user.address &&
    existing.active === (user.active ?? true) &&
    (existing.profile.name ?? '') === (user.profile?.name ?? user.name ?? '') &&
    (existing.profile.status ?? '') === (user.profile?.status ?? '')
  );
}

/**
 * useradd for a new user only. mesibo's useradd on an existing address silently changes that user, so
 * the address is looked up first and a taken one refused with AddressTakenError. (Two admins creating
 * the same address in the same instant can still both pass the check; the backend has no create-only op.)
 *
 * Safe to retry: an attempt that fails without an answer (network, timeout) may have created the user
 * anyway, so its address goes into `unconfirmed`. A retry then finds the address taken; if the user
 * there is exactly the one asked for, that is the lost attempt's work, and the retry succeeds with it
 * instead of reporting a clash with itself.
 */
export async function createNewUser(client: BackendClient, user: NewUser, unconfirmed: Set<string>): Promise<CreatedUser> {
  const mayBeOurs = unconfirmed.has(user.address);
  const existing = await findUserByAddress(client, user.address);
  if (existing) {
    if (mayBeOurs && isSameNewUser(existing, user)) return { uid: existing.uid, recovered: true };
    throw new AddressTakenError(existing, mayBeOurs);
  }
  try {
    const answer = await client.call('useradd', { user });
    return { uid: answer.user.uid, recovered: false };
  } catch (error) {
    if (isOutcomeUnknown(error)) unconfirmed.add(user.address);
    throw error;
  }
}

/** createNewUser, never sent twice for one click (single flight); the directory's lists refresh after. */
export function useCreateUser() {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  // Addresses whose useradd may have landed without this page hearing of it.
  const unconfirmed = useRef(new Set<string>());
  return useSingleFlightMutation({
    mutationFn: (user: NewUser) => createNewUser(client, user, unconfirmed.current),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.lists() });
    },
  });
}
