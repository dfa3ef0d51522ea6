import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../contract/index.ts';
import { UserCombobox } from './user-combobox.tsx';

function user(uid: number, address: string, profile: User['profile'] = {}): User {
  return { uid, address, profile } as User;
}

const ADA = user(1, 'ada@example.com', { name: 'Ada Lovelace', image: 'https://cdn.example.com/ada.png' });
const ALAN = user(2, 'alan@example.com', { tn: 'data:image/png;base64,AAAA' });
const ANNE = user(3, 'anne@example.com', { name: 'Anne', image: 'javascript:alert(1)' });

/** The combobox as a form uses it: the value lives in the caller, suggestions come from outside. */
function Harness({ suggestions, settled = true, onKeyDown }: { suggestions: readonly User[]; settled?: boolean; onKeyDown?: () => void }) {
  const [value, setValue] = useState('');
  return (
    // The wrapper stands for a dialog that closes on Escape.
    <div onKeyDown={onKeyDown}>
      <label htmlFor="who">Address</label>
      <UserCombobox
        control={{ id: 'who', 'aria-describedby': undefined, 'aria-invalid': undefined }}
        value={value}
        onChange={setValue}
        onBlur={() => undefined}
        suggestions={suggestions}
        settled={settled}
      />
    </div>
  );
}

const field = () => screen.getByRole('combobox', { name: 'Address' });
const options = () => within(screen.getByRole('listbox', { name: 'Matching users' })).getAllByRole('option');

describe('UserCombobox', () => {
  it('lists the suggestions with address, name and picture as the admin types, and announces their number', async () => {
    const events = userEvent.setup();
    render(<Harness suggestions={[ADA, ALAN, ANNE]} />);
    expect(field()).toHaveAttribute('aria-expanded', 'false');

    await events.type(field(), 'a');
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    expect(options().map((option) => option.textContent)).toEqual(['ada@example.com — Ada Lovelace', 'alan@example.com', 'anne@example.com — Anne']);
    expect(screen.getByText('3 suggestions')).toBeInTheDocument();

    // Pictures are decorative (the address names the option): image URL, else thumbnail, else none.
    const [ada, alan, anne] = options();
    expect(ada?.querySelector('img')).toHaveAttribute('src', ADA.profile.image);
    expect(ada?.querySelector('img')).toHaveAttribute('alt', '');
    expect(alan?.querySelector('img')).toHaveAttribute('src', ALAN.profile.tn);
    expect(anne?.querySelector('img')).toBeNull();
    expect(screen.getByRole('option', { name: 'ada@example.com — Ada Lovelace' })).toBeInTheDocument();
  });

  it('moves through the options with the arrows and takes one with Enter', async () => {
    const events = userEvent.setup();
    render(<Harness suggestions={[ADA, ALAN]} />);
    await events.type(field(), 'a');
    await events.keyboard('{ArrowDown}{ArrowDown}');
    expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    expect(field()).toHaveAttribute('aria-activedescendant', options()[1]?.id);
    await events.keyboard('{ArrowDown}');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');

    await events.keyboard('{Enter}');
    expect(field()).toHaveValue('ada@example.com');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(field()).toHaveFocus();
  });

  it('takes a clicked option without losing focus', async () => {
    const events = userEvent.setup();
    render(<Harness suggestions={[ADA, ALAN]} />);
    await events.type(field(), 'al');
    await events.click(screen.getByRole('option', { name: 'alan@example.com' }));
    expect(field()).toHaveValue('alan@example.com');
    expect(field()).toHaveFocus();
  });

  it('closes the list on Escape without closing what is around it', async () => {
    const events = userEvent.setup();
    const outerEscape = vi.fn();
    render(<Harness suggestions={[ADA]} onKeyDown={outerEscape} />);
    await events.type(field(), 'a');
    outerEscape.mockClear();

    await events.keyboard('{Escape}');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(field()).toHaveValue('a');
    expect(outerEscape).not.toHaveBeenCalled();

    // With the list closed, Escape is the surroundings' again.
    await events.keyboard('{Escape}');
    expect(outerEscape).toHaveBeenCalled();
  });

  it('stays collapsed without suggestions, and announces nothing before they answer what is typed', async () => {
    const events = userEvent.setup();
    const { rerender } = render(<Harness suggestions={[]} settled={false} />);
    await events.type(field(), 'zz');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/suggestion/)).toBeNull();
    rerender(<Harness suggestions={[]} settled />);
    expect(screen.getByText('0 suggestions')).toBeInTheDocument();
  });
});
