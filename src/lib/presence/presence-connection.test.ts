import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpAnswer, OpName, OpParams } from '../../contract/index.ts';
import type { BackendClient } from '../backend-client.ts';
import { queryKeys } from '../query-keys.ts';
import type { FrameScheduler } from './frame-batcher.ts';
import { PresenceConnection, type SocketFactory } from './presence-connection.ts';
import { testUser } from './test-users.ts';

const counts = (online: number) => ({ online, byPlatform: { android: online, ios: 0, javascript: 0, python: 0, cpp: 0 } });

/** A backend whose presenceget answers `stream` and records what it was asked. */
function fakeBackend(stream: boolean) {
  const asked: OpParams<'presenceget'>[] = [];
  const call = async (op: OpName, params: OpParams<'presenceget'>): Promise<OpAnswer<'presenceget'>> => {
    if (op !== 'presenceget') throw new Error(`unexpected op ${op}`);
    asked.push(params);
    return Promise.resolve({ op: 'presenceget', result: true, counts: counts(2), users: [], timeline: [], stream });
  };
  const client = { url: 'http://backend.test/api', call } as unknown as BackendClient;
  return { client, asked };
}

/** Sockets the test opens, feeds and drops. */
function fakeSockets() {
  const sockets: { url: string; send: (message: object | string) => void; drop: () => void; closed: boolean }[] = [];
  const factory: SocketFactory = (url, handlers) => {
    const socket = {
      url,
      closed: false,
      send: (message: object | string) => handlers.onMessage(typeof message === 'string' ? message : JSON.stringify(message)),
      drop: () => handlers.onClose(),
    };
    sockets.push(socket);
    return { close: () => void (socket.closed = true) };
  };
  return { sockets, factory };
}

const immediateFrames: FrameScheduler = (callback) => {
  callback();
  return () => {};
};

describe('PresenceConnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads the snapshot, opens the stream, and is live once the stream says hello', async () => {
    const { client } = fakeBackend(true);
    const { sockets, factory } = fakeSockets();
    const connection = new PresenceConnection({ queryClient: new QueryClient(), client, streamUrl: 'ws://x/presence', openSocket: factory, schedule: immediateFrames });
    connection.start();
    expect(connection.getState().status).toBe('connecting');
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(1);
    sockets[0]?.send({ type: 'hello', at: 10, counts: counts(5) });
    expect(connection.getState()).toMatchObject({ status: 'live', counts: counts(5) });
    connection.stop();
    expect(sockets[0]?.closed).toBe(true);
    expect(connection.getState().status).toBe('off');
  });

  it('reconnects with backoff after a drop, and reloads what was shown once back', async () => {
    const { client } = fakeBackend(true);
    const { sockets, factory } = fakeSockets();
    const queryClient = new QueryClient();
    queryClient.setQueryData(queryKeys.users.detail(1), testUser(1));
    const connection = new PresenceConnection({ queryClient, client, streamUrl: 'ws://x/presence', openSocket: factory, schedule: immediateFrames, random: () => 0 });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0]?.send({ type: 'hello', at: 10, counts: counts(5) });

    sockets[0]?.drop();
    expect(connection.getState().status).toBe('reconnecting');
    // The first retry waits 1–2 s (1 s with this random source).
    await vi.advanceTimersByTimeAsync(999);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(2);
    expect(connection.getState().status).toBe('reconnecting');

    // A second drop before hello: the wait doubles.
    sockets[1]?.drop();
    await vi.advanceTimersByTimeAsync(1999);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);

    sockets[2]?.send({ type: 'hello', at: 20, counts: counts(6) });
    expect(connection.getState().status).toBe('live');
    expect(queryClient.getQueryState(queryKeys.users.detail(1))?.isInvalidated).toBe(true);
    connection.stop();
  });

  it('applies pushed changes to the cache and ignores messages outside the contract', async () => {
    const { client } = fakeBackend(true);
    const { sockets, factory } = fakeSockets();
    const queryClient = new QueryClient();
    queryClient.setQueryData(queryKeys.users.detail(4), testUser(4));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const connection = new PresenceConnection({ queryClient, client, streamUrl: 'ws://x/presence', openSocket: factory, schedule: immediateFrames });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0]?.send({ type: 'hello', at: 10, counts: counts(5) });
    sockets[0]?.send({ type: 'presence', at: 11, counts: counts(6), changes: [{ uid: 4, online: true, lastSeen: 11, platform: 'ios' }] });
    sockets[0]?.send({ type: 'presence', at: 12, counts: 'many' });
    sockets[0]?.send('not json');

    expect(queryClient.getQueryData(queryKeys.users.detail(4))).toMatchObject({ online: true, lastSeen: 11 });
    expect(connection.getState()).toMatchObject({ status: 'live', counts: counts(6) });
    expect(warn).toHaveBeenCalledTimes(1);
    connection.stop();
  });

  it('polls the snapshot for the cached users when the backend does not stream', async () => {
    const { client, asked } = fakeBackend(false);
    const { sockets, factory } = fakeSockets();
    const queryClient = new QueryClient();
    queryClient.setQueryData(queryKeys.users.detail(8), testUser(8));
    const connection = new PresenceConnection({ queryClient, client, streamUrl: 'ws://x/presence', openSocket: factory, schedule: immediateFrames, pollIntervalMs: 5000 });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(connection.getState().status).toBe('polling');
    expect(sockets).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked.at(-1)).toEqual({ uids: [8] });
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(3);
    connection.stop();
  });
});
