import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { ContactEntry } from '../../../contract/index.ts';
import { paths } from '../../../config/paths.ts';
import { checkboxFlags, parseVisibility, VISIBILITY_MAX, type ContactFlagChange } from '../forms/contact-flags.ts';
import { ContactName } from './contact-name.tsx';

interface ContactRowProps {
  entry: ContactEntry;
  /** While any contact is being saved the controls wait, so changes go out one at a time. */
  disabled: boolean;
  onChange: (change: ContactFlagChange) => void;
  onRemove: () => void;
}

/** One contact: its address and name, each flag editable in place, and Block / Remove. */
export function ContactRow({ entry, disabled, onChange, onRemove }: ContactRowProps) {
  return (
    <tr>
      <th scope="row">{entry.uid !== null ? <Link to={paths.user(entry.uid)}>{entry.address}</Link> : entry.address}</th>
      <td>
        <ContactName entry={entry} />
      </td>
      {checkboxFlags.map(({ key, label }) => (
        <td key={key} className="cell-flag">
          <input
            type="checkbox"
            aria-label={label}
            checked={entry[key]}
            disabled={disabled}
            onChange={(event) => onChange({ [key]: event.target.checked })}
          />
        </td>
      ))}
      <td className="cell-block">
        {entry.block ? <span className="badge badge-danger">Blocked</span> : null}{' '}
        <button type="button" disabled={disabled} onClick={() => onChange({ block: !entry.block })}>
          {entry.block ? 'Unblock' : 'Block'}
        </button>
      </td>
      <td>
        <VisibilityInput value={entry.visibility} disabled={disabled} onCommit={(visibility) => onChange({ visibility })} />
      </td>
      <td>
        <button type="button" disabled={disabled} onClick={onRemove}>
          Remove
        </button>
      </td>
    </tr>
  );
}

/** A number saved when the admin leaves the field or presses Enter; Escape puts the saved value back. */
function VisibilityInput({ value, disabled, onCommit }: { value: number; disabled: boolean; onCommit: (value: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  function commit() {
    if (draft === null) return;
    const parsed = parseVisibility(draft);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setDraft(null);
    if (parsed.value !== value) onCommit(parsed.value);
  }

  return (
    <>
      <input
        type="number"
        className="input-narrow"
        aria-label="Visibility"
        min={0}
        max={VISIBILITY_MAX}
        step={1}
        value={draft ?? String(value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
