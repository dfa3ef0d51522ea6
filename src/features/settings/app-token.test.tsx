import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readBackendConfig, storageKeys } from '../../lib/backend-config.ts';
import { BackendForm } from './components/backend-form.tsx';

const TOKEN = 'remote-app-token-93af01';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('the app token in Settings', () => {
  it('is typed into a masked field, saved for the session only, and never put in the address', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    render(<BackendForm config={{ mode: 'mock' }} announce={() => undefined} reload={reload} />);

    await user.click(screen.getByRole('radio', { name: 'Remote' }));
    const field = screen.getByLabelText('App token');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field.closest('form')).toHaveAttribute('method', 'post');
    await user.type(screen.getByLabelText('Backend URL'), 'https://api.example.com/backend');
    await user.type(field, TOKEN);
    expect(screen.getByRole('checkbox', { name: 'Remember' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save backend' }));

    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(sessionStorage.getItem(storageKeys.appToken)).toBe(TOKEN);
    expect(localStorage.getItem(storageKeys.appToken)).toBeNull();
    expect(window.location.href).not.toContain(TOKEN);
    expect(log).not.toHaveBeenCalled();
  });

  it('is never shown again once saved: the field starts empty and says one is kept', () => {
    sessionStorage.setItem(storageKeys.appToken, TOKEN);
    localStorage.setItem(storageKeys.mode, 'remote');
    localStorage.setItem(storageKeys.url, 'https://api.example.com/backend');
    const { container } = render(<BackendForm config={readBackendConfig()} announce={() => undefined} reload={() => undefined} />);

    const field = screen.getByLabelText('App token');
    expect(field).toHaveValue('');
    expect(field).toHaveAccessibleDescription(/A token is saved/);
    expect(container.innerHTML).not.toContain(TOKEN);
  });
});
