import {
  emptyPlatformCounts, type PastSession, type Platform, type PresenceCounts, type PresenceSession, type PresenceState,
  type User, type UserPresence,
} from '../../src/contract/index.ts';
import type { MockDatabase } from '../db/mock-database.ts';
import { unit } from '../db/random.ts';
import type { RowFilter } from '../db/user-query.ts';

export interface PresenceChange {
  uid: number;
  online: boolean;
  lastSeen: number | null;
  platform?: Platform;
}

const ONLINE_SHARE = 0.02;
const HISTORY_LENGTH = 10;
const TIMELINE_STEP_MS = 10_000;
const TIMELINE_LENGTH = 90;
const DAY = 86_400_000;
const ONLINE_SALT = 77;

/**
 * Who is online in the mock, simulated: about 2% of users at a time, churning at the configured rate.
 * Generated rows keep their state in typed arrays (a million users cost 9 MB); created users in maps.
 * Presence is live state, like a real backend's: it is not persisted, a reload starts a new simulation.
 */
export class PresenceModel {
  private readonly onlineRow: Uint8Array;
  private readonly lastSeenRow: Float64Array;
  private readonly lastSeenOther = new Map<number, number>();
  private readonly sessions = new Map<number, PresenceSession[]>();
  private readonly onlineList: number[] = [];
  private readonly onlineIndex = new Map<number, number>();
  private readonly history = new Map<number, PastSession[]>();
  private readonly timeline: { at: number; online: number }[] = [];
  private readonly byPlatform = emptyPlatformCounts();
  private pending: PresenceChange[] = [];

  /** `database` is read on every use: another tab's changes replace the database object. */
  constructor(
    private readonly database: () => MockDatabase,
    now: number,
  ) {
    const { size, shape } = database().users.dataset;
    this.onlineRow = new Uint8Array(size);
    this.lastSeenRow = new Float64Array(size).fill(Number.NaN);
    for (let row = 0; row < size; row += 1) {
      if (unit(shape.seed, row, ONLINE_SALT) < ONLINE_SHARE && this.exists(row + 1)) {
        this.connect(row + 1, this.platformOf(row + 1, unit(shape.seed, row, ONLINE_SALT + 1)), 'phone', now - Math.floor(unit(shape.seed, row, ONLINE_SALT + 2) * 3_600_000), false);
      }
    }
    this.sample(now);
  }

  private db(): MockDatabase {
    return this.database();
  }

  counts(): PresenceCounts {
    return { online: this.onlineList.length, byPlatform: { ...this.byPlatform } };
  }

  isOnline(uid: number): boolean {
    return this.sessions.has(uid);
  }

  /** While online: when the current session began; else the last time the user was seen. */
  lastSeen(uid: number, stored: number | null): number | null {
    const row = this.db().users.dataset.rowOf(uid);
    const live = row >= 0 ? this.lastSeenRow[row] : this.lastSeenOther.get(uid);
    return live === undefined || Number.isNaN(live) ? stored : live;
  }

  decorate(user: User): User {
    return { ...user, online: this.isOnline(user.uid), lastSeen: this.lastSeen(user.uid, user.lastSeen) };
  }

  presenceOf(user: User, withHistory: boolean): UserPresence {
    return {
      uid: user.uid,
      online: this.isOnline(user.uid),
      lastSeen: this.lastSeen(user.uid, user.lastSeen),
      sessions: [...(this.sessions.get(user.uid) ?? [])],
      ...(withHistory ? { history: [...(this.history.get(user.uid) ?? [])] } : {}),
    };
  }

  /** Online count every 10 seconds over the last 15 minutes, oldest first. */
  timelineSamples(): { at: number; online: number }[] {
    return [...this.timeline];
  }

  sample(now: number): void {
    const last = this.timeline.at(-1);
    if (last && now - last.at < TIMELINE_STEP_MS) return;
    this.timeline.push({ at: now, online: this.onlineList.length });
    if (this.timeline.length > TIMELINE_LENGTH) this.timeline.shift();
  }

  setOnline(uid: number, platform: Platform, device: string, now: number): void {
    this.connect(uid, platform, device, now, true);
  }

  setOffline(uid: number, now: number): void {
    const sessions = this.sessions.get(uid);
    if (!sessions) return;
    this.sessions.delete(uid);
    for (const session of sessions) {
      this.byPlatform[session.platform] -= 1;
      const past = this.history.get(uid) ?? [];
      past.unshift({ ...session, until: now });
      this.history.set(uid, past.slice(0, HISTORY_LENGTH));
    }
    this.removeFromOnlineList(uid);
    this.setLastSeen(uid, now);
    this.pending.push({ uid, online: false, lastSeen: now });
  }

  /** A deleted user leaves the simulation without an event (the user event says it is gone). */
  forget(uid: number): void {
    const sessions = this.sessions.get(uid);
    if (sessions) for (const session of sessions) this.byPlatform[session.platform] -= 1;
    this.sessions.delete(uid);
    this.removeFromOnlineList(uid);
    this.history.delete(uid);
  }

  /** `events` random comings and goings that keep the online share near 2%. */
  churn(events: number, now: number, random: () => number): void {
    const { size } = this.db().users.dataset;
    const target = Math.max(1, Math.round(this.db().users.count * ONLINE_SHARE));
    for (let event = 0; event < events; event += 1) {
      const online = this.onlineList.length;
      const comeOnline = online === 0 || (online < target * 1.02 && (online < target * 0.98 || random() < 0.5));
      if (comeOnline && size > 0) {
        // A few draws, so an event is rarely lost on a user who is online already or deleted.
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const uid = 1 + Math.floor(random() * size);
          if (this.isOnline(uid) || !this.exists(uid)) continue;
          this.connect(uid, this.platformOf(uid, random()), random() < 0.7 ? 'phone' : 'laptop', now, true);
          break;
        }
      } else if (online > 0) {
        this.setOffline(this.onlineList[Math.floor(random() * online)] as number, now);
      }
    }
    this.sample(now);
  }

  /** The changes since the last call, for the stream to push in one batch. */
  drainChanges(): PresenceChange[] {
    const changes = this.pending;
    this.pending = [];
    return changes;
  }

  /** The directory's presence filters, over the live state. */
  filter(state: PresenceState, now: number): RowFilter {
    const dataset = this.db().users.dataset;
    const matches = (online: boolean, lastSeen: number | null) => {
      if (state === 'online') return online;
      if (state === 'seen24h') return online || (lastSeen !== null && lastSeen >= now - DAY);
      return !online && (lastSeen === null || lastSeen < now - 30 * DAY);
    };
    return {
      row: (row) => {
        const live = this.lastSeenRow[row] as number;
        return matches(this.onlineRow[row] === 1, Number.isNaN(live) ? dataset.lastSeen(row) : live);
      },
      user: (user) => matches(this.isOnline(user.uid), this.lastSeen(user.uid, user.lastSeen)),
    };
  }

  private connect(uid: number, platform: Platform, device: string, since: number, announce: boolean): void {
    const sessions = this.sessions.get(uid) ?? [];
    const existing = sessions.findIndex((session) => session.device === device);
    if (existing >= 0) {
      this.byPlatform[(sessions[existing] as PresenceSession).platform] -= 1;
      sessions.splice(existing, 1);
    }
    sessions.push({ platform, device, since });
    this.byPlatform[platform] += 1;
    this.sessions.set(uid, sessions);
    if (!this.onlineIndex.has(uid)) {
      this.onlineIndex.set(uid, this.onlineList.length);
      this.onlineList.push(uid);
    }
    const row = this.db().users.dataset.rowOf(uid);
    if (row >= 0) this.onlineRow[row] = 1;
    this.setLastSeen(uid, since);
    if (announce) this.pending.push({ uid, online: true, lastSeen: since, platform });
  }

  private removeFromOnlineList(uid: number): void {
    const index = this.onlineIndex.get(uid);
    if (index === undefined) return;
    const last = this.onlineList.pop() as number;
    if (last !== uid) {
      this.onlineList[index] = last;
      this.onlineIndex.set(last, index);
    }
    this.onlineIndex.delete(uid);
    const row = this.db().users.dataset.rowOf(uid);
    if (row >= 0) this.onlineRow[row] = 0;
  }

  private setLastSeen(uid: number, at: number): void {
    const row = this.db().users.dataset.rowOf(uid);
    if (row >= 0) this.lastSeenRow[row] = at;
    else this.lastSeenOther.set(uid, at);
  }

  private exists(uid: number): boolean {
    return this.db().users.has(uid);
  }

  /** A platform the user holds a token for (the first one), else the web. */
  private platformOf(uid: number, draw: number): Platform {
    const tokens = this.db().tokenPlatformsOf(uid);
    const token = tokens[Math.floor(draw * tokens.length)];
    return token?.[Math.floor(draw * 7) % token.length] ?? 'javascript';
  }
}
