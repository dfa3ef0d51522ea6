// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  failureAnswerSchema, operations, presenceStreamMessageSchema, type OpAnswer, type OpName, type PresenceStreamMessage,
} from '../../src/contract/index.ts';
import { MOCK_BACKEND_URL, MOCK_PRESENCE_PATH } from '../../src/config/paths.ts';
import { MockRuntime } from '../mock-runtime.ts';
import { createNodeMockBackend } from '../node.ts';
import { memoryStateStore } from '../persistence.ts';

let clock = Date.UTC(2026, 5, 1, 12);
let state = 1;
/** A deterministic random source (mulberry32), so churn is the same on every run. */
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let value = Math.imul(state ^ (state >>> 15), 1 | state);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
};

async function runtimeWith(users: number) {
  return MockRuntime.open({
    stateStore: memoryStateStore(),
    yieldToPage: () => Promise.resolve(),
    dataset: { users, seed: 5 },
    now: () => clock,
    random,
  });
}

async function ok<Op extends OpName>(runtime: MockRuntime, op: Op, params: object = {}): Promise<OpAnswer<Op>> {
  const { body } = await runtime.handle(JSON.stringify({ op, token: 't', ...params }));
  return operations[op].answer.parse(body) as OpAnswer<Op>;
}

describe('presence simulation', () => {
  it('starts with about 2% of users online, and the directory agrees with the counts', async () => {
    const runtime = await runtimeWith(5000);
    const { counts } = await ok(runtime, 'presenceget');
    expect(counts.online).toBeGreaterThan(60);
    expect(counts.online).toBeLessThan(140);
    expect(Object.values(counts.byPlatform).reduce((sum, count) => sum + count, 0)).toBe(counts.online);
    expect((await ok(runtime, 'usersget', { count: 1, filter: { presence: 'online' } })).total).toBe(counts.online);
  });

  it('forces a user online and offline, keeping last seen and the session history', async () => {
    const runtime = await runtimeWith(200);
    const offlineUid = (await ok(runtime, 'usersget', { count: 1, filter: { presence: 'dormant30d' } })).users[0]?.uid ?? 1;
    clock += 1000;
    const online = await ok(runtime, 'presenceset', { user: { uid: offlineUid }, online: true, platform: 'ios', device: 'tablet' });
    expect(online.presence).toMatchObject({ online: true, lastSeen: clock, sessions: [{ platform: 'ios', device: 'tablet', since: clock }] });
    expect((await ok(runtime, 'usersget', { user: { uid: offlineUid } })).users[0]).toMatchObject({ online: true, lastSeen: clock });

    clock += 60_000;
    await ok(runtime, 'presenceset', { user: { uid: offlineUid }, online: false });
    const { users } = await ok(runtime, 'presenceget', { uids: [offlineUid], history: true });
    expect(users[0]).toMatchObject({ online: false, lastSeen: clock, sessions: [] });
    expect(users[0]?.history?.[0]).toMatchObject({ platform: 'ios', device: 'tablet', until: clock });
    expect((await ok(runtime, 'usersget', { count: 1, filter: { presence: 'seen24h' }, user: { address: (await ok(runtime, 'usersget', { user: { uid: offlineUid } })).users[0]?.address } })).total).toBe(1);
  });

  it('churns at the configured rate, keeps counts consistent and samples a timeline', async () => {
    const runtime = await runtimeWith(3000);
    await runtime.setBehaviour({ presenceRate: 200 });
    const messages: PresenceStreamMessage[] = [];
    runtime.onStream((message) => messages.push(message));
    for (let tick = 0; tick < 50; tick += 1) {
      clock += 100;
      runtime.tickPresence(100);
    }
    const changes = messages.flatMap((message) => (message.type === 'presence' ? message.changes : []));
    // 200 events a second for 5 seconds; an event is lost only if five draws all hit online users.
    expect(changes.length).toBeGreaterThanOrEqual(995);
    expect(changes.length).toBeLessThanOrEqual(1000);
    const { counts, timeline } = await ok(runtime, 'presenceget');
    expect((await ok(runtime, 'usersget', { count: 1, filter: { presence: 'online' } })).total).toBe(counts.online);
    expect(timeline.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses presence for unknown users and more than 1000 uids', async () => {
    const runtime = await runtimeWith(10);
    const unknown = await runtime.handle(JSON.stringify({ op: 'presenceset', token: 't', user: { uid: 99 }, online: true }));
    expect(failureAnswerSchema.parse(unknown.body).error.code).toBe('NOT_FOUND');
    const tooMany = await runtime.handle(JSON.stringify({ op: 'presenceget', token: 't', uids: Array.from({ length: 1001 }, (_, i) => i + 1) }));
    expect(failureAnswerSchema.parse(tooMany.body).error.field).toBe('uids');
  });
});

describe('presence stream over the WebSocket', () => {
  let backend: Awaited<ReturnType<typeof createNodeMockBackend>>;
  beforeAll(async () => {
    backend = await createNodeMockBackend({ users: 100 });
    backend.server.listen({ onUnhandledFrame: 'error' });
  });
  afterAll(() => backend.server.close());

  it('says hello, then pushes forced changes and user changes', async () => {
    const socket = new WebSocket(`ws://localhost${MOCK_PRESENCE_PATH}`);
    const received: PresenceStreamMessage[] = [];
    const waitFor = (predicate: (message: PresenceStreamMessage) => boolean) =>
      new Promise<PresenceStreamMessage>((resolve) => {
        const check = () => {
          const found = received.find(predicate);
          if (found) resolve(found);
          else socket.addEventListener('message', check, { once: true });
        };
        check();
      });
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      received.push(presenceStreamMessageSchema.parse(JSON.parse(event.data)));
    });
    expect((await waitFor((message) => message.type === 'hello')).type).toBe('hello');

    const post = (body: object) =>
      fetch(`http://localhost${MOCK_BACKEND_URL}`, { method: 'POST', body: JSON.stringify({ token: 't', ...body }) });
    await post({ op: 'presenceset', user: { uid: 7 }, online: true, platform: 'android' });
    const pushed = await waitFor((message) => message.type === 'presence' && message.changes.some((change) => change.uid === 7));
    expect(pushed.type === 'presence' && pushed.changes.find((change) => change.uid === 7)).toMatchObject({ online: true, platform: 'android' });

    await post({ op: 'userset', user: { uid: 8, profile: { update: true, status: 'Pushed' } } });
    expect(await waitFor((message) => message.type === 'user' && message.uid === 8)).toMatchObject({ version: 2 });
    socket.close();
  });
});
