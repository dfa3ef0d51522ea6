import type { OpAnswer, OpRequestParsed } from '../../src/contract/index.ts';
import type { PresenceModel } from '../presence/presence-model.ts';
import type { OpContext } from './op-context.ts';
import { OpError } from './op-error.ts';

type Answer<Op extends 'presenceget' | 'presenceset'> = Omit<OpAnswer<Op>, 'op' | 'result' | 'id'>;

function presenceOf(context: OpContext): PresenceModel {
  if (!context.presence) throw new OpError('UNAVAILABLE', 'Presence is not running in this backend');
  return context.presence;
}

/** Counts, the online timeline, and the presence of the users asked for (unknown uids are left out). */
export function presenceget(context: OpContext, request: OpRequestParsed<'presenceget'>): Answer<'presenceget'> {
  const presence = presenceOf(context);
  const users = (request.uids ?? []).flatMap((uid) => {
    const user = context.db.users.get(uid);
    return user ? [presence.presenceOf(user, request.history)] : [];
  });
  return { counts: presence.counts(), users, timeline: presence.timelineSamples(), stream: true };
}

/** Mock control: forces a user online (on a platform and device) or offline, as if it connected. */
export function presenceset(context: OpContext, request: OpRequestParsed<'presenceset'>): Answer<'presenceset'> {
  const presence = presenceOf(context);
  const user = context.db.users.get(request.user.uid);
  if (!user) throw new OpError('NOT_FOUND', `No user has uid ${request.user.uid}`, 'user.uid');
  if (request.online) presence.setOnline(user.uid, request.platform, request.device, context.now);
  else presence.setOffline(user.uid, context.now);
  return { presence: presence.presenceOf(user, true) };
}
