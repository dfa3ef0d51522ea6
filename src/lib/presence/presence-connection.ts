import type { QueryClient } from '@tanstack/react-query';
import { PRESENCE_MAX_UIDS, presenceStreamMessageSchema, type PresenceCounts, type PresenceStreamMessage } from '../../contract/index.ts';
import type { BackendClient } from '../backend-client.ts';
import { reconnectDelay } from './backoff.ts';
import { applyPresenceChanges, applyUserChanges, cachedUids, reloadAfterGap } from './cache-patches.ts';
import { PresenceBatcher, type FrameScheduler, type PresenceBatch } from './frame-batcher.ts';
import { currentPlatform, presenceSnapshotQueryOptions } from './presence-api.ts';
import { appendSample } from './online-series.ts';
import { POLL_INTERVAL_MS, type PresenceState } from './presence-state.ts';

export { POLL_INTERVAL_MS, type PresenceState, type PresenceStatus } from './presence-state.ts';

/** What the connection needs of a socket; the browser's WebSocket in the app, a fake in tests. */
export type SocketFactory = (url: string, handlers: { onMessage: (data: unknown) => void; onClose: () => void }) => { close: () => void };

export const browserSocketFactory: SocketFactory = (url, handlers) => {
  const socket = new WebSocket(url);
  socket.addEventListener('message', (event: MessageEvent<unknown>) => handlers.onMessage(event.data));
  socket.addEventListener('close', () => handlers.onClose());
  return { close: () => socket.close() };
};

export interface PresenceConnectionOptions {
  queryClient: QueryClient;
  client: BackendClient;
  /** The stream's WebSocket URL; null to poll even when the backend streams. */
  streamUrl: string | null;
  openSocket?: SocketFactory;
  schedule?: FrameScheduler;
  random?: () => number;
  pollIntervalMs?: number;
}

const INITIAL_STATE: PresenceState = { status: 'off', counts: null, series: [] };

/**
 * The app's one presence connection. It loads the snapshot, then either keeps a WebSocket to the stream
 * (reconnecting with backoff, and reloading the snapshot after every gap) or polls the snapshot. Stream
 * messages are parsed with the contract and applied to the query cache at most once per frame.
 * React reads its state through subscribe / getState (useSyncExternalStore).
 */
export class PresenceConnection {
  private state: PresenceState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly batcher: PresenceBatcher;
  private socket: { close: () => void } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Each start, socket and poll gets a number; callbacks of an older one are ignored. */
  private generation = 0;
  private failedAttempts = 0;
  private hadHello = false;
  private warnedMalformed = false;

  constructor(private readonly options: PresenceConnectionOptions) {
    this.batcher = new PresenceBatcher((batch) => this.apply(batch), options.schedule);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): PresenceState => this.state;

  /** Starts (or restarts) the connection. */
  start(): void {
    this.stop();
    const generation = this.generation;
    this.hadHello = false;
    this.failedAttempts = 0;
    this.update({ status: 'connecting' });
    globalThis.addEventListener?.('online', this.onBrowserOnline);
    void this.loadSnapshot(generation);
  }

  /** The backend has no presence op: nothing to connect to. */
  markUnavailable(): void {
    this.stop();
    this.update({ status: 'unavailable' });
  }

  stop(): void {
    this.teardown();
    globalThis.removeEventListener?.('online', this.onBrowserOnline);
    if (this.state.status !== 'off') this.update({ status: 'off' });
  }

  /** Ends the current socket, poll or retry; their late callbacks are ignored from now on. */
  private teardown(): void {
    this.generation += 1;
    this.clearTimer();
    this.socket?.close();
    this.socket = null;
    this.batcher.discard();
  }

  /** Coming back online: retry now instead of waiting out the backoff. */
  private onBrowserOnline = (): void => {
    if (this.state.status !== 'reconnecting') return;
    this.teardown();
    void this.loadSnapshot(this.generation);
  };

  private async loadSnapshot(generation: number): Promise<void> {
    const { queryClient, client, streamUrl } = this.options;
    try {
      const snapshot = await queryClient.fetchQuery({ ...presenceSnapshotQueryOptions(client), staleTime: 0 });
      if (generation !== this.generation) return;
      this.recordCounts(Date.now(), snapshot.counts);
      if (snapshot.stream && streamUrl !== null) this.openSocket(streamUrl);
      else this.startPolling();
    } catch {
      if (generation === this.generation) this.retryLater();
    }
  }

  private openSocket(url: string): void {
    const generation = this.generation;
    const open = this.options.openSocket ?? browserSocketFactory;
    try {
      this.socket = open(url, {
        onMessage: (data) => {
          if (generation === this.generation) this.receive(data);
        },
        onClose: () => {
          if (generation !== this.generation) return;
          this.socket = null;
          this.retryLater();
        },
      });
    } catch {
      // An invalid URL or a blocked scheme throws at construction: treat it like a refused connection.
      this.retryLater();
    }
  }

  private receive(data: unknown): void {
    const message = parseMessage(data);
    if (!message) {
      if (!this.warnedMalformed) console.warn('Presence stream: ignored a message that does not match the contract', data);
      this.warnedMalformed = true;
      return;
    }
    if (message.type === 'hello') {
      const gap = this.hadHello || this.failedAttempts > 0;
      this.hadHello = true;
      this.failedAttempts = 0;
      this.update({ status: 'live' });
      // Whatever happened while the stream was away was not pushed: reload the snapshot and the users shown.
      if (gap) {
        this.batcher.discard();
        void reloadAfterGap(this.options.queryClient);
      }
    }
    this.batcher.add(message);
  }

  private retryLater(): void {
    this.teardown();
    const generation = this.generation;
    const delay = reconnectDelay(this.failedAttempts, this.options.random);
    this.failedAttempts += 1;
    this.update({ status: 'reconnecting' });
    this.timer = setTimeout(() => {
      this.timer = null;
      if (generation === this.generation) void this.loadSnapshot(generation);
    }, delay);
  }

  private startPolling(): void {
    this.update({ status: 'polling' });
    const generation = this.generation;
    const poll = async () => {
      try {
        const { queryClient, client } = this.options;
        const uids = cachedUids(queryClient, PRESENCE_MAX_UIDS);
        const answer = await client.call('presenceget', uids.length > 0 ? { uids } : {});
        if (generation !== this.generation) return;
        const changes = answer.users.map((user) => {
          const platform = user.online ? currentPlatform(user) : undefined;
          return { uid: user.uid, online: user.online, lastSeen: user.lastSeen, ...(platform ? { platform } : {}) };
        });
        this.batcher.add({ type: 'presence', at: Date.now(), counts: answer.counts, changes });
      } catch {
        // The next poll tries again; the pages show their own errors for their own requests.
      }
      if (generation === this.generation) this.timer = setTimeout(() => void poll(), this.options.pollIntervalMs ?? POLL_INTERVAL_MS);
    };
    this.timer = setTimeout(() => void poll(), this.options.pollIntervalMs ?? POLL_INTERVAL_MS);
  }

  private apply(batch: PresenceBatch): void {
    const { queryClient } = this.options;
    applyPresenceChanges(queryClient, batch.changes);
    applyUserChanges(queryClient, batch.users);
    if (batch.counts) this.recordCounts(batch.counts.at, batch.counts.counts);
  }

  private recordCounts(at: number, counts: PresenceCounts): void {
    this.update({ counts, series: appendSample(this.state.series, { at, online: counts.online }) });
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(patch: Partial<PresenceState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function parseMessage(data: unknown): PresenceStreamMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = presenceStreamMessageSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
