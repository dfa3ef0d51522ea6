/** Median, min and max of a set of timings, plus the raw samples (all in milliseconds). */
export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarize(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('No samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    median: round(median),
    min: round(sorted[0] as number),
    max: round(sorted[sorted.length - 1] as number),
    runs: samples.length,
    samples: samples.map((sample) => round(sample)),
  };
}

/** Runs `run` `warmups` times unmeasured, then `runs` times measured; `run` gets the measured run's index. */
export function timeRuns(runs: number, warmups: number, run: (index: number) => void): Stats {
  for (let index = 0; index < warmups; index += 1) run(-1 - index);
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run(index);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export function formatMs(value: number): string {
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function formatBytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
