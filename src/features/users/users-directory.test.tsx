import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const USERS = 120;
const mock = await createNodeMockBackend({ users: USERS, seed: 3 });
// Same origin as the happy-dom page: a cross-origin POST would send a CORS preflight the mock does not answer.
const BACKEND_URL = new URL(MOCK_BACKEND_URL, window.location.href).href;
const client = createBackendClient({ url: BACKEND_URL, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterEach(async () => {
  mock.server.resetHandlers();
  await mock.controller.setBehaviour({ latencyMs: 0, failureRate: 0 });
});
afterAll(() => mock.server.close());

/** The JSON body the adapter sent (it always sends a string). */
function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  if (typeof init?.body !== 'string') throw new Error('expected a JSON string body');
  return JSON.parse(init.body) as Record<string, unknown>;
}

async function usersTable() {
  return screen.findByRole('table', { name: 'Users' });
}

/** Data rows only (the header row has no link). */
async function dataRows() {
  const table = await usersTable();
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('link') !== null);
}

describe('user directory', () => {
  it('shows the first page of users from the backend, each linking to its user', async () => {
    renderRoute('/users', { client, mockController: mock.controller });

    expect(await screen.findByRole('heading', { name: 'Users', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('120 users')).toBeInTheDocument();
    expect(screen.getByText('Showing 1–50')).toBeInTheDocument();
    const table = await usersTable();
    for (const name of ['Address', 'Name', 'Status', 'Active', 'Presence', 'Last seen']) {
      expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
    }
    const rows = await dataRows();
    expect(rows).toHaveLength(50);
    const first = await client.call('usersget', { count: 1 });
    const firstUser = first.users[0];
    if (!firstUser) throw new Error('the mock has no users');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: firstUser.address })).toHaveAttribute('href', `/users/${firstUser.uid}`);
    expect(within(rows[0] as HTMLElement).getByText(firstUser.online ? 'Online' : 'Offline')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New user' })).toBeInTheDocument();
  });

  it('searches once the admin pauses typing, and keeps the search in the URL', async () => {
    const searches: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      const body = bodyOf(init) as { search?: string };
      if (body.search !== undefined) searches.push(body.search);
      return fetch(input, init);
    };
    const counting = createBackendClient({ url: BACKEND_URL, appToken: mock.appToken, fetch: countingFetch });
    const { user, router } = renderRoute('/users', { client: counting });
    await screen.findByText('120 users');
    const target = (await client.call('usersget', { count: 1, sort: { by: 'uid', order: 'desc' } })).users[0];
    if (!target) throw new Error('the mock has no users');

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), target.address);

    expect(await screen.findByText('1 user')).toBeInTheDocument();
    expect(await dataRows()).toHaveLength(1);
    expect(screen.getByRole('link', { name: target.address })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(target.address);
    // Debounced: the keystrokes came faster than the pause, so only the whole text was searched.
    expect(searches).toEqual([target.address]);
  });

  it('cancels the request of a search that was superseded', async () => {
    const signals = new Map<string, AbortSignal>();
    const watchingFetch: typeof fetch = (input, init) => {
      const body = bodyOf(init) as { search?: string };
      const signal = init?.signal;
      if (body.search !== undefined && signal) signals.set(body.search, signal);
      // Settle on abort here rather than tearing down the socket under happy-dom, which only adds noise.
      return new Promise((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason as Error));
        fetch(input, { ...init, signal: null }).then(resolve, reject);
      });
    };
    const watching = createBackendClient({ url: BACKEND_URL, appToken: mock.appToken, fetch: watchingFetch });
    const { user } = renderRoute('/users', { client: watching });
    await screen.findByText('120 users');
    await mock.controller.setBehaviour({ latencyMs: 1_000, failureRate: 0 });
    const search = screen.getByRole('searchbox', { name: 'Search users' });

    await user.type(search, 'first');
    await waitFor(() => expect(signals.has('first')).toBe(true));
    await user.type(search, 'second');
    await waitFor(() => expect(signals.has('firstsecond')).toBe(true));

    expect(signals.get('first')?.aborted).toBe(true);
    expect(signals.get('firstsecond')?.aborted).toBe(false);
  });

  it('says when nothing matches and clears the search', async () => {
    const { user } = renderRoute('/users?q=nobody-has-this-address', { client });

    expect(await screen.findByText('No users match “nobody-has-this-address”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));

    expect(await screen.findByText('120 users')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('');
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveFocus();
  });

  it('sorts by name from the column header, both ways', async () => {
    const { user, router } = renderRoute('/users', { client });
    await screen.findByText('120 users');
    const nameHeader = screen.getByRole('columnheader', { name: 'Name' });
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');

    await user.click(within(nameHeader).getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(nameHeader).toHaveAttribute('aria-sort', 'ascending'));
    const ascending = await client.call('usersget', { count: 1, sort: { by: 'name', order: 'asc' } });
    await waitFor(async () => expect(within((await dataRows())[0] as HTMLElement).getByRole('link')).toHaveTextContent(ascending.users[0]?.address ?? ''));

    await user.click(within(nameHeader).getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(nameHeader).toHaveAttribute('aria-sort', 'descending'));
    const descending = await client.call('usersget', { count: 1, sort: { by: 'name', order: 'desc' } });
    await waitFor(async () => expect(within((await dataRows())[0] as HTMLElement).getByRole('link')).toHaveTextContent(descending.users[0]?.address ?? ''));
    expect(router.state.location.search).toBe('?sort=name&order=desc');
  });

  it('"Recently changed" lists the users changed last first, with when, held in the URL', async () => {
    await client.call('userset', { user: { uid: 77, profile: { update: true, status: 'Changed first' } } });
    await client.call('userset', { user: { uid: 12, profile: { update: true, status: 'Changed last' } } });
    const { user, router } = renderRoute('/users', { client });
    await screen.findByText('120 users');
    const preset = screen.getByRole('button', { name: 'Recently changed' });
    expect(preset).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('columnheader', { name: 'Last changed' })).not.toBeInTheDocument();

    await user.click(preset);

    await waitFor(() => expect(preset).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByRole('button', { name: 'Recently active' })).toHaveAttribute('aria-pressed', 'false');
    expect(router.state.location.search).toBe('?sort=updatedAt&order=desc');
    expect(await screen.findByRole('columnheader', { name: 'Last changed' })).toHaveAttribute('aria-sort', 'descending');
    await waitFor(async () => expect(within((await dataRows())[0] as HTMLElement).getByText('Changed last')).toBeInTheDocument());
    const [first, second] = await dataRows();
    expect(within(second as HTMLElement).getByText('Changed first')).toBeInTheDocument();
    expect(within(first as HTMLElement).getByText('just now')).toHaveAttribute('datetime');
  });

  it('pages forward and back with the cursors', async () => {
    const { user } = renderRoute('/users', { client });
    await screen.findByText('Showing 1–50');
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Showing 51–100')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Showing 101–120')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('Showing 51–100')).toBeInTheDocument();
  });

  it('shows a failure with its message, and recovers on Retry', async () => {
    await mock.controller.setBehaviour({ latencyMs: 0, failureRate: 1 });
    const { user } = renderRoute('/users', { client });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not/);
    await mock.controller.setBehaviour({ latencyMs: 0, failureRate: 0 });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('120 users')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens with defaults when the URL parameters are malformed', async () => {
    renderRoute('/users?size=7&sort=bogus&order=up&active=maybe', { client });
    expect(await screen.findByText('Showing 1–50')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none');
  });

  it('filters by token platform and token state, held in the URL and sent as usersget filters', async () => {
    const filters: unknown[] = [];
    const recording = createBackendClient({
      url: BACKEND_URL,
      appToken: mock.appToken,
      fetch: (input, init) => {
        const body = bodyOf(init) as { op: string; filter?: unknown };
        if (body.op === 'usersget') filters.push(body.filter);
        return fetch(input, init);
      },
    });
    const withoutToken = (await client.call('usersget', { count: 1, filter: { token: 'none' } })).total ?? 0;
    const { user, router } = renderRoute('/users?token=none', { client: recording });

    expect(await screen.findByText(`${withoutToken} ${withoutToken === 1 ? 'user' : 'users'}`)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Token' })).toHaveValue('none');
    expect(filters).toContainEqual({ token: 'none' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Token' }), 'Any');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Token platform' }), 'iOS');
    const ios = (await client.call('usersget', { count: 1, filter: { platform: 'ios' } })).total ?? 0;
    expect(await screen.findByText(`${ios} users`)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?platform=ios');
    expect(filters).toContainEqual({ platform: 'ios' });
  });

  it('opens with "Any" when a token filter in the URL is unknown', async () => {
    renderRoute('/users?platform=symbian&token=later', { client });
    expect(await screen.findByText('120 users')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Token platform' })).toHaveValue('any');
    expect(screen.getByRole('combobox', { name: 'Token' })).toHaveValue('any');
  });

  it('degrades against a plain mesibo backend: address wildcard search, no sort or paging', async () => {
    const sent: unknown[] = [];
    const plainFetch: typeof fetch = async (input, init) => {
      const body = bodyOf(init) as { op: string };
      sent.push(body);
      if (body.op === 'capabilities') return Response.json({ op: 'capabilities', result: false, error: 'unknown op' });
      return fetch(input, init);
    };
    const plain = createBackendClient({ url: BACKEND_URL, appToken: mock.appToken, fetch: plainFetch });
    renderRoute('/users?q=example&sort=name&platform=android', { client: plain });

    expect(await screen.findByText(/This is a plain mesibo backend/)).toBeInTheDocument();
    await waitFor(() => expect(sent).toContainEqual(expect.objectContaining({ op: 'usersget' })));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Users' })).toHaveAttribute('aria-busy', 'false'));
    expect(screen.queryByRole('button', { name: 'Name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next page' })).not.toBeInTheDocument();
    expect(sent).toContainEqual(expect.objectContaining({ op: 'usersget', user: { address: '*example*' } }));
    expect(sent).not.toContainEqual(expect.objectContaining({ sort: expect.anything() as unknown }));
    expect(sent).not.toContainEqual(expect.objectContaining({ filter: expect.anything() as unknown }));
    expect(screen.getByRole('combobox', { name: 'Token platform' })).toBeDisabled();
  });
});
