import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const mock = await createNodeMockBackend({ users: 30, seed: 11 });
const BACKEND_URL = new URL(MOCK_BACKEND_URL, window.location.href).href;
const client = createBackendClient({ url: BACKEND_URL, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterEach(async () => {
  mock.server.resetHandlers();
  await mock.controller.setBehaviour({ latencyMs: 0, failureRate: 0 });
});
afterAll(() => mock.server.close());

/** A client that records every request body it sends. */
function recordingClient() {
  const sent: Record<string, unknown>[] = [];
  const recording: typeof fetch = (input, init) => {
    if (typeof init?.body === 'string') sent.push(JSON.parse(init.body) as Record<string, unknown>);
    return fetch(input, init);
  };
  return { client: createBackendClient({ url: BACKEND_URL, appToken: mock.appToken, fetch: recording }), sent };
}

async function userWithUid(uid: number) {
  const user = (await client.call('usersget', { user: { uid } })).users[0];
  if (!user) throw new Error(`no user ${uid}`);
  return user;
}

describe('Permissions tab', () => {
  it('shows the nine permissions with help, and saves a change with the version it edited', async () => {
    const before = await userWithUid(2);
    const { client: recording, sent } = recordingClient();
    const { user } = renderRoute('/users/2/permissions', { client: recording });

    const calls = await screen.findByRole('checkbox', { name: 'Calls' });
    for (const name of ['Incoming messages', 'Outgoing messages', 'TURN relay', 'Message storage', 'Group creation', 'Retention', 'Webhook']) {
      expect(screen.getByRole('checkbox', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('checkbox', { name: 'Retention' })).toHaveAccessibleDescription(/On-premise installations only/);
    expect(screen.getByRole('checkbox', { name: 'Webhook' })).toHaveAccessibleDescription(/instead of delivering them through the real-time API/);
    const peersLabel = ['All', 'Specific peers only', 'Contacts only', 'Favorites only'][before.permissions.peers] ?? '';
    expect(screen.getByRole('radio', { name: peersLabel })).toBeChecked();

    await user.click(calls);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByText(/^Saved/)).toBeInTheDocument());
    expect(sent).toContainEqual(
      expect.objectContaining({ op: 'userset', user: { uid: 2, permissions: { calls: !before.permissions.calls }, version: before.version } }),
    );
    expect((await userWithUid(2)).permissions.calls).toBe(!before.permissions.calls);
  });

  it('for “Specific peers only” links to the contacts marked as pairs and counts them', async () => {
    const owner = await userWithUid(3);
    const friend = await userWithUid(4);
    await client.call('userset', { user: { uid: owner.uid, contact: { address: friend.address, pair: true } } });
    const { user } = renderRoute('/users/3/permissions', { client });

    await user.click(await screen.findByRole('radio', { name: 'Specific peers only' }));

    expect(await screen.findByText(/1 contact marked as a pair/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Contacts marked as pairs' })).toHaveAttribute('href', '/users/3/contacts?pairs=1');
  });

  it('keeps the form after a failed save and saves on Retry', async () => {
    // Only the save fails (as a flaky network would), so the page itself stays loaded.
    let failSaves = true;
    const flaky: typeof fetch = (input, init) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { op?: string }) : {};
      if (failSaves && body.op === 'userset') return Promise.reject(new TypeError('Failed to fetch'));
      return fetch(input, init);
    };
    const { user } = renderRoute('/users/5/permissions', { client: createBackendClient({ url: BACKEND_URL, appToken: mock.appToken, fetch: flaky }) });
    await user.click(await screen.findByRole('checkbox', { name: 'Webhook' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The permissions were not saved.');
    expect(alert).toHaveTextContent('Could not reach the backend');
    expect(screen.getByRole('checkbox', { name: 'Webhook' })).toBeChecked();

    failSaves = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText(/^Saved/)).toBeInTheDocument());
    expect((await userWithUid(5)).permissions.webhook).toBe(true);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a stale save, shows what changed and re-applies on top of it', async () => {
    const { client: recording, sent } = recordingClient();
    const { user } = renderRoute('/users/6/permissions', { client: recording });
    await user.click(await screen.findByRole('checkbox', { name: 'Group creation' }));
    // Someone else turns TURN off meanwhile.
    await client.call('userset', { user: { uid: 6, permissions: { turn: false } } });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('row', { name: /TURN relay/ })).toHaveTextContent('TURN relayOnOffSomeone else');
    await user.click(within(alert).getByRole('button', { name: 'Save anyway' }));

    await waitFor(() => expect(screen.getByText(/^Saved/)).toBeInTheDocument());
    expect(sent.filter((body) => body.op === 'userset').map((body) => body.user)).toEqual([
      { uid: 6, permissions: { groupCreate: false }, version: 1 },
      { uid: 6, permissions: { groupCreate: false }, version: 2 },
    ]);
    const saved = await userWithUid(6);
    expect(saved.permissions).toMatchObject({ turn: false, groupCreate: false });
  });
});
