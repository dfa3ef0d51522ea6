import type { PresenceCounts, PresenceStreamMessage } from '../../contract/index.ts';

export type PresenceChange = Extract<PresenceStreamMessage, { type: 'presence' }>['changes'][number];
export type UserChange = Extract<PresenceStreamMessage, { type: 'user' }>;

/** Everything the stream said during one frame, reduced to what the screen needs. */
export interface PresenceBatch {
  /** The latest change per user: someone who came and went within the frame appears once, offline. */
  changes: ReadonlyMap<number, PresenceChange>;
  /** The latest profile change per user; a deletion stays a deletion. */
  users: ReadonlyMap<number, UserChange>;
  /** The newest counts, with the server time they were true at. */
  counts: { at: number; counts: PresenceCounts } | null;
}

/** Runs `callback` once, at the next frame; answers a function that cancels it. */
export type FrameScheduler = (callback: () => void) => () => void;

/**
 * requestAnimationFrame: at most one flush per painted frame, and none while the tab is hidden (the
 * buffer then holds at most one entry per user, and is applied in one go when the tab shows again).
 */
export const animationFrameScheduler: FrameScheduler = (callback) => {
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
};

/**
 * Buffers stream messages and hands them to `flush` at most once per frame. At 1,000 presence events a
 * second the stream delivers a batch every 100 ms; without this each would patch the query cache and
 * re-render its readers separately.
 */
export class PresenceBatcher {
  private changes = new Map<number, PresenceChange>();
  private users = new Map<number, UserChange>();
  private counts: PresenceBatch['counts'] = null;
  private cancelFrame: (() => void) | null = null;
  private frameRequested = false;

  constructor(
    private readonly flush: (batch: PresenceBatch) => void,
    private readonly schedule: FrameScheduler = animationFrameScheduler,
  ) {}

  /** Takes one stream message (a hello carries only counts). */
  add(message: PresenceStreamMessage): void {
    if (message.type === 'user') {
      const previous = this.users.get(message.uid);
      this.users.set(message.uid, previous?.deleted ? { ...message, deleted: true } : message);
    } else {
      if (message.type === 'presence') for (const change of message.changes) this.changes.set(change.uid, change);
      if (!this.counts || message.at >= this.counts.at) this.counts = { at: message.at, counts: message.counts };
    }
    this.request();
  }

  /** Applies what is buffered now, without waiting for the frame (used before tearing down). */
  flushNow(): void {
    this.cancelPendingFrame();
    if (this.changes.size === 0 && this.users.size === 0 && !this.counts) return;
    const batch: PresenceBatch = { changes: this.changes, users: this.users, counts: this.counts };
    this.changes = new Map();
    this.users = new Map();
    this.counts = null;
    this.flush(batch);
  }

  /** Drops what is buffered (the snapshot is about to be reloaded anyway). */
  discard(): void {
    this.cancelPendingFrame();
    this.changes = new Map();
    this.users = new Map();
    this.counts = null;
  }

  private cancelPendingFrame(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.frameRequested = false;
  }

  private request(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    const cancel = this.schedule(() => {
      this.frameRequested = false;
      this.cancelFrame = null;
      this.flushNow();
    });
    // A scheduler may run the callback at once (tests do): then there is nothing left to cancel.
    if (this.frameRequested) this.cancelFrame = cancel;
  }
}
