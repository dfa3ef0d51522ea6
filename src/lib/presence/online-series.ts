/** The online count at a moment (server time, ms since the epoch). */
export interface OnlineSample {
  at: number;
  online: number;
}

/** The dashboard's window. */
export const SERIES_WINDOW_MS = 15 * 60_000;
/** Live samples closer together than this replace each other: the chart needs no finer grain. */
export const SAMPLE_SPACING_MS = 1_000;

/**
 * Adds a live sample: within SAMPLE_SPACING_MS of the last one it replaces it (the newest count wins),
 * and samples older than the window fall off. Returns a new array (readers compare by reference).
 */
export function appendSample(series: readonly OnlineSample[], sample: OnlineSample): OnlineSample[] {
  const last = series.at(-1);
  const kept = last && sample.at - last.at < SAMPLE_SPACING_MS ? series.slice(0, -1) : series;
  const from = sample.at - SERIES_WINDOW_MS;
  return [...kept.filter((point) => point.at >= from), sample];
}

/**
 * The chart's points: the backend's sampled timeline (from the snapshot) up to where live samples
 * begin, then the live samples; only the last 15 minutes before `now`.
 */
export function mergeSeries(timeline: readonly OnlineSample[], live: readonly OnlineSample[], now: number): OnlineSample[] {
  const liveFrom = live[0]?.at ?? Infinity;
  const from = now - SERIES_WINDOW_MS;
  return [...timeline.filter((point) => point.at < liveFrom), ...live].filter((point) => point.at >= from);
}
