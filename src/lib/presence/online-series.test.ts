import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff.ts';
import { appendSample, mergeSeries, SERIES_WINDOW_MS } from './online-series.ts';

describe('online series', () => {
  it('keeps at most one live sample a second, and only the last 15 minutes', () => {
    let series = appendSample([], { at: 0, online: 1 });
    series = appendSample(series, { at: 400, online: 2 });
    expect(series).toEqual([{ at: 400, online: 2 }]);
    series = appendSample(series, { at: 1500, online: 3 });
    expect(series).toHaveLength(2);
    series = appendSample(series, { at: SERIES_WINDOW_MS + 1000, online: 4 });
    expect(series).toEqual([{ at: 1500, online: 3 }, { at: SERIES_WINDOW_MS + 1000, online: 4 }]);
  });

  it('starts the chart with the backend timeline and continues with live samples', () => {
    const timeline = [
      { at: 0, online: 10 },
      { at: 10_000, online: 11 },
      { at: 20_000, online: 12 },
    ];
    const live = [
      { at: 15_000, online: 20 },
      { at: 16_000, online: 21 },
    ];
    expect(mergeSeries(timeline, live, 16_000)).toEqual([{ at: 0, online: 10 }, { at: 10_000, online: 11 }, ...live]);
    expect(mergeSeries(timeline, [], SERIES_WINDOW_MS + 10_000)).toEqual(timeline.slice(1));
  });
});

describe('reconnectDelay', () => {
  it('doubles per attempt with jitter in the upper half, and is capped', () => {
    expect(reconnectDelay(0, () => 0)).toBe(1000);
    expect(reconnectDelay(0, () => 1)).toBe(2000);
    expect(reconnectDelay(1, () => 0)).toBe(2000);
    expect(reconnectDelay(3, () => 0.5)).toBe(12_000);
    expect(reconnectDelay(10, () => 1)).toBe(30_000);
    expect(reconnectDelay(10_000, () => 0)).toBe(15_000);
  });
});
