import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { GuardedButton } from '../../../components/role-guard.tsx';

/** "Clear profile" (mesibo `profile.remove`), behind a confirmation that says what goes and what stays. */
export function ClearProfileButton({ who, onClear }: { who: string; onClear: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <GuardedButton action="editProfile" className="danger" aria-haspopup="dialog" onClick={() => setAsking(true)}>
        Clear profile
      </GuardedButton>
      {asking ? (
        <ConfirmDialog
          title="Clear the profile?"
          confirmLabel="Clear every field"
          busy={busy}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setBusy(true);
            void onClear().finally(() => {
              setBusy(false);
              setAsking(false);
            });
          }}
        >
          <p>
            Every profile field of {who} is deleted, custom fields included, and unsaved edits here are discarded. The address,
            permissions, contacts and tokens stay.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
