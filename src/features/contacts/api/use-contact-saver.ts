import { useRef } from 'react';
import type { ContactParams, User } from '../../../contract/index.ts';
import { useUpdateUser } from '../../../lib/user-api.ts';

/**
 * Saves one contact change (userset `contact`) with the user's version, so a change made elsewhere
 * meanwhile is refused with CONFLICT rather than overwritten: mesibo replaces the whole contact, so a
 * stale row would silently undo someone else's flag. Every accepted change bumps the version; the
 * answer's version is used until the refetched user catches up, so quick successive edits from this
 * page do not conflict with themselves.
 */
export function useContactSaver(user: User) {
  const update = useUpdateUser(user.uid);
  const savedVersion = useRef(user.version);

  async function save(contact: ContactParams): Promise<void> {
    const version = Math.max(user.version, savedVersion.current);
    const answer = await update.mutateAsync({ contact, version });
    savedVersion.current = answer.user.version ?? version + 1;
  }

  return { save, isSaving: update.isPending };
}
