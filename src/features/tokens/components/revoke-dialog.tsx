import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/backend-error.ts';
import { deviceLabel } from './tokens-table.tsx';

/** What to revoke: one device's token, or all of the user's tokens. */
export type RevokeTarget = { kind: 'device'; device: string } | { kind: 'all' };

/**
 * Asks before revoking, and says what it means for the user: logged out there, but no message is lost,
 * since mesibo keeps them and delivers them at the next login with a new token.
 */
export function RevokeDialog({
  target,
  who,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  target: RevokeTarget;
  /** The user's name or address. */
  who: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const all = target.kind === 'all';
  const question = all
    ? `Revoke every token of ${who}?`
    : `Revoke the token of ${target.device === '' ? 'the default device' : `the device “${deviceLabel(target.device)}”`}?`;
  const effect = all ? `${who} is logged out on all devices` : `${who} is logged out on that device`;
  return (
    <ConfirmDialog
      title={all ? 'Revoke all tokens' : 'Revoke token'}
      confirmLabel={all ? 'Revoke all' : 'Revoke token'}
      busy={busy}
      error={error ? errorMessage(error) : undefined}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        {question} {effect} but keeps receiving messages: they are stored and delivered at the next login with a new
        token.
      </p>
    </ConfirmDialog>
  );
}
