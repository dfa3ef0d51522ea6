// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { MockRuntime } from './mock-runtime.ts';
import { memoryStateStore } from './persistence.ts';
import { readMockUrlParams, withoutMockParams } from './url-params.ts';
import { defaultMockSettings } from './mock-settings.ts';
import type { TabCoordinator, TabNews } from './tab-coordinator.ts';
import type { PresenceStreamMessage } from '../src/contract/index.ts';

const open = (stateStore = memoryStateStore(), random = () => 0.5) =>
  MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve(), dataset: { users: 300, seed: 4 }, random });

const body = (op: string, params: object = {}) => JSON.stringify({ op, token: 'app-token', ...params });

describe('MockRuntime', () => {
  it('spreads failures on purpose evenly over the attempts of a request: at 0.5 a failed request passes when sent again', async () => {
    const runtime = await open(memoryStateStore(), () => 0.3);
    await runtime.setBehaviour({ latencyMs: 0, failureRate: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await runtime.handle(body('usersget', { count: 1 }))).status);
    expect(statuses.filter((status) => status === 503)).toHaveLength(5);
    expect(statuses.join()).not.toContain('503,503');
    // Another request has its own cycle: requests in between do not hand a retry every failing turn.
    const other = body('usersget', { count: 2 });
    expect([(await runtime.handle(other)).status, (await runtime.handle(body('usersget', { count: 1 }))).status, (await runtime.handle(other)).status]).toEqual([503, 503, 200]);

    await runtime.setBehaviour({ latencyMs: 0, failureRate: 0.1 });
    let failed = 0;
    for (let i = 0; i < 100; i += 1) if ((await runtime.handle(body('usersget', { count: 1 }))).status === 503) failed += 1;
    expect(failed).toBe(10);
  });

  it('fails requests at the failure rate with 503 UNAVAILABLE and applies nothing', async () => {
    const runtime = await open(memoryStateStore(), () => 0.1);
    await runtime.setBehaviour({ latencyMs: 0, failureRate: 0.5 });
    const answer = await runtime.handle(body('useradd', { user: { address: 'x@example.com' } }));
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ op: 'useradd', result: false, error: { code: 'UNAVAILABLE' } });
    expect(runtime.userCount()).toBe(300);
    await runtime.setBehaviour({ latencyMs: 0, failureRate: 0 });
    expect((await runtime.handle(body('useradd', { user: { address: 'x@example.com' } }))).status).toBe(200);
    expect(runtime.userCount()).toBe(301);
  });

  it('keeps accepted changes and settings across a restart from the saved state', async () => {
    const stateStore = memoryStateStore();
    const first = await open(stateStore);
    await first.handle(body('useradd', { user: { address: 'kept@example.com', name: 'Kept' } }));
    await first.handle(body('userdel', { user: { uid: 3 } }));
    await first.handle(body('userset', { user: { uid: 4, profile: { update: true, status: 'Changed' } } }));
    await first.setBehaviour({ latencyMs: 25, failureRate: 0 });

    const again = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve() });
    expect(again.settings()).toMatchObject({ users: 300, seed: 4, latencyMs: 25 });
    const users = again.database().users;
    expect(users.getByAddress('kept@example.com')?.profile.name).toBe('Kept');
    expect(users.get(3)).toBeUndefined();
    expect(users.get(4)?.profile.status).toBe('Changed');
    expect(again.userCount()).toBe(300);
  });

  it('starts afresh, and says so, when the saved state is unreadable', async () => {
    const stateStore = memoryStateStore();
    await stateStore.save({ settings: { nonsense: true }, snapshot: {} } as never);
    const runtime = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve() });
    expect(runtime.userCount()).toBe(defaultMockSettings.users);
    expect(runtime.bootNotices()[0]).toMatch(/unreadable/);
  });

  it('reseeds deterministically: the same seed gives the same users (times are relative to the reseed)', async () => {
    const a = await open();
    const b = await open();
    await a.reset({ users: 50, seed: 9 });
    await b.reset({ users: 50, seed: 9 });
    const page = async (runtime: MockRuntime) => {
      const answer = (await runtime.handle(body('usersget', { count: 50 }))).body as { users: { uid: number; address: string; profile: object; active: boolean }[] };
      return answer.users.map(({ uid, address, profile, active }) => ({ uid, address, profile, active }));
    };
    expect(await page(a)).toEqual(await page(b));
    expect(a.userCount()).toBe(50);
  });
});

describe('mock URL parameters', () => {
  it('reads the dataset and behaviour', () => {
    const request = readMockUrlParams('?mockUsers=1000&mockSeed=7&mockLatency=300&mockFailureRate=0.25', defaultMockSettings);
    expect(request).toMatchObject({ dataset: { users: 1000, seed: 7 }, behaviour: { latencyMs: 300, failureRate: 0.25 }, problems: [] });
  });

  it('keeps the current size when only a seed is given', () => {
    expect(readMockUrlParams('?mockSeed=3', defaultMockSettings).dataset).toEqual({ users: defaultMockSettings.users, seed: 3 });
  });

  it('reports and ignores bad values', () => {
    const request = readMockUrlParams('?mockUsers=lots&mockFailureRate=2&mockLatency=-5', defaultMockSettings);
    expect(request.dataset).toBeUndefined();
    expect(request.behaviour).toEqual({});
    expect(request.problems).toHaveLength(3);
    expect(request.problems[0]).toMatch(/mockUsers=lots/);
  });

  it('removes only the mock parameters from the address', () => {
    expect(withoutMockParams('http://h/users?q=ali&mockUsers=5&mockSeed=1#top')).toBe('/users?q=ali#top');
  });
});

describe('several tabs over one saved state', () => {
  /** Two "tabs" in one process: a shared lock and a shared announcement channel, as the browser gives. */
  function sharedTabs() {
    type Listener = (revision: number, news: TabNews) => void;
    const listeners = new Set<Listener>();
    let queue: Promise<unknown> = Promise.resolve();
    return (): TabCoordinator => {
      let own: Listener | undefined;
      return {
        exclusive: <T,>(task: () => Promise<T>) => {
          const run = queue.then(task);
          queue = run.catch(() => undefined);
          return run;
        },
        announce: (revision, news = []) => {
          for (const listener of listeners) if (listener !== own) listener(revision, news);
        },
        onAnnouncement: (listener) => {
          own = listener;
          listeners.add(listener);
        },
      };
    };
  }

  it('never lets one tab overwrite a change saved by another', async () => {
    const stateStore = memoryStateStore();
    const tab = sharedTabs();
    const first = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve(), dataset: { users: 100, seed: 1 }, tabs: tab() });
    const second = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve(), tabs: tab() });
    await first.handle(body('useradd', { user: { address: 'from-first@example.com' } }));
    await second.handle(body('useradd', { user: { address: 'from-second@example.com' } }));

    const reopened = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve() });
    const users = reopened.database().users;
    expect(users.getByAddress('from-first@example.com')?.uid).toBe(101);
    expect(users.getByAddress('from-second@example.com')?.uid).toBe(102);
  });

  it('tells a tab’s listeners when another tab changed the data', async () => {
    const stateStore = memoryStateStore();
    const tab = sharedTabs();
    const first = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve(), dataset: { users: 100, seed: 1 }, tabs: tab() });
    const second = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve(), tabs: tab() });
    const changed = new Promise<void>((resolve) => second.subscribe(resolve));
    await first.handle(body('userdel', { user: { uid: 5 } }));
    await changed;
    expect(second.database().users.get(5)).toBeUndefined();
  });

  it('pushes another tab’s user changes on this tab’s live stream, after catching up with them', async () => {
    const stateStore = memoryStateStore();
    const tab = sharedTabs();
    const first = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve(), dataset: { users: 100, seed: 1 }, tabs: tab() });
    const second = await MockRuntime.open({ stateStore, yieldToPage: () => Promise.resolve(), tabs: tab() });
    const streamed: PresenceStreamMessage[] = [];
    second.onStream((message) => streamed.push(message));
    const changed = new Promise<void>((resolve) => second.subscribe(resolve));

    const answer = await first.handle(body('userset', { user: { uid: 4, profile: { update: true, name: 'Renamed' } } }));
    await changed;
    const version = (answer.body.user as { version: number }).version;
    expect(streamed).toContainEqual({ type: 'user', uid: 4, version });
    // By the time the page hears of it, this tab's copy answers with the new data.
    expect(second.database().users.get(4)?.profile.name).toBe('Renamed');

    await first.handle(body('userdel', { user: { uid: 6 } }));
    await vi.waitFor(() => expect(streamed).toContainEqual({ type: 'user', uid: 6, version: 0, deleted: true }));
  });
});

describe('behaviour shared by tabs', () => {
  it('applies a failure rate set in one tab at the other tab’s next request', async () => {
    let shared: { latencyMs: number; failureRate: number; presenceRate: number } | undefined;
    const behaviourStore = { read: () => shared, write: (value: typeof shared) => void (shared = value) };
    const stateStore = memoryStateStore();
    const options = { stateStore, yieldToPage: () => Promise.resolve(), behaviourStore, random: () => 0.5 };
    const first = await MockRuntime.open({ ...options, dataset: { users: 20, seed: 1 } });
    const second = await MockRuntime.open(options);
    await first.setBehaviour({ latencyMs: 0, failureRate: 1 });
    expect((await second.handle(body('usersget'))).status).toBe(503);
    await first.setBehaviour({ latencyMs: 0, failureRate: 0 });
    expect((await second.handle(body('usersget'))).status).toBe(200);
    expect(second.settings().failureRate).toBe(0);
  });
});
