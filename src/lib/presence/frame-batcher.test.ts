import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { PresenceStreamMessage } from '../../contract/index.ts';
import { queryKeys, type UsersListParams } from '../query-keys.ts';
import { applyPresenceChanges } from './cache-patches.ts';
import { PresenceBatcher, type FrameScheduler, type PresenceBatch } from './frame-batcher.ts';
import { testUser } from './test-users.ts';

/** A frame scheduler driven by the test: `frame()` runs what was requested since the last frame. */
function manualFrames() {
  let pending: (() => void)[] = [];
  const schedule: FrameScheduler = (callback) => {
    pending.push(callback);
    return () => {
      pending = pending.filter((each) => each !== callback);
    };
  };
  return {
    schedule,
    requested: () => pending.length,
    frame: () => {
      const run = pending;
      pending = [];
      for (const callback of run) callback();
    },
  };
}

const counts = (online: number) => ({ online, byPlatform: { android: online, ios: 0, javascript: 0, python: 0, cpp: 0 } });

function presence(at: number, changes: Extract<PresenceStreamMessage, { type: 'presence' }>['changes']): PresenceStreamMessage {
  return { type: 'presence', at, counts: counts(changes.filter((change) => change.online).length), changes };
}

describe('PresenceBatcher', () => {
  it('turns many messages into one flush per frame, the latest change per user winning', () => {
    const frames = manualFrames();
    const flushes: PresenceBatch[] = [];
    const batcher = new PresenceBatcher((batch) => flushes.push(batch), frames.schedule);

    for (let i = 0; i < 500; i += 1) {
      batcher.add(presence(1000 + i, [{ uid: i % 50, online: i % 2 === 0, lastSeen: 1000 + i, platform: 'ios' }]));
    }
    expect(frames.requested()).toBe(1);
    expect(flushes).toHaveLength(0);

    frames.frame();
    expect(flushes).toHaveLength(1);
    const [batch] = flushes;
    expect(batch?.changes.size).toBe(50);
    // uid 7's last event was i = 457 (odd: offline).
    expect(batch?.changes.get(7)).toEqual({ uid: 7, online: false, lastSeen: 1457, platform: 'ios' });
    expect(batch?.counts?.at).toBe(1499);

    frames.frame();
    expect(flushes).toHaveLength(1);
  });

  it('keeps a deletion a deletion even if an older version arrives later in the frame', () => {
    const frames = manualFrames();
    const flushes: PresenceBatch[] = [];
    const batcher = new PresenceBatcher((batch) => flushes.push(batch), frames.schedule);
    batcher.add({ type: 'user', uid: 3, version: 4, deleted: true });
    batcher.add({ type: 'user', uid: 3, version: 5 });
    frames.frame();
    expect(flushes[0]?.users.get(3)).toMatchObject({ version: 5, deleted: true });
  });

  it('drops what is buffered on discard, and asks for no frame afterwards', () => {
    const frames = manualFrames();
    const flush = vi.fn();
    const batcher = new PresenceBatcher(flush, frames.schedule);
    batcher.add({ type: 'hello', at: 1, counts: counts(3) });
    batcher.discard();
    expect(frames.requested()).toBe(0);
    frames.frame();
    expect(flush).not.toHaveBeenCalled();
  });

  it('patches the query cache once per frame however many events arrive', () => {
    const frames = manualFrames();
    const queryClient = new QueryClient();
    const params: UsersListParams = {
      q: '', active: 'all', sort: undefined, order: 'asc', cursor: undefined, size: 50, platform: 'any', token: 'any', presence: 'any',
    };
    const users = Array.from({ length: 50 }, (_, i) => testUser(i + 1));
    queryClient.setQueryData(queryKeys.users.list(params, true), { users, total: 50, offset: 0, next: null, prev: null });
    const notified = vi.fn();
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated') notified();
    });
    const batcher = new PresenceBatcher((batch) => applyPresenceChanges(queryClient, batch.changes), frames.schedule);

    for (let i = 0; i < 1000; i += 1) {
      batcher.add(presence(2000 + i, [{ uid: (i % 50) + 1, online: true, lastSeen: 2000 + i, platform: 'android' }]));
    }
    expect(notified).not.toHaveBeenCalled();
    frames.frame();
    expect(notified).toHaveBeenCalledTimes(1);
    const page = queryClient.getQueryData<{ users: { online: boolean; lastSeen: number | null }[] }>(queryKeys.users.list(params, true));
    expect(page?.users.every((user) => user.online)).toBe(true);
    expect(page?.users[0]?.lastSeen).toBe(2950);
  });
});
