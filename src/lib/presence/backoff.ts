/** How long to wait before reconnecting the presence stream. */
export interface BackoffPolicy {
  /** The ceiling of the first retry; each failed attempt doubles it. */
  baseMs: number;
  /** No wait is ever longer than this. */
  capMs: number;
}

/**
 * 1–2 s, then 2–4 s, 4–8 s … up to 15–30 s. The first wait is long enough for a person to see
 * "Reconnecting…" (and for a restarting server to come back) rather than a flicker.
 */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 30_000 };

/**
 * Exponential backoff with "equal jitter": half the ceiling is fixed, half random. The random half
 * spreads out many consoles that lost the same server at once; the fixed half keeps a retry from
 * firing at once in a tight loop. `attempt` counts failed attempts since the last good connection (0 =
 * the first retry).
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  // The exponent is capped too, so a long outage never overflows to Infinity.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return ceiling / 2 + (random() * ceiling) / 2;
}
