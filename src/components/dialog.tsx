import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  /** Escape, the dialog's own close buttons: the caller decides what closing means. */
  onClose: () => void;
  children: ReactNode;
  /** Shown under the title and read with it (aria-describedby). */
  description?: ReactNode;
  className?: string;
}

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert, moves focus into
 * the dialog (to the first control, or the one marked autoFocus) and Escape fires `cancel`, which we turn
 * into onClose so React state stays the single source of truth. Focus goes back to where it was.
 */
export function Dialog({ open, title, onClose, children, description, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      // Keep the element open until React closes it, so state and DOM never disagree.
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={(event) => {
        // Escape closes through React too: not every environment turns it into a `cancel` event, and a
        // control inside that uses Escape itself (a listbox) stops it before it gets here.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {description ? (
        <div id={descriptionId} className="dialog-description">
          {description}
        </div>
      ) : null}
      {children}
    </dialog>
  );
}
