import { useState } from 'react';
import { GuardedButton } from '../../../components/role-guard.tsx';
import type { User } from '../../../contract/index.ts';
import { ActiveToggle } from './active-toggle.tsx';
import { DeleteUserDialog } from './delete-user-dialog.tsx';

/** What can be done to the user as a whole, as opposed to editing one tab's data. */
export function UserActions({ user, announce }: { user: User; announce: (message: string) => void }) {
  const [deleting, setDeleting] = useState(false);
  return (
    <div className="user-actions" role="group" aria-label="User actions">
      <ActiveToggle user={user} announce={announce} />
      <GuardedButton action="deleteUser" className="danger" aria-haspopup="dialog" onClick={() => setDeleting(true)}>
        Delete user
      </GuardedButton>
      {deleting ? <DeleteUserDialog user={user} onClose={() => setDeleting(false)} /> : null}
    </div>
  );
}
