import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog.tsx';
import { CheckboxField, Field } from '../../../components/field.tsx';
import { paths } from '../../../config/paths.ts';
import type { User } from '../../../contract/index.ts';
import { errorMessage } from '../../../lib/backend-error.ts';
import { formatCount } from '../../../lib/format.ts';
import { withStatusMessage } from '../../../lib/navigation-status.ts';
import { useUser } from '../../../lib/user-api.ts';
import { useDeleteUser } from '../api/delete-user.ts';
import { useLinkedUsers } from '../api/linked-users.ts';

/**
 * Deleting is permanent, so the admin types the address to confirm, and sees how many users go with
 * it: a parent always takes its linked users; a linked user may take its whole group (`linked`).
 */
export function DeleteUserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const navigate = useNavigate();
  const deletion = useDeleteUser();
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [wholeGroup, setWholeGroup] = useState(false);
  const isLinked = user.parent !== null;
  // A parent's own linked users, or a linked user's siblings (its parent's linked users, itself included).
  const group = useLinkedUsers(user.parent ?? user.uid);
  const parent = useUser(user.parent).data;
  const groupSize = group.data?.total;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (deletion.isPending) return;
    if (typed.trim() !== user.address) {
      setMismatch(true);
      return;
    }
    deletion.mutate(
      { uid: user.uid, linked: isLinked && wholeGroup },
      {
        onSuccess: (answer) => {
          const others = (answer.deleted?.length ?? 1) - 1;
          const withThem = isLinked ? `the ${formatCount(others, 'other user')} of its group` : formatCount(others, 'linked user');
          const message = `Deleted ${user.address}${others > 0 ? ` and ${withThem}` : ''}.`;
          void navigate(paths.users(), { state: withStatusMessage(message) });
        },
      },
    );
  }

  const what = `This permanently deletes ${user.address} (uid ${user.uid}), revokes its tokens and removes it from other users’ contacts.`;
  const consequences = isLinked
    ? `${what} It is linked to ${parent?.address ?? `uid ${user.parent}`}: alone, only this user is deleted and the parent stays.`
    : `${what} ${
        groupSize === undefined
          ? 'A parent always takes its linked users with it.'
          : groupSize === 0
            ? 'It has no linked users.'
            : `A parent always takes its linked users with it: its ${formatCount(groupSize, 'linked user')} will be deleted too — ${formatCount(groupSize + 1, 'user')} in all.`
      }`;

  const busy = deletion.isPending;
  return (
    <Dialog open title="Delete user" onClose={() => (busy ? undefined : onClose())} description={<p>{consequences}</p>}>
      <form noValidate onSubmit={onSubmit}>
        {isLinked ? (
          <CheckboxField
            label="Also delete linked users"
            hint={
              groupSize === undefined
                ? 'Deletes the whole group: the parent and every user linked to it, this one included.'
                : `Deletes the whole group: the parent ${parent?.address ?? `(uid ${user.parent})`} and its ${formatCount(groupSize, 'linked user')}, this one included — ${formatCount(groupSize + 1, 'user')} in all.`
            }
          >
            {(control) => (
              <input {...control} type="checkbox" checked={wholeGroup} onChange={(event) => setWholeGroup(event.target.checked)} />
            )}
          </CheckboxField>
        ) : null}
        <Field
          label="Type the address to confirm"
          hint={
            <>
              Type <strong className="confirm-text">{user.address}</strong> exactly.
            </>
          }
          error={mismatch ? 'The address does not match. Type it exactly as shown.' : undefined}
        >
          {(control) => (
            <input
              {...control}
              data-autofocus
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                setMismatch(false);
              }}
            />
          )}
        </Field>
        {deletion.error ? (
          <p role="alert" className="form-error">
            Could not delete: {errorMessage(deletion.error)}
          </p>
        ) : null}
        <p className="actions">
          <button type="submit" className="danger" aria-disabled={busy || undefined}>
            {busy ? 'Deleting…' : 'Delete permanently'}
          </button>
          <button type="button" onClick={() => (busy ? undefined : onClose())} aria-disabled={busy || undefined}>
            Cancel
          </button>
        </p>
      </form>
    </Dialog>
  );
}
