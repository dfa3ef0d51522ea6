import { Dialog } from './dialog.tsx';

/** Asked before leaving a form with unsaved edits; "Stay" is focused first because it loses nothing. */
export function UnsavedChangesDialog({ onLeave, onStay }: { onLeave: () => void; onStay: () => void }) {
  return (
    <Dialog
      open
      title="Leave without saving?"
      description={<p>Your changes on this page have not been saved. If you leave, they are lost.</p>}
      onClose={onStay}
    >
      <p className="actions">
        <button type="button" data-autofocus onClick={onStay}>
          Stay
        </button>
        <button type="button" className="danger" onClick={onLeave}>
          Leave
        </button>
      </p>
    </Dialog>
  );
}
