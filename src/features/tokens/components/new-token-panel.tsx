import { useEffect, useRef } from 'react';
import { Field } from '../../../components/field.tsx';

/**
 * The token just issued, shown this once: afterwards only its masked form exists in the console. The
 * field is read-only and selected on focus, so keyboard users can copy it with the usual shortcut too.
 */
export function NewTokenPanel({
  token,
  device,
  onCopy,
  onDone,
}: {
  token: string;
  device: string;
  onCopy: () => void;
  onDone: () => void;
}) {
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, []);
  return (
    <div className="new-token">
      <Field
        label="New token"
        hint={`Issued for ${device ? `the device “${device}”` : 'the default device'}. Copy it now: it is shown only once, and the list keeps only a masked form.`}
      >
        {(control) => (
          <input
            {...control}
            ref={fieldRef}
            type="text"
            readOnly
            value={token}
            spellCheck={false}
            className="token-value"
            onFocus={(event) => event.target.select()}
          />
        )}
      </Field>
      <p className="actions">
        <button type="button" onClick={onCopy}>
          Copy
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </p>
    </div>
  );
}
