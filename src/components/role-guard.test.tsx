import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Operator } from '../contract/index.ts';
import { createBackendClient } from '../lib/backend-client.ts';
import { SessionProvider } from '../lib/session/session-context.tsx';
import { ActionNote, GuardedButton, GuardedFieldset } from './role-guard.tsx';

function renderAs(operator: Operator, children: ReactNode) {
  return render(
    <SessionProvider
      initial={{ operator, client: createBackendClient({ url: 'https://backend.test/api', appToken: 't' }), config: { mode: 'mock' } }}
      demoOperators={null}
      queryClient={new QueryClient()}
    >
      {children}
    </SessionProvider>,
  );
}

describe('GuardedButton', () => {
  it('is a plain button when the role allows the action', async () => {
    const onClick = vi.fn();
    renderAs(
      { name: 'A', role: 'admin' },
      <GuardedButton action="manageTokens" onClick={onClick}>
        Issue token
      </GuardedButton>,
    );
    const button = screen.getByRole('button', { name: 'Issue token' });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAccessibleDescription();
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('refused, stays focusable, says why, and does nothing — not even submit its form', async () => {
    const onClick = vi.fn();
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    renderAs(
      { name: 'S', role: 'support' },
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <input aria-label="Device" />
        <GuardedButton action="manageTokens" type="submit" aria-describedby="device-hint" onClick={onClick}>
          Revoke device token
        </GuardedButton>
        <p id="device-hint">The device of the token.</p>
      </form>,
    );
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Revoke device token' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('The device of the token. Support staff cannot issue or revoke tokens');

    await user.tab();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(button);
    await user.type(screen.getByRole('textbox', { name: 'Device' }), 'phone{Enter}');
    expect(onClick).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('hides its tooltip on Escape until focus or the pointer leaves', async () => {
    renderAs(
      { name: 'V', role: 'viewer' },
      <GuardedButton action="editProfile" type="submit">
        Save
      </GuardedButton>,
    );
    const user = userEvent.setup();
    await user.tab();
    const wrapper = screen.getByRole('button', { name: 'Save' }).parentElement;
    expect(wrapper).not.toHaveAttribute('data-dismissed');
    await user.keyboard('{Escape}');
    expect(wrapper).toHaveAttribute('data-dismissed');
    await user.tab();
    expect(wrapper).not.toHaveAttribute('data-dismissed');
  });
});

describe('GuardedFieldset and ActionNote', () => {
  it('disable refused inputs together, described by a visible note', () => {
    renderAs(
      { name: 'S', role: 'support' },
      <>
        <GuardedFieldset action="editPermissions">
          <input type="checkbox" aria-label="Calls" />
        </GuardedFieldset>
        <ActionNote action="editProfile" />
      </>,
    );
    expect(screen.getByRole('checkbox', { name: 'Calls' })).toBeDisabled();
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Read only: Support staff cannot change permissions.');
    // Support may edit profiles: no note for that.
    expect(screen.getAllByText(/^Read only:/)).toHaveLength(1);
  });
});
