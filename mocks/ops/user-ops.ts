import type { OpAnswer, OpRequestParsed, User } from '../../src/contract/index.ts';
import { diffUsers } from './audit.ts';
import { changeUser } from './change-user.ts';
import type { OpContext } from './op-context.ts';
import { OpError } from './op-error.ts';

type Answer<Op extends 'useradd' | 'userset' | 'userdel'> = Omit<OpAnswer<Op>, 'op' | 'result' | 'id'>;

/** Creates the user, or — as mesibo does for an existing address — changes it and regenerates its token. */
export function useradd(context: OpContext, request: OpRequestParsed<'useradd'>): Answer<'useradd'> {
  const current = context.db.users.getByAddress(request.user.address);
  const { user, token } = changeUser(context, current, request.user.address, request.user);
  return { user: { uid: user.uid, address: user.address, version: user.version, ...(token ? { token } : {}) } };
}

export function userset(context: OpContext, request: OpRequestParsed<'userset'>): Answer<'userset'> {
  const current = findUser(context, request.user);
  if (request.user.uid !== undefined && request.user.address !== undefined && current.address !== request.user.address) {
    throw new OpError('VALIDATION', `uid ${current.uid} does not have the address ${request.user.address}`, 'user.address');
  }
  const { user, token } = changeUser(context, current, current.address, request.user);
  return { user: { uid: user.uid, address: user.address, version: user.version, ...(token ? { token } : {}) } };
}

/**
 * Deletes a user. Deleting a parent always deletes its linked users; `linked: true` on a linked user
 * deletes its whole group (the parent and every user linked to it).
 */
export function userdel(context: OpContext, request: OpRequestParsed<'userdel'>): Answer<'userdel'> {
  const { db } = context;
  const target = findUser(context, request.user);
  const doomed = new Set<number>([target.uid, ...db.childrenOfUser(target.uid)]);
  if (request.user.linked && target.parent !== null) {
    doomed.add(target.parent);
    for (const sibling of db.childrenOfUser(target.parent)) doomed.add(sibling);
  }
  for (const uid of doomed) {
    const user = db.users.get(uid);
    if (!user || !db.deleteUser(uid)) continue;
    context.audit?.({ uid, address: user.address, summary: uid === target.uid ? 'deleted' : `deleted with ${target.address}`, changes: diffUsers(user, undefined) });
  }
  return { user: { uid: target.uid }, deleted: [...doomed] };
}

function findUser(context: OpContext, ref: { uid?: number | undefined; address?: string | undefined }): User {
  const { users } = context.db;
  if (ref.uid !== undefined) {
    const user = users.get(ref.uid);
    if (!user) throw new OpError('NOT_FOUND', `No user has uid ${ref.uid}`, 'user.uid');
    return user;
  }
  const user = ref.address === undefined ? undefined : users.getByAddress(ref.address);
  if (!user) throw new OpError('NOT_FOUND', `No user has the address ${ref.address ?? ''}`, 'user.address');
  return user;
}
