import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createNodeMockBackend } from '../../mocks/node.ts';
import { DEMO_OPERATORS } from '../../mocks/mock-settings.ts';
import { MOCK_BACKEND_URL } from '../config/paths.ts';
import type { Operator } from '../contract/index.ts';
import { createBackendClient } from '../lib/backend-client.ts';
import { renderRoute } from '../testing/render-route.tsx';

const mock = await createNodeMockBackend({ users: 30, seed: 12 });
// Same origin as the happy-dom page: a cross-origin POST would send a CORS preflight the mock does not answer.
const BACKEND_URL = new URL(MOCK_BACKEND_URL, window.location.href).href;
const tokenOf = (role: Operator['role']) => DEMO_OPERATORS.find((operator) => operator.role === role)?.token ?? '';
const clientAs = (role: Operator['role']) => createBackendClient({ url: BACKEND_URL, appToken: tokenOf(role) });
const SUPPORT: Operator = { name: 'Sam Support', role: 'support' };
const VIEWER: Operator = { name: 'Vic Viewer', role: 'viewer' };

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  mock.server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => mock.server.close());

/** A refused button: focusable (aria-disabled, not disabled) and described by the reason. */
function expectRefused(button: HTMLElement, reason: string) {
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).not.toBeDisabled();
  expect(button).toHaveAccessibleDescription(reason);
  const tooltipId = button.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
  expect(document.getElementById(tooltipId)).toHaveAttribute('role', 'tooltip');
}

describe('what each role sees', { timeout: 20_000 }, () => {
  it('support: “New user” is refused and goes nowhere', async () => {
    const { router, user } = renderRoute('/users', { client: clientAs('support'), operator: SUPPORT });
    const newUser = await screen.findByRole('button', { name: 'New user' });
    // The fast path starts in the search box.
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveFocus();
    expectRefused(newUser, 'Support staff cannot create users');
    await user.click(newUser);
    expect(router.state.location.pathname).toBe('/users');
  });

  it('support: the user’s actions and the Tokens tab are refused, with the reason', async () => {
    const { user } = renderRoute('/users/2/tokens', { client: clientAs('support'), operator: SUPPORT });
    const issue = await screen.findByRole('button', { name: 'Issue token' });
    expectRefused(issue, 'Support staff cannot issue or revoke tokens');
    await user.click(issue);
    expect(screen.queryByRole('dialog', { name: 'Issue token' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revoke all tokens' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Delete user' })).toHaveAccessibleDescription('Support staff cannot delete users');
    expect(screen.getByRole('button', { name: /^(Deactivate|Reactivate)$/ })).toHaveAccessibleDescription(
      'Support staff cannot deactivate or reactivate users',
    );
  });

  it('support: permissions are read only, and Save says why', async () => {
    renderRoute('/users/2/permissions', { client: clientAs('support'), operator: SUPPORT });
    const calls = await screen.findByRole('checkbox', { name: 'Calls' });
    expect(calls).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'All' })).toBeDisabled();
    expect(screen.getByText('Support staff cannot change permissions.', { exact: false })).toBeInTheDocument();
    expectRefused(screen.getByRole('button', { name: 'Save' }), 'Support staff cannot change permissions');
  });

  it('support may edit the profile; a viewer only looks', async () => {
    const asSupport = renderRoute('/users/2', { client: clientAs('support'), operator: SUPPORT });
    expect(await screen.findByRole('textbox', { name: 'Name' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-disabled');
    asSupport.unmount();

    renderRoute('/users/2', { client: clientAs('viewer'), operator: VIEWER });
    expect(await screen.findByRole('textbox', { name: 'Name' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Gender' })).toBeDisabled();
    expectRefused(screen.getByRole('button', { name: 'Save' }), 'Viewers can only look');
    expect(screen.getByRole('button', { name: 'Clear profile' })).toHaveAccessibleDescription('Viewers can only look');
  });

  it('viewer: contacts cannot be changed', async () => {
    renderRoute('/users/2/contacts', { client: clientAs('viewer'), operator: VIEWER });
    const add = await screen.findByRole('button', { name: 'Add contact' });
    expect(add).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Address' })).toBeDisabled();
    expect(screen.getByText('Viewers can only look.', { exact: false })).toBeInTheDocument();
  });

  it('support: the profile fields page is read only', async () => {
    renderRoute('/settings/profile-fields', { client: clientAs('support'), operator: SUPPORT });
    expect(await screen.findByRole('textbox', { name: 'Key' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Everyone' })).toBeDisabled();
    expect(screen.getByText(/Support staff cannot change the app’s profile fields or default visibility\./)).toBeInTheDocument();
    expectRefused(screen.getByRole('button', { name: 'Save' }), 'Support staff cannot change the app’s profile fields or default visibility');
  });

  it('shows the backend’s refusal when the role changed behind the console’s back', async () => {
    // The console believes it is an admin; the backend knows the token is support's.
    const { user } = renderRoute('/users/3/permissions', { client: clientAs('support') });
    await user.click(await screen.findByRole('checkbox', { name: 'Calls' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The permissions were not saved.');
    expect(alert).toHaveTextContent('Not allowed for role support: Support staff cannot change permissions.');
  });
});

describe('the sign-in screen', { timeout: 20_000 }, () => {
  it('sends a signed-out visitor there and back to the page after choosing a demo operator', async () => {
    const { router, user } = renderRoute('/users/2/contacts', {
      client: createBackendClient({ url: BACKEND_URL, appToken: '' }),
      operator: null,
      demoOperators: DEMO_OPERATORS,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?from=%2Fusers%2F2%2Fcontacts');
    const list = screen.getByRole('list', { name: 'Demo operators' });
    expect(within(list).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Sign in as Ada Admin',
      'Sign in as Sam Support',
      'Sign in as Vic Viewer',
    ]);
    expect(screen.getByRole('button', { name: 'Sign in as Vic Viewer' })).toHaveAccessibleDescription(
      'Role: viewer May view everything and change nothing.',
    );

    await user.click(screen.getByRole('button', { name: 'Sign in as Vic Viewer' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/2/contacts'));
    expect(await screen.findByText('Signed in as Vic Viewer · viewer')).toBeInTheDocument();
    expect(sessionStorage.getItem('user-console.demo-operator')).toBe(tokenOf('viewer'));
  });

  it('signs out from the header, and stays there', async () => {
    const { router, user } = renderRoute('/users/2', { client: clientAs('support'), operator: SUPPORT, demoOperators: DEMO_OPERATORS });
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    // The sign-in screen signs out on arrival (the pages remount), then drops the request from history.
    await waitFor(() => expect(router.state.location).toMatchObject({ pathname: '/sign-in', state: null }));
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText(/^Signed in as/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(sessionStorage.getItem('user-console.demo-operator')).toBe('');
  });

  it('checks a remote backend’s app token before signing in, and says why it was refused', async () => {
    const { router, user } = renderRoute('/sign-in', {
      client: createBackendClient({ url: BACKEND_URL, appToken: '' }),
      config: { mode: 'remote', url: BACKEND_URL, appToken: '', remember: false },
      operator: null,
    });
    const url = await screen.findByRole('textbox', { name: 'Backend URL' });
    expect(url).toHaveValue(BACKEND_URL);
    const token = screen.getByLabelText('App token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(token).toHaveAccessibleDescription(/App token is required/);

    mock.server.use(
      http.post(BACKEND_URL, () => HttpResponse.json({ result: false, error: { code: 'UNAUTHORIZED', message: 'Unknown app token' } }), {
        once: true,
      }),
    );
    await user.type(token, 'not-a-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The backend refused this app token: Unknown app token');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(localStorage.getItem('user-console.app-token')).toBeNull();

    // The mock's demo tokens name their operator (whoami).
    await user.clear(token);
    await user.type(token, tokenOf('support'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remember' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users'));
    expect(await screen.findByText('Signed in as Sam Support · support')).toBeInTheDocument();
    expect(localStorage.getItem('user-console.app-token')).toBe(tokenOf('support'));
  });
});
