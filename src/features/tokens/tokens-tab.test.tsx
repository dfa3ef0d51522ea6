import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import type { TokenInfo } from '../../contract/index.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const USERS = 60;
const mock = await createNodeMockBackend({ users: USERS, seed: 9 });
// Same origin as the happy-dom page: a cross-origin POST would send a CORS preflight the mock does not answer.
const client = createBackendClient({ url: new URL(MOCK_BACKEND_URL, window.location.href).href, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

async function tokensOf(uid: number): Promise<TokenInfo[]> {
  return (await client.call('tokensget', { user: { uid } })).tokens;
}

/** The first generated user whose tokens pass `test`. */
async function findUser(test: (tokens: TokenInfo[]) => boolean): Promise<number> {
  for (let uid = 1; uid <= USERS; uid += 1) if (test(await tokensOf(uid))) return uid;
  throw new Error('no generated user fits');
}

/** The op of a request the adapter sent (it always sends a JSON string). */
function opOf(init: RequestInit | undefined): string {
  const body: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : '{}');
  return typeof body === 'object' && body !== null && 'op' in body ? String(body.op) : '';
}

/** What the mock shows of a token string (see mocks/ops/token-ops.ts). */
const masked = (token: string) => `${token.slice(0, 6)}…${token.slice(-4)}`;

async function tokensTable() {
  return screen.findByRole('table', { name: 'Tokens' });
}

function rowOf(table: HTMLElement, device: string): HTMLElement {
  const row = within(table).getByRole('rowheader', { name: device }).closest('tr');
  if (!row) throw new Error(`no row for ${device}`);
  return row;
}

// Typing into a dozen fields through user-event takes seconds on a busy machine.
describe('Tokens tab', { timeout: 20_000 }, () => {
  it('lists every device’s token with its restrictions, masked, and marks an expired one', async () => {
    const uid = await findUser((tokens) => tokens.some((token) => token.expiresAt < Date.now()));
    const tokens = await tokensOf(uid);
    renderRoute(`/users/${uid}/tokens`, { client });

    const table = await tokensTable();
    for (const header of ['Device', 'App ID', 'Platforms', 'URL prefix', 'Android package', 'iOS bundle ID', 'Expires', 'Auto-refresh', 'Linked to', 'Created', 'Last login', 'Token']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    }
    for (const token of tokens) {
      const row = rowOf(table, token.device);
      expect(row).toHaveTextContent(token.masked);
      expect(row).toHaveTextContent(token.allPlatforms ? 'All platforms' : /Android|iOS|JavaScript|Python|C\+\+/);
      expect(within(row).getByRole('button', { name: 'Revoke' })).toBeInTheDocument();
      if (token.expiresAt < Date.now()) expect(within(row).getByText('Expired')).toBeInTheDocument();
      else expect(within(row).getByText(/^expires /)).toBeInTheDocument();
    }
  });

  it('issues a restricted token, shows it once with Copy, then lists it masked', async () => {
    const uid = await findUser((tokens) => tokens.length === 0);
    const { user } = renderRoute(`/users/${uid}/tokens`, { client });
    expect(await screen.findByText(/No tokens:/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Issue token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Issue token' });
    const field = (name: string) => within(dialog).getByRole('textbox', { name });
    await user.type(field('Android package'), 'com.example.app');
    expect(within(dialog).getByRole('checkbox', { name: 'Android' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'JavaScript' }));
    await user.type(field('URL prefix'), 'https://app.example.com/');
    await user.type(field('Device'), 'tablet');
    expect(
      within(dialog).getByText('Valid only in Android apps with package com.example.app and in browsers under https://app.example.com/.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('spinbutton', { name: 'Expiry (minutes)' })).toHaveValue(525_600);

    await user.click(within(dialog).getByRole('button', { name: 'Issue' }));
    const issued = await within(dialog).findByRole<HTMLInputElement>('textbox', { name: 'New token' });
    expect(issued).toHaveAttribute('readonly');
    const token = issued.value;
    expect(token.length).toBeGreaterThan(0);
    expect(token.length).toBeLessThanOrEqual(256);

    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(await within(dialog).findByText(/Copied/)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(token);

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = rowOf(await tokensTable(), 'tablet');
    expect(row).toHaveTextContent(masked(token));
    expect(row).toHaveTextContent('Android, JavaScript');
    expect(document.body).not.toHaveTextContent(token);
  });

  it('links the user to another picked from the suggestions', async () => {
    const parent = await client.call('useradd', { user: { address: 'link-parent@example.com', name: 'Link Parent' } });
    const child = await client.call('useradd', { user: { address: 'link-child@example.com' } });
    const { user } = renderRoute(`/users/${child.user.uid}/tokens`, { client });
    await user.click(await screen.findByRole('button', { name: 'Issue token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Issue token' });
    await user.type(within(dialog).getByRole('textbox', { name: 'App ID' }), 'com.example.chat');
    await user.type(within(dialog).getByRole('combobox', { name: 'Link to user' }), 'link-par');
    await user.click(await within(dialog).findByRole('option', { name: /link-parent@example\.com/ }));
    expect(within(dialog).getByRole('combobox', { name: 'Link to user' })).toHaveValue('link-parent@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Issue' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Done' }));

    const row = rowOf(await tokensTable(), '(default device)');
    expect(await within(row).findByRole('link', { name: 'Link Parent' })).toHaveAttribute('href', `/users/${parent.user.uid}`);
  });

  it('refuses a package with Android unticked, sending nothing', async () => {
    const sent: string[] = [];
    const recording = createBackendClient({
      url: client.url,
      appToken: mock.appToken,
      fetch: (input, init) => {
        sent.push(opOf(init));
        return fetch(input, init);
      },
    });
    const { user } = renderRoute('/users/2/tokens', { client: recording });
    await user.click(await screen.findByRole('button', { name: 'Issue token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Issue token' });
    const pkg = within(dialog).getByRole('textbox', { name: 'Android package' });
    await user.type(pkg, 'com.example.app');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Android' }));
    await user.click(within(dialog).getByRole('button', { name: 'Issue' }));

    await waitFor(() => expect(pkg).toHaveAccessibleDescription(/Android is unticked: tick Android or clear the Android package/));
    expect(pkg).toHaveAttribute('aria-invalid', 'true');
    expect(sent).not.toContain('userset');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('regenerates a device in place, and revokes one device then all after confirming', async () => {
    const uid = await findUser((tokens) => tokens.length === 2);
    const [first] = await tokensOf(uid);
    if (!first) throw new Error('no token');
    const { user } = renderRoute(`/users/${uid}/tokens`, { client });
    let table = await tokensTable();

    await user.click(within(rowOf(table, first.device)).getByRole('button', { name: 'Regenerate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Issue token' });
    expect(within(dialog).getByRole('textbox', { name: 'Device' })).toHaveValue(first.device);
    expect(within(dialog).getByText(/already has a token: issuing regenerates it/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Issue' }));
    const token = (await within(dialog).findByRole<HTMLInputElement>('textbox', { name: 'New token' })).value;
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    table = await tokensTable();
    await waitFor(() => expect(rowOf(table, first.device)).toHaveTextContent(masked(token)));
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2);

    await user.click(within(rowOf(table, first.device)).getByRole('button', { name: 'Revoke' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke token' });
    expect(confirm).toHaveAccessibleDescription(/logged out on that device but keeps receiving messages.*delivered at the next login/);
    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText(`Token of ${first.device} revoked.`)).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(1));
    expect(screen.getByRole('heading', { name: 'Access tokens' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Revoke all tokens' }));
    const confirmAll = await screen.findByRole('dialog', { name: 'Revoke all tokens' });
    expect(confirmAll).toHaveAccessibleDescription(/logged out on all devices but keeps receiving messages/);
    await user.click(within(confirmAll).getByRole('button', { name: 'Revoke all' }));
    expect(await screen.findByText(/No tokens:/)).toBeInTheDocument();
    expect(await tokensOf(uid)).toEqual([]);
  });

  it('against a plain mesibo backend: says it cannot list, and still issues and revokes', async () => {
    const plain = createBackendClient({
      url: client.url,
      appToken: mock.appToken,
      fetch: async (input, init) => {
        const op = opOf(init);
        if (op === 'capabilities' || op === 'tokensget') return Response.json({ op, result: false, error: 'unknown op' });
        return fetch(input, init);
      },
    });
    const uid = await findUser((tokens) => tokens.some((token) => token.device === 'phone'));
    const { user } = renderRoute(`/users/${uid}/tokens`, { client: plain });

    expect(await screen.findByText(/This backend cannot list the tokens it has issued/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Tokens' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Device to revoke' }), 'phone');
    await user.click(screen.getByRole('button', { name: 'Revoke device token' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Revoke token' })).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('Token of phone revoked.')).toBeInTheDocument();
    expect((await tokensOf(uid)).map((token) => token.device)).not.toContain('phone');

    await user.click(screen.getByRole('button', { name: 'Issue token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Issue token' });
    await user.type(within(dialog).getByRole('textbox', { name: 'App ID' }), 'com.example.chat');
    await user.type(within(dialog).getByRole('textbox', { name: 'Device' }), 'phone');
    await user.click(within(dialog).getByRole('button', { name: 'Issue' }));
    expect(await within(dialog).findByRole('textbox', { name: 'New token' })).toBeInTheDocument();
    expect((await tokensOf(uid)).map((token) => token.device)).toContain('phone');
  });
});
