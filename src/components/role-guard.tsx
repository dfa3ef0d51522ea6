import { useId, useState, type ComponentProps, type MouseEvent, type ReactNode } from 'react';
import type { OperatorAction } from '../contract/index.ts';
import { useCan } from '../lib/session/session-context.tsx';

type GuardedButtonProps = ComponentProps<'button'> & {
  /** What the button does, in the role rule table's terms. */
  action: OperatorAction;
};

/**
 * A button for an action the operator's role may not do is shown but refused: aria-disabled rather than
 * disabled, so it stays in the tab order, and a tooltip on hover and focus (its description) says why.
 * Clicks (and Enter submitting a form through it) do nothing. Allowed, it is a plain button.
 */
export function GuardedButton({ action, ...button }: GuardedButtonProps) {
  const permission = useCan(action);
  if (permission.allowed) return <button type="button" {...button} />;
  return <RefusedButton {...button} reason={permission.reason} />;
}

function RefusedButton({
  reason,
  children,
  onClick: _onClick,
  disabled: _disabled,
  'aria-describedby': describedBy,
  type = 'button',
  ...button
}: ComponentProps<'button'> & { reason: string }) {
  const tooltipId = useId();
  // Escape hides the tooltip without moving focus or the pointer (WCAG 1.4.13); it shows again next time.
  const [dismissed, setDismissed] = useState(false);
  const refuse = (event: MouseEvent) => event.preventDefault();
  return (
    <span className="guarded" data-dismissed={dismissed || undefined} onMouseLeave={() => setDismissed(false)} onBlur={() => setDismissed(false)}>
      <button
        {...button}
        type={type}
        aria-disabled="true"
        aria-describedby={[describedBy, tooltipId].filter(Boolean).join(' ')}
        onClick={refuse}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !dismissed) {
            setDismissed(true);
            event.stopPropagation();
          }
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={tooltipId} className="tooltip">
        {reason}
      </span>
    </span>
  );
}

/**
 * Inputs the role may not change, disabled together, with the reason as a visible note that describes
 * the group. (A whole form of refused inputs is better explained once than with a tooltip per input;
 * the form's buttons are GuardedButtons, which stay focusable and say why.) With `noteId`, the group
 * is described by an ActionNote shown elsewhere (one note for several groups) and shows none itself.
 */
export function GuardedFieldset({
  action,
  noteId,
  className,
  children,
}: {
  action: OperatorAction;
  noteId?: string;
  className?: string;
  children: ReactNode;
}) {
  const permission = useCan(action);
  const ownNoteId = useId();
  return (
    <>
      {noteId || permission.allowed ? null : <RoleNote id={ownNoteId} reason={permission.reason} />}
      <fieldset
        className={['plain-fieldset', className].filter(Boolean).join(' ')}
        disabled={!permission.allowed}
        aria-describedby={permission.allowed ? undefined : (noteId ?? ownNoteId)}
      >
        {children}
      </fieldset>
    </>
  );
}

/** The note saying why the action is refused, or nothing when it is allowed. */
export function ActionNote({ action, id }: { action: OperatorAction; id?: string }) {
  const permission = useCan(action);
  return permission.allowed ? null : <RoleNote id={id} reason={permission.reason} />;
}

/** "Read only: Support staff cannot change permissions." */
function RoleNote({ id, reason }: { id?: string | undefined; reason: string }) {
  return (
    <p id={id} className="role-note">
      <strong>Read only:</strong> {reason}.
    </p>
  );
}
