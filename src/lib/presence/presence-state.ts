import type { PresenceCounts } from '../../contract/index.ts';
import type { OnlineSample } from './online-series.ts';

/**
 * The state of the app's presence connection, apart from the connection itself, so the app shell can
 * show it while the connection's module loads lazily.
 *
 * - `off`: not started (or the backend's capabilities are not known yet);
 * - `connecting`: the first connection is being made;
 * - `live`: the stream is open and has said hello;
 * - `reconnecting`: the stream dropped (or never opened); a retry is scheduled with backoff;
 * - `polling`: the backend has presence but no stream: the snapshot is fetched every few seconds;
 * - `unavailable`: the backend has no presence at all (a plain mesibo).
 */
export type PresenceStatus = 'off' | 'connecting' | 'live' | 'reconnecting' | 'polling' | 'unavailable';

export interface PresenceState {
  status: PresenceStatus;
  /** The newest online counts, from the stream, the polled snapshot or the first snapshot. */
  counts: PresenceCounts | null;
  /** Online counts seen since the connection started, at most one a second, the last 15 minutes. */
  series: readonly OnlineSample[];
}

export const POLL_INTERVAL_MS = 10_000;
