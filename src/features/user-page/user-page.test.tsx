import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';
import { parseUidParam } from '../../lib/uid-param.ts';

const mock = await createNodeMockBackend({ users: 20, seed: 5 });
const client = createBackendClient({ url: new URL(MOCK_BACKEND_URL, window.location.href).href, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

async function userOf(uid: number) {
  const [user] = (await client.call('usersget', { user: { uid } })).users;
  if (!user) throw new Error(`no user ${uid}`);
  return user;
}

describe('user page', () => {
  it('shows the user under a heading with their name, every value as plain text', async () => {
    await client.call('userset', {
      user: { uid: 3, profile: { update: true, name: 'Grace <b>Hopper</b>', status: '<img src=x onerror=alert(1)>' } },
    });
    renderRoute('/users/3', { client });

    expect(await screen.findByRole('heading', { level: 1, name: 'Grace <b>Hopper</b>' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Status' })).toHaveValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('b, img[src="x"]')).toBeNull();
    expect(screen.getByText('Last seen')).toBeInTheDocument();
    expect(screen.getByText(/^(Online|Offline)$/)).toBeInTheDocument();
    expect(screen.getByText((await userOf(3)).address)).toBeInTheDocument();
  });

  it('has a tab per section, each a link to its own URL, the selected one labelling the panel', async () => {
    const { user, router } = renderRoute('/users/4/tokens', { client });
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Profile', 'Permissions', 'Contacts', 'Tokens', 'Presence', 'History']);
    const tokens = screen.getByRole('tab', { name: 'Tokens' });
    expect(tokens).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Tokens');

    // Arrow keys move between tabs; Enter opens the focused one.
    tokens.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Presence' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'History' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/4'));
    // The router's state changes first; React renders the new tab in a transition just after.
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true'));
  });

  it('deactivates and reactivates, announcing each', async () => {
    const { user } = renderRoute('/users/5', { client });
    await user.click(await screen.findByRole('button', { name: 'Deactivate' }));
    expect(await screen.findByText(/User deactivated/)).toBeInTheDocument();
    expect((await userOf(5)).active).toBe(false);
    await user.click(await screen.findByRole('button', { name: 'Reactivate' }));
    expect(await screen.findByText(/User reactivated/)).toBeInTheDocument();
    expect((await userOf(5)).active).toBe(true);
  });

  it('asks before leaving unsaved edits, and stays or leaves as told', async () => {
    const { user, router } = renderRoute('/users/6', { client });
    await user.type(await screen.findByRole('textbox', { name: 'Status' }), ' edited');

    await user.click(screen.getByRole('tab', { name: 'Permissions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/users/6');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Status' }).value).toMatch(/ edited$/);

    await user.click(screen.getByRole('tab', { name: 'Permissions' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/6/permissions'));
  });

  it('deletes a parent with its linked users after the address is typed, by uid only', async () => {
    const parent = await client.call('useradd', { user: { address: 'parent-del@example.com' } });
    await client.call('useradd', { user: { address: 'child-del-1@example.com', token: { appid: 'com.example.chat', linkto: parent.user.uid, device: 'a' } } });
    await client.call('useradd', { user: { address: 'child-del-2@example.com', token: { appid: 'com.example.chat', linkto: parent.user.uid, device: 'b' } } });
    const sent: unknown[] = [];
    const recording = createBackendClient({
      url: client.url,
      appToken: mock.appToken,
      fetch: (input, init) => {
        const body = (typeof init?.body === 'string' ? JSON.parse(init.body) : {}) as { op?: string; user?: unknown };
        if (body.op === 'userdel') sent.push(body.user);
        return fetch(input, init);
      },
    });
    const { user, router } = renderRoute(`/users/${parent.user.uid}`, { client: recording });

    expect(await screen.findByText('2 linked users')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete user' });
    expect(dialog).toHaveTextContent('its 2 linked users will be deleted too — 3 users in all');
    const confirm = within(dialog).getByRole('textbox', { name: 'Type the address to confirm' });
    expect(confirm).toHaveFocus();

    await user.type(confirm, 'parent-del@example.co');
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }));
    expect(confirm).toHaveAccessibleDescription(/does not match/);
    expect(sent).toEqual([]);

    await user.type(confirm, 'm');
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/users'));
    expect(sent).toEqual([{ uid: parent.user.uid, linked: false }]);
    expect(await screen.findByText('Deleted parent-del@example.com and 2 linked users.')).toBeInTheDocument();
    const left = await client.call('usersget', { user: { address: '*-del*' } });
    expect(left.users).toEqual([]);
  });

  it('closes the delete dialog with Escape, deleting nothing', async () => {
    const { user } = renderRoute('/users/7', { client });
    await user.click(await screen.findByRole('button', { name: 'Delete user' }));
    await screen.findByRole('dialog', { name: 'Delete user' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await userOf(7)).toBeDefined();
  });

  it('says so when no user has the uid', async () => {
    renderRoute('/users/999999', { client });
    expect(await screen.findByRole('heading', { level: 1, name: 'User not found' })).toBeInTheDocument();
  });

  it('explains an invalid uid in the URL without calling the backend', async () => {
    renderRoute('/users/abc', { client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Invalid user id' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('“abc” is not a user id');
  });
});

describe('create user', () => {
  it('creates the user and opens it', async () => {
    const { user, router } = renderRoute('/users/new', { client });
    await user.type(await screen.findByRole('textbox', { name: 'Address' }), 'new-person@example.com');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'New Person');
    expect(screen.getByRole('checkbox', { name: 'Active' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'New Person' })).toBeInTheDocument();
    const [created] = (await client.call('usersget', { user: { address: 'new-person@example.com' } })).users;
    expect(router.state.location.pathname).toBe(`/users/${created?.uid}`);
    expect(created?.active).toBe(true);
  });

  it('refuses an address that is taken, linking to its user, and changes nothing', async () => {
    const existing = await userOf(2);
    const { user } = renderRoute('/users/new', { client });
    const address = await screen.findByRole('textbox', { name: 'Address' });
    await user.type(address, existing.address);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Should not land');
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    await waitFor(() => expect(address).toHaveAttribute('aria-invalid', 'true'));
    expect(address).toHaveAccessibleDescription(/A user with this address already exists/);
    expect(screen.getByRole('link', { name: existing.profile.name || existing.address })).toHaveAttribute('href', '/users/2');
    expect((await userOf(2)).profile.name).toBe(existing.profile.name);
  });

  it('validates with the contract: address required, name at most 32 characters', async () => {
    const { user } = renderRoute('/users/new', { client });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'x'.repeat(33));
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('Address is required')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Name must be at most 32 characters/);
  });
});

describe('parseUidParam', () => {
  it('accepts positive whole numbers written as digits only', () => {
    expect(parseUidParam('42')).toBe(42);
    for (const bad of ['0', '-1', '1e3', '0x1f', ' 12', '1.5', '', undefined, '99999999999999999']) {
      expect(parseUidParam(bad)).toBeNull();
    }
  });
});
