import type { OnlineSample } from '../../lib/presence/online-series.ts';

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axis labels. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}

/** A round ceiling for the y axis (1, 2, 5 × 10ⁿ), so its label reads well: 137 → 200. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * The line as an SVG path, drawn as steps: a count holds until the next sample changes it, so a straight
 * slope between two samples would show values that never were.
 */
export function stepPath(points: readonly OnlineSample[], from: number, to: number, yMax: number, box: ChartBox): string {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (at: number) => box.left + ((Math.min(Math.max(at, from), to) - from) / (to - from)) * plotWidth;
  const y = (online: number) => box.top + plotHeight - (online / yMax) * plotHeight;
  let path = '';
  let previousY: number | null = null;
  for (const point of points) {
    const px = x(point.at).toFixed(1);
    const py = y(point.online).toFixed(1);
    path += previousY === null ? `M${px},${py}` : `H${px}V${py}`;
    previousY = point.online;
  }
  return path;
}

/** The samples, and the current count held up to `to` (the line reaches "now" even when nothing changed). */
export function withCurrent(points: readonly OnlineSample[], current: number | undefined, to: number): OnlineSample[] {
  if (current === undefined) return [...points];
  const last = points.at(-1);
  if (last && last.at >= to) return [...points];
  return [...points, { at: to, online: current }];
}

/** What the chart shows, in a sentence, for screen readers and as the chart's description. */
export function summarise(points: readonly OnlineSample[]): string {
  if (points.length === 0) return 'No samples yet.';
  const values = points.map((point) => point.online);
  const format = (value: number) => value.toLocaleString('en-US');
  const first = values[0] as number;
  const last = values.at(-1) as number;
  return `From ${format(first)} to ${format(last)} users online; lowest ${format(Math.min(...values))}, highest ${format(Math.max(...values))}.`;
}

/** One row a minute for the table view: the last sample of each minute. */
export function perMinute(points: readonly OnlineSample[]): OnlineSample[] {
  const rows = new Map<number, OnlineSample>();
  for (const point of points) rows.set(Math.floor(point.at / 60_000), point);
  return [...rows.values()];
}
