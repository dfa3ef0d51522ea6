import { useId, useState, type KeyboardEvent } from 'react';
import type { FieldControlProps } from '../../../components/field.tsx';
import type { User } from '../../../contract/index.ts';
import { formatCount } from '../../../lib/format.ts';
import { useUserSuggestions } from '../api/use-user-suggestions.ts';

interface LinkUserComboboxProps {
  control: FieldControlProps;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** The user the token is for: a user cannot be linked to itself. */
  uid: number;
  name?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/**
 * "Link to user": a text field that suggests directory users as the admin types (the ARIA 1.2 combobox
 * pattern: arrows move through the list, Enter takes one, Escape closes it, focus stays in the field).
 * A uid or address typed in full works without picking a suggestion.
 */
export function LinkUserCombobox({ control, value, onChange, onBlur, uid, name, inputRef }: LinkUserComboboxProps) {
  const listboxId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { suggestions, settled } = useUserSuggestions(value, (user) => user.uid === uid);
  const expanded = open && suggestions.length > 0;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  function choose(user: User) {
    onChange(user.address);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : suggestions.length - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && expanded && suggestions[active]) {
      // Take the highlighted suggestion instead of issuing the token.
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && expanded) {
      // Close the list only; the dialog stays open.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="combobox">
      <input
        {...control}
        ref={inputRef}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onBlur();
        }}
      />
      <ul id={listboxId} role="listbox" aria-label="Matching users" className="combobox-list" hidden={!expanded}>
        {expanded
          ? suggestions.map((user, index) => (
              <li
                key={user.uid}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                // Keep focus in the field: a click on an option must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(user)}
              >
                {user.address}
                {user.profile.name ? <span className="muted"> — {user.profile.name}</span> : null}
              </li>
            ))
          : null}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {open && settled && value.trim() !== '' ? formatCount(suggestions.length, 'suggestion') : ''}
      </p>
    </div>
  );
}
