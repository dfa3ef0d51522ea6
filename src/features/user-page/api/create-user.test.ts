import { describe, expect, it } from 'vitest';
import type { User } from '../../../contract/index.ts';
import type { BackendClient } from '../../../lib/backend-client.ts';
import { BackendError } from '../../../lib/backend-error.ts';
import { testUser } from '../../../lib/presence/test-users.ts';
import { AddressTakenError, createNewUser, type NewUser } from './create-user.ts';

/**
 * A backend whose useradd creates the user and then, the first time, loses the answer (as a dropped
 * connection or a timeout does); usersget finds whatever was created.
 */
function backendLosingFirstAnswer(lost: BackendError) {
  const users: User[] = [];
  let useradds = 0;
  const call = (op: string, params: { user: NewUser }) => {
    if (op === 'usersget') return Promise.resolve({ op, result: true, users: users.filter((user) => user.address === params.user.address) });
    useradds += 1;
    const { address, active, profile } = params.user;
    users.push(testUser(40 + useradds, { address, active: active ?? true, profile: profile?.name ? { name: profile.name } : {} }));
    return useradds === 1 ? Promise.reject(lost) : Promise.resolve({ op, result: true, user: { uid: 40 + useradds, address } });
  };
  return { client: { url: 'test', call } as unknown as BackendClient, useradds: () => useradds };
}

const newUser: NewUser = { address: 'new@example.com', active: true, profile: { name: 'New' } };

describe('createNewUser', () => {
  it('after an attempt whose answer was lost, a retry that finds exactly that user succeeds with it', async () => {
    const backend = backendLosingFirstAnswer(new BackendError('NETWORK', 'dropped'));
    const unconfirmed = new Set<string>();
    await expect(createNewUser(backend.client, newUser, unconfirmed)).rejects.toThrow('dropped');

    await expect(createNewUser(backend.client, newUser, unconfirmed)).resolves.toEqual({ uid: 41, recovered: true });
    expect(backend.useradds()).toBe(1);
  });

  it('says the address is taken, perhaps by the lost attempt, when the user found differs from the one asked for', async () => {
    const backend = backendLosingFirstAnswer(new BackendError('TIMEOUT', 'slow'));
    const unconfirmed = new Set<string>();
    await expect(createNewUser(backend.client, newUser, unconfirmed)).rejects.toThrow('slow');

    const renamed = { ...newUser, profile: { name: 'Renamed before retrying' } };
    const error: unknown = await createNewUser(backend.client, renamed, unconfirmed).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(AddressTakenError);
    expect(error).toMatchObject({ mayBeOurs: true, existing: { uid: 41 } });
    expect(backend.useradds()).toBe(1);
  });

  it('treats a refusal as nothing created: a taken address found later is someone else’s', async () => {
    const backend = backendLosingFirstAnswer(new BackendError('UNAVAILABLE', 'refused'));
    const unconfirmed = new Set<string>();
    await expect(createNewUser(backend.client, newUser, unconfirmed)).rejects.toThrow('refused');
    expect(unconfirmed.size).toBe(0);

    await expect(createNewUser(backend.client, newUser, unconfirmed)).rejects.toMatchObject({ mayBeOurs: false });
  });
});
