import { useEffect, useId, useRef } from 'react';
import type { FieldDifference } from '../lib/field-differences.ts';

interface ConflictNoticeProps {
  /** What differs between the form and the stored user (see fieldDifferences). */
  differences: readonly FieldDifference[];
  /** Discard my edits and load the stored values. */
  onReload: () => void;
  /** Apply my edits on top of the stored version. */
  onSaveAnyway: () => void;
  busy?: boolean;
  /** What the edited thing is called, e.g. "profile", "permissions". */
  subject?: string;
}

/**
 * Someone else saved this user after this form was loaded, so the save was refused rather than
 * overwriting their change. Shows field by field what differs and lets the admin choose: take theirs
 * ("Reload") or put mine on top ("Save anyway"). Focus moves here so keyboard users land on the choice.
 */
export function ConflictNotice({ differences, onReload, onSaveAnyway, busy = false, subject = 'user' }: ConflictNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <div ref={ref} role="alert" className="conflict-notice" tabIndex={-1} aria-labelledby={titleId}>
      <p id={titleId} className="conflict-notice-title">
        Someone else changed this {subject} while you were editing.
      </p>
      <p>Your changes were not saved. Compare, then keep theirs or save yours on top.</p>
      {differences.length > 0 ? (
        <table className="conflict-table">
          <caption className="visually-hidden">Fields that differ</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Your value</th>
              <th scope="col">Current value</th>
              <th scope="col">Changed by</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => (
              <tr key={difference.label}>
                <th scope="row">{difference.label}</th>
                <td>{difference.mine || <span className="muted">(empty)</span>}</td>
                <td>{difference.theirs || <span className="muted">(empty)</span>}</td>
                <td>{changedBy(difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The values you see now are the same as the stored ones; only other parts of the user changed.</p>
      )}
      <p className="actions">
        <button type="button" onClick={() => (busy ? undefined : onReload())} aria-disabled={busy || undefined}>
          Reload
        </button>
        <button type="button" onClick={() => (busy ? undefined : onSaveAnyway())} aria-disabled={busy || undefined}>
          Save anyway
        </button>
      </p>
    </div>
  );
}

function changedBy({ editedByYou, changedByOthers }: FieldDifference): string {
  if (editedByYou && changedByOthers) return 'You and someone else';
  return editedByYou ? 'You' : 'Someone else';
}
