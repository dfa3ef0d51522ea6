import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { tabbableElements } from './tabbable.ts';

interface DialogProps {
  open: boolean;
  title: string;
  /** Escape, the dialog's own close buttons: the caller decides what closing means. */
  onClose: () => void;
  children: ReactNode;
  /** Shown under the title and read with it (aria-describedby). */
  description?: ReactNode;
  className?: string;
  /**
   * Where focus goes on close when the control that opened the dialog is gone (the row it removed).
   * Without it, focus goes to <main>, so a keyboard user at least stays in the page's content.
   */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert and Escape fires
 * `cancel`, which we turn into onClose so React state stays the single source of truth.
 *
 * Focus: on open it goes to the control marked `data-autofocus`, else to the first one (React's
 * `autoFocus` runs before the dialog is shown, so it would be lost: use the data attribute). Tab and
 * Shift+Tab cycle within the dialog (the native one lets focus leave for the browser's toolbar, which
 * leaves a keyboard user outside the dialog without a way back but Tab). On close focus goes back to
 * the control that opened the dialog.
 */
export function Dialog({ open, title, onClose, children, description, className, fallbackFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(fallbackFocus);
  useEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = fallbackFocus;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      // Keep the element open until React closes it, so state and DOM never disagree.
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      const target = returnFocusTo?.isConnected ? returnFocusTo : (fallbackRef.current?.current ?? document.querySelector('main'));
      target?.focus();
    };
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    // Escape closes through React too: not every environment turns it into a `cancel` event, and a
    // control inside that uses Escape itself (a listbox) stops it before it gets here.
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key === 'Tab' && !event.defaultPrevented) wrapFocus(event);
  }

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={onKeyDown}
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

/** Tab on the last control goes to the first, Shift+Tab on the first to the last. */
function wrapFocus(event: KeyboardEvent<HTMLDialogElement>) {
  const stops = tabbableElements(event.currentTarget);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
