import { GuardedButton } from '../../../components/role-guard.tsx';
import { errorMessage } from '../../../lib/backend-error.ts';
import type { User } from '../../../contract/index.ts';
import { useUpdateUser } from '../../../lib/user-api.ts';

/**
 * Deactivate / Reactivate. Sent without a `version`: it changes `active` only, so it cannot overwrite
 * anyone's edit, and two admins deactivating at once agree anyway.
 */
export function ActiveToggle({ user, announce }: { user: User; announce: (message: string) => void }) {
  const update = useUpdateUser(user.uid);
  const activate = !user.active;
  const label = activate ? 'Reactivate' : 'Deactivate';

  function toggle() {
    if (update.isPending) return;
    announce('');
    update.mutate(
      { active: activate },
      { onSuccess: () => announce(activate ? 'User reactivated: they can log in again.' : 'User deactivated: they can no longer log in.') },
    );
  }

  return (
    <>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus on the floor. */}
      <GuardedButton action="setActive" onClick={toggle} aria-disabled={update.isPending || undefined}>
        {update.isPending ? `${label}…` : label}
      </GuardedButton>
      {update.error ? (
        <p role="alert" className="form-error">
          Could not {label.toLowerCase()}: {errorMessage(update.error)}{' '}
          <button type="button" onClick={toggle}>
            Retry
          </button>
        </p>
      ) : null}
    </>
  );
}
