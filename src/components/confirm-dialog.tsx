import type { ReactNode, RefObject } from 'react';
import { Dialog } from './dialog.tsx';

interface ConfirmDialogProps {
  /** The dialog's heading and accessible name, e.g. "Remove contact". */
  title: string;
  /** What will happen, in plain words; it describes the dialog. */
  children: ReactNode;
  /** The confirm button's name; distinct from the button that opened the dialog. */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the confirmed action runs: buttons disabled, the dialog stays open. */
  busy?: boolean;
  /** Why the action failed, shown in the dialog so the admin can confirm again (retry) or cancel. */
  error?: string | undefined;
  /** Where focus goes when the control that opened the dialog is gone afterwards (see Dialog). */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * Asks before a destructive action. Render it to open it. Focus starts on "Cancel", so a stray Enter
 * never destroys anything.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, busy = false, error, fallbackFocus }: ConfirmDialogProps) {
  return (
    <Dialog open title={title} description={children} onClose={() => (busy ? undefined : onCancel())} fallbackFocus={fallbackFocus}>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <p className="actions">
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" data-autofocus onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </p>
    </Dialog>
  );
}
