import { useState } from 'react';
import type { FieldChange } from '../../../contract/index.ts';
import { fieldLabel, previewOf, valueText } from '../format-change.ts';

/**
 * One value, as text. <bdi> keeps a right-to-left override in a user's text from reversing the arrow and
 * the other value; a long value shows its beginning and a button that shows it whole.
 */
function ChangeValue({ value }: { value: unknown }) {
  const [expanded, setExpanded] = useState(false);
  const text = valueText(value);
  const preview = previewOf(text);
  if (preview === null) return <bdi className="change-value">{text}</bdi>;
  return (
    <>
      <bdi className={expanded ? 'change-value change-value-full' : 'change-value'}>{expanded ? text : preview}</bdi>{' '}
      <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
        {expanded ? 'Show less' : `Show all ${Array.from(text).length.toLocaleString('en-US')} characters`}
      </button>
    </>
  );
}

/** The fields an entry changed, each "Field: before → after". */
export function ChangeList({ changes }: { changes: readonly FieldChange[] }) {
  if (changes.length === 0) return <span className="muted">No field changed</span>;
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="change-field">{fieldLabel(change.field)}:</span> <ChangeValue value={change.before} /> →{' '}
          <ChangeValue value={change.after} />
        </li>
      ))}
    </ul>
  );
}
