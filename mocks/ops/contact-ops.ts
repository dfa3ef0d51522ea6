import type { ContactEntry, OpAnswer, OpRequestParsed } from '../../src/contract/index.ts';
import type { OpContext } from './op-context.ts';
import { OpError } from './op-error.ts';

type Answer = Omit<OpAnswer<'contactsget'>, 'op' | 'result' | 'id'>;

/** A user's contacts with their names, or (reverse) the users who have this user as a contact. */
export function contactsget(context: OpContext, request: OpRequestParsed<'contactsget'>): Answer {
  const { db } = context;
  const user = db.users.get(request.user.uid);
  if (!user) throw new OpError('NOT_FOUND', `No user has uid ${request.user.uid}`, 'user.uid');
  if (!request.reverse) {
    return {
      contacts: db.contacts.contactsOf(user.uid).map((contact): ContactEntry => {
        const other = db.users.getByAddress(contact.address);
        return { ...contact, uid: other?.uid ?? null, ...namesOf(other?.profile) };
      }),
    };
  }
  const contacts: ContactEntry[] = [];
  for (const ownerUid of db.contacts.ownersOfAddress(user.address)) {
    const owner = db.users.get(ownerUid);
    const flags = db.contacts.get(ownerUid, user.address);
    if (!owner || !flags) continue;
    contacts.push({ ...flags, address: owner.address, uid: owner.uid, ...namesOf(owner.profile) });
  }
  return { contacts };
}

function namesOf(profile: { name?: string; image?: string; tn?: string } | undefined) {
  return {
    ...(profile?.name ? { name: profile.name } : {}),
    ...(profile?.image ? { image: profile.image } : {}),
    ...(profile?.tn ? { tn: profile.tn } : {}),
  };
}
