import { z } from 'zod';
import { MockDatabase, type DatabaseSnapshot } from './db/mock-database.ts';
import type { YieldToPage } from './db/generated-dataset.ts';
import {
  defaultMockSettings, mockSettingsSchema, type MockController, type MockSettings, type SeedProgress,
} from './mock-settings.ts';
import { dispatch, failure, WRITE_OPS } from './ops/dispatch.ts';
import type { PresenceStreamMessage } from '../src/contract/index.ts';
import type { PersistedState, StateStore } from './persistence.ts';
import { PresenceModel } from './presence/presence-model.ts';
import { singleTab, type TabCoordinator, type TabNews } from './tab-coordinator.ts';

export interface MockAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface MockRuntimeOptions {
  stateStore: StateStore;
  yieldToPage: YieldToPage;
  /** Seeds this dataset instead of loading saved data. */
  dataset?: Pick<MockSettings, 'users' | 'seed'> | undefined;
  onProgress?: ((progress: SeedProgress) => void) | undefined;
  now?: () => number;
  random?: () => number;
  tabs?: TabCoordinator;
  /** Where latency and failure rate live so that every tab sees a change at its next request. */
  behaviourStore?: BehaviourStore;
}

export type Behaviour = Pick<MockSettings, 'latencyMs' | 'failureRate' | 'presenceRate'>;

export interface BehaviourStore {
  read(): Behaviour | undefined;
  write(behaviour: Behaviour): void;
}

const persistedSchema = z.object({
  revision: z.number().int().nonnegative(),
  settings: mockSettingsSchema,
  snapshot: z.object({ format: z.literal(1) }).loose(),
});

/**
 * The running mock backend: its data, its behaviour switches, and persistence. Both MSW set-ups (the
 * browser's service worker and Node's interceptor) answer every request through `handle`.
 */
export class MockRuntime implements MockController {
  private readonly tabs: TabCoordinator;
  private readonly listeners = new Set<() => void>();
  private catchingUp: Promise<void> = Promise.resolve();
  private presenceModel: PresenceModel;
  private readonly streamListeners = new Set<(message: PresenceStreamMessage) => void>();
  /** Fractional presence events carried from one tick to the next, so low rates still happen. */
  private presenceCarry = 0;
  /** Failures owed at the failure rate, per request: one is due whenever it reaches 1 (see failsOnPurpose). */
  private readonly failureDebts = new Map<string, number>();

  private constructor(
    private db: MockDatabase,
    private current: MockSettings,
    private readonly options: MockRuntimeOptions,
    private readonly notices: string[],
    private revision: number,
  ) {
    this.tabs = options.tabs ?? singleTab;
    this.presenceModel = new PresenceModel(() => this.db, this.now());
    this.tabs.onAnnouncement((revision, news) => {
      const behind = revision > this.revision;
      // The news goes out even when a save of our own already caught up with that revision.
      void this.catchUp().then(() => {
        this.publish(news);
        if (behind) this.notify();
      });
    });
  }

  static async open(options: MockRuntimeOptions): Promise<MockRuntime> {
    const now = options.now ?? Date.now;
    let recovered: string | undefined;
    if (!options.dataset) {
      try {
        const saved = await options.stateStore.load();
        if (saved !== undefined) {
          const valid = persistedSchema.safeParse(saved);
          if (valid.success) {
            const db = await MockDatabase.restore(saved.snapshot, options.yieldToPage, progressOf(options));
            return new MockRuntime(db, valid.data.settings, options, [], valid.data.revision);
          }
          recovered = 'The saved mock data was unreadable, so the mock started again from its default dataset.';
        }
      } catch (error) {
        recovered = `The saved mock data could not be loaded (${String(error)}), so the mock started again.`;
      }
    }
    const settings: MockSettings = { ...defaultMockSettings, ...options.dataset };
    const db = await MockDatabase.seed({ seed: settings.seed, size: settings.users, epoch: now() }, options.yieldToPage, progressOf(options));
    const runtime = new MockRuntime(db, settings, options, recovered ? [recovered] : [], 0);
    await runtime.tabs.exclusive(async () => {
      const saved = await options.stateStore.load().catch(() => undefined);
      runtime.revision = typeof saved?.revision === 'number' ? saved.revision : 0;
      await runtime.persist();
    });
    return runtime;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  presence(): PresenceModel {
    return this.presenceModel;
  }

  /** Listens to the live stream (presence batches, user changes); returns the unsubscribe function. */
  onStream(listener: (message: PresenceStreamMessage) => void): () => void {
    this.streamListeners.add(listener);
    return () => this.streamListeners.delete(listener);
  }

  /** What a client is sent on connecting: the counts to resynchronise from. */
  hello(): PresenceStreamMessage {
    return { type: 'hello', at: this.now(), counts: this.presenceModel.counts() };
  }

  private emit(message: PresenceStreamMessage): void {
    for (const listener of this.streamListeners) listener(message);
  }

  /** Advances the presence simulation by `elapsedMs` at the configured churn, then pushes the batch. */
  tickPresence(elapsedMs: number): void {
    const events = (this.behaviour().presenceRate * elapsedMs) / 1000 + this.presenceCarry;
    const whole = Math.floor(events);
    this.presenceCarry = events - whole;
    this.presenceModel.churn(whole, this.now(), this.options.random ?? Math.random);
    this.flushPresence();
  }

  /** Pushes the presence changes since the last push, as one message (none when nothing changed). */
  flushPresence(): void {
    const changes = this.presenceModel.drainChanges();
    if (changes.length === 0) return;
    this.emit({ type: 'presence', at: this.now(), counts: this.presenceModel.counts(), changes });
  }

  /** Runs the simulation on a timer (the browser); returns the stop function. */
  startPresence(intervalMs = 100): () => void {
    const timer = setInterval(() => this.tickPresence(intervalMs), intervalMs);
    return () => clearInterval(timer);
  }

  settings(): MockSettings {
    return { ...this.current, ...this.behaviour() };
  }

  /** The behaviour in force now: another tab may have changed it a moment ago. */
  private behaviour(): Behaviour {
    const stored = this.options.behaviourStore?.read();
    const { latencyMs, failureRate, presenceRate } = this.current;
    return stored ?? { latencyMs, failureRate, presenceRate };
  }

  bootNotices(): string[] {
    return [...this.notices];
  }

  /** Adds something the console should tell the admin once it has started. */
  addNotice(notice: string): void {
    this.notices.push(notice);
  }

  userCount(): number {
    return this.db.users.count;
  }

  database(): MockDatabase {
    return this.db;
  }

  /** Calls `listener` when another tab changed the mock's data or settings. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  async setBehaviour(behaviour: Partial<Behaviour>): Promise<void> {
    const next = mockSettingsSchema.parse({ ...this.current, ...this.behaviour(), ...behaviour });
    const { latencyMs, failureRate, presenceRate } = next;
    this.options.behaviourStore?.write({ latencyMs, failureRate, presenceRate });
    await this.tabs.exclusive(async () => {
      await this.catchUp();
      this.current = { ...this.current, latencyMs, failureRate, presenceRate };
      await this.persist();
    });
  }

  async reset(dataset: Pick<MockSettings, 'users' | 'seed'>, onProgress?: (progress: SeedProgress) => void): Promise<void> {
    const next = mockSettingsSchema.parse({ ...this.current, ...dataset });
    const now = this.options.now ?? Date.now;
    const db = await MockDatabase.seed(
      { seed: next.seed, size: next.users, epoch: now() },
      this.options.yieldToPage,
      onProgress ? (done, total) => onProgress({ done, total }) : undefined,
    );
    await this.tabs.exclusive(async () => {
      await this.catchUp();
      this.db = db;
      this.presenceModel = new PresenceModel(() => this.db, this.now());
      this.current = { ...this.current, users: next.users, seed: next.seed };
      await this.persist();
    });
  }

  /** Answers one request: the injected latency and failures first, then the op. */
  async handle(rawBody: string): Promise<MockAnswer> {
    const { latencyMs, failureRate } = this.behaviour();
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (this.failsOnPurpose(rawBody, failureRate)) {
      const { body } = failure(opOf(rawBody), undefined, {
        code: 'UNAVAILABLE',
        message: `The mock backend failed this request on purpose (failure rate ${Math.round(failureRate * 100)}%). Try again, or lower the failure rate in Settings.`,
      });
      return { status: 503, body };
    }
    const now = this.options.now ?? Date.now;
    const op = opOf(rawBody);
    if (op === undefined || !WRITE_OPS.has(op)) {
      const { body } = dispatch(this.db, rawBody, now(), this.presenceModel);
      if (op === 'presenceset' && body.result === true) this.flushPresence();
      return { status: 200, body };
    }
    return this.tabs.exclusive(async () => {
      await this.catchUp();
      const { body, changed } = dispatch(this.db, rawBody, now(), this.presenceModel);
      if (changed && body.result === true) {
        const news = userChanges(body);
        await this.persist(news);
        this.publish(news);
      }
      return { status: 200, body };
    });
  }

  /**
   * Which requests fail on purpose. A request seen for the first time fails with the failure rate's
   * probability; the same request sent again (a retry) continues an evenly spread cycle: at 0.5 every
   * second attempt fails, at 0.25 every fourth, at 1 all. So the share failed is the one QA asked for,
   * without streaks: random draws at 0.5 fail a read's four attempts one time in sixteen, which would
   * make "loads thanks to retries" a coin toss, and one cycle shared by all requests could hand a read
   * every failing turn while other requests land between its retries.
   */
  private failsOnPurpose(rawBody: string, failureRate: number): boolean {
    if (failureRate <= 0) return false;
    const debt = (this.failureDebts.get(rawBody) ?? 1 - (this.options.random ?? Math.random)()) + failureRate;
    // The tolerance absorbs rounding, so ten attempts at 0.1 owe exactly one failure.
    const fails = debt >= 1 - 1e-9;
    this.failureDebts.delete(rawBody);
    this.failureDebts.set(rawBody, fails ? Math.max(0, debt - 1) : debt);
    // Remembers the recent requests only (a Map iterates oldest first).
    if (this.failureDebts.size > FAILURE_MEMORY) this.failureDebts.delete(this.failureDebts.keys().next().value ?? '');
    return fails;
  }

  /** Pushes "this user changed" on the stream (RongCloud's subscribed status change), so open pages refresh. */
  private publish(news: TabNews): void {
    for (const message of news) {
      if (message.type === 'user' && message.deleted) this.presenceModel.forget(message.uid);
      this.emit(message);
    }
  }

  /** Loads what another tab saved since this one last loaded or saved. */
  private catchUp(): Promise<void> {
    this.catchingUp = this.catchingUp.then(async () => {
      let saved: PersistedState | undefined;
      try {
        saved = await this.options.stateStore.load();
      } catch {
        return;
      }
      const valid = persistedSchema.safeParse(saved);
      if (!saved || !valid.success || saved.revision <= this.revision) return;
      const dataset = this.db.users.dataset;
      const { shape } = saved.snapshot;
      const sameDataset = shape.seed === dataset.shape.seed && shape.size === dataset.size && shape.epoch === dataset.shape.epoch;
      this.db = sameDataset
        ? MockDatabase.restoreOnto(dataset, saved.snapshot)
        : await MockDatabase.restore(saved.snapshot, this.options.yieldToPage);
      if (!sameDataset) this.presenceModel = new PresenceModel(() => this.db, this.now());
      this.current = valid.data.settings;
      this.revision = saved.revision;
    });
    return this.catchingUp;
  }

  snapshot(): DatabaseSnapshot {
    return this.db.snapshot();
  }

  private async persist(news: TabNews = []): Promise<void> {
    this.revision += 1;
    await this.options.stateStore.save({ revision: this.revision, settings: this.current, snapshot: this.db.snapshot() });
    this.tabs.announce(this.revision, news);
  }
}

/** How many distinct recent requests the failure cycle is kept for (a retry comes within seconds). */
const FAILURE_MEMORY = 1_000;

function progressOf(options: MockRuntimeOptions) {
  const { onProgress } = options;
  return onProgress ? (done: number, total: number) => onProgress({ done, total }) : undefined;
}

/** The users an accepted write changed or deleted, as stream messages. */
function userChanges(body: Record<string, unknown>): TabNews {
  const deleted = Array.isArray(body.deleted) ? body.deleted.filter((uid): uid is number => typeof uid === 'number') : [];
  if (deleted.length > 0) return deleted.map((uid) => ({ type: 'user', uid, version: 0, deleted: true }));
  const user = body.user as { uid?: unknown; version?: unknown } | undefined;
  return typeof user?.uid === 'number' && typeof user.version === 'number' ? [{ type: 'user', uid: user.uid, version: user.version }] : [];
}

function opOf(rawBody: string): string | undefined {
  try {
    const body: unknown = JSON.parse(rawBody);
    return typeof body === 'object' && body !== null && 'op' in body && typeof body.op === 'string' ? body.op : undefined;
  } catch {
    return undefined;
  }
}
