import { useId, useState, type KeyboardEvent } from 'react';
import type { User } from '../contract/index.ts';
import { formatCount } from '../lib/format.ts';
import type { FieldControlProps } from './field.tsx';
import { ProfileImage } from './profile-image.tsx';

interface UserComboboxProps {
  /** From <Field>: id, aria-describedby, aria-invalid. */
  control: FieldControlProps;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** The users to offer for what is typed now (e.g. from useUserSuggestions). */
  suggestions: readonly User[];
  /** Whether `suggestions` answer what is typed now: only then is their number announced. */
  settled: boolean;
  name?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/**
 * A text field that suggests directory users as the admin types (the ARIA 1.2 combobox pattern with a
 * listbox popup): arrows move through the suggestions, Enter takes one, Escape closes the list, and
 * focus never leaves the field. Typing a full address without picking a suggestion works too. Picking
 * one fills in its address. Each option shows the user's picture, address and name.
 */
export function UserCombobox({ control, value, onChange, onBlur, suggestions, settled, name, inputRef }: UserComboboxProps) {
  const listboxId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
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
      // Take the highlighted suggestion instead of submitting the form.
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && expanded) {
      // Close the list only: a dialog around the field stays open.
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
                <span className="name-with-avatar">
                  <ProfileImage src={user.profile.image} thumbnail={user.profile.tn} />
                  <span>
                    {user.address}
                    {user.profile.name ? <span className="muted"> — {user.profile.name}</span> : null}
                  </span>
                </span>
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
