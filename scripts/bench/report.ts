// The targets of issue 2 and the readable table printed before the JSON document.
import type { BrowserFigures } from './browser.ts';
import type { BundleFigures } from './bundle.ts';
import type { MachineInfo } from './machine.ts';
import type { MockSizeFigures } from './mock-ops.ts';
import type { PresenceFigures } from './presence.ts';
import { formatBytes, formatMs, summarize, type Stats } from './stats.ts';

export interface TargetResult {
  id: string;
  target: string;
  /** The measured figure the target is judged on. */
  value: number | null;
  limit: number;
  unit: 'ms' | 'bytes';
  pass: boolean | null;
  note?: string;
}

export const LIMITS = {
  mockMs: 20,
  firstRowsMs: 1000,
  searchAfterDebounceMs: 100,
  longTaskMs: 200,
  /** 150 KB read as 150,000 bytes, the stricter reading. */
  shellGzipBytes: 150_000,
} as const;

export interface BenchResults {
  date: string;
  machine: MachineInfo;
  settings: Record<string, unknown>;
  mock: MockSizeFigures[];
  browser: BrowserFigures | null;
  /** Live presence at 1,000 events a second (issue 5). */
  presence?: PresenceFigures | null;
  browserError?: string;
  presenceError?: string;
  bundle: BundleFigures;
  targets: TargetResult[];
}

export function judgeTargets(mock: MockSizeFigures[], browser: BrowserFigures | null, bundle: BundleFigures): TargetResult[] {
  const targets: TargetResult[] = [];
  const big = mock.find((figures) => figures.size === 1_000_000);
  for (const op of big?.ops ?? []) {
    if (!op.target) continue;
    targets.push({
      id: `mock-1m-${op.id}`,
      target: `mock ${op.label} @1M: median ≤ ${LIMITS.mockMs} ms`,
      value: op.stats.median,
      limit: LIMITS.mockMs,
      unit: 'ms',
      pass: op.stats.median <= LIMITS.mockMs,
    });
  }
  const browserValue = <T>(pick: (figures: BrowserFigures) => T) => (browser ? pick(browser) : null);
  const judge = (value: number | null, limit: number) => (value === null ? null : value <= limit);
  const firstRows = browserValue((figures) => figures.firstRows.stats.median);
  targets.push({
    id: 'first-rows',
    target: `first directory rows after navigation @100k: median ≤ ${LIMITS.firstRowsMs} ms`,
    value: firstRows,
    limit: LIMITS.firstRowsMs,
    unit: 'ms',
    pass: judge(firstRows, LIMITS.firstRowsMs),
  });
  const search = browserValue((figures) => figures.search.stats.median);
  targets.push({
    id: 'search-after-debounce',
    target: `filtered rows after the search debounce @100k: median ≤ ${LIMITS.searchAfterDebounceMs} ms`,
    value: search,
    limit: LIMITS.searchAfterDebounceMs,
    unit: 'ms',
    pass: judge(search, LIMITS.searchAfterDebounceMs),
  });
  const longest = browserValue((figures) => figures.seeding1M.longestTask);
  targets.push({
    id: 'seeding-long-task',
    target: `no main-thread task over ${LIMITS.longTaskMs} ms while seeding 1M users`,
    value: longest,
    limit: LIMITS.longTaskMs,
    unit: 'ms',
    pass: judge(longest, LIMITS.longTaskMs),
  });
  targets.push({
    id: 'shell-js',
    target: `app shell JavaScript (without the lazy mock) ≤ ${formatBytes(LIMITS.shellGzipBytes)} gzip`,
    value: bundle.initialGzipBytes,
    limit: LIMITS.shellGzipBytes,
    unit: 'bytes',
    pass: bundle.initialGzipBytes <= LIMITS.shellGzipBytes,
  });
  return targets;
}

function table(title: string, header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [`\n${title}`, line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const statCells = (stats: Stats) => [formatMs(stats.median), formatMs(stats.min), formatMs(stats.max), String(stats.runs)];

export function formatReport(results: BenchResults): string {
  const { machine, mock, browser, bundle, targets } = results;
  const parts: string[] = [
    `Benchmark ${results.date}`,
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}; Node ${machine.node}` +
      (machine.chromium ? `; Chromium ${machine.chromium}` : ''),
  ];
  const load = results.settings.loadAverage as { before: number; after: number } | undefined;
  if (load) parts.push(`Load average (1 min) before / after: ${load.before} / ${load.after} on ${machine.cores} cores`);
  for (const figures of mock) {
    const rows = [
      ['seeding (MockDatabase.seedNow)', ...statCells(figures.seeding), ''],
      ...figures.ops.map((op) => [
        op.slowPath ? `${op.label} [slow path]` : op.label,
        ...statCells(op.stats),
        op.total === undefined ? '' : op.total.toLocaleString('en-US'),
      ]),
    ];
    parts.push(
      table(`Mock ops in Node at ${figures.size.toLocaleString('en-US')} users (seed ${figures.seed}, page of 50)`, ['op', 'median', 'min', 'max', 'runs', 'matches'], rows),
    );
  }
  if (browser) {
    const loaded = browser.firstRows.samples.map((sample) => sample.domContentLoaded);
    const domContentLoaded = loaded.every((value) => value !== null) ? summarize(loaded) : null;
    const rows = [
      ['first rows, first visit (seeds the dataset)', formatMs(browser.seedingVisit.firstRow), '', '', '1'],
      ['first rows, fresh navigation (DOM)', ...statCells(browser.firstRows.stats)],
      ['first rows, fresh navigation (painted frame)', ...statCells(browser.firstRows.framed)],
      ...(domContentLoaded ? [['  milestone: DOMContentLoaded', ...statCells(domContentLoaded)]] : []),
      ...(browser.firstRows.mockReady ? [['  milestone: mock ready (data restored)', ...statCells(browser.firstRows.mockReady)]] : []),
      [`search: last keystroke → rows, minus ${browser.search.debounceMs} ms debounce`, ...statCells(browser.search.stats)],
      ...(browser.search.framed ? [['search: same, to the painted frame', ...statCells(browser.search.framed)]] : []),
    ];
    if (browser.search.discarded > 0) rows.push([`  (${browser.search.discarded} search samples left out: a keystroke pause reached the debounce)`, '', '', '', '']);
    parts.push(
      table(`Chromium ${browser.chromium}, production build, ${browser.dataset.users.toLocaleString('en-US')} users`, ['figure', 'median', 'min', 'max', 'runs'], rows),
    );
    const big = browser.seeding1M;
    parts.push(
      table(`Chromium: seeding ${big.users.toLocaleString('en-US')} users (one run)`, ['figure', 'value'], [
        ['navigation → mock ready (seeded)', big.mockReady === null ? 'n/a' : formatMs(big.mockReady)],
        ['navigation → first rows', formatMs(big.firstRow)],
        ['longest main-thread task', formatMs(big.longestTask)],
        ['tasks over 200 ms', String(big.tasksOver200ms)],
        ['long tasks (> 50 ms), total time', `${big.longTasks}, ${formatMs(big.longTasksTotalMs)}`],
        ...big.longFrames.map((frame) => [
          `  long frame at ${formatMs(frame.start)}: ${formatMs(frame.duration)}`,
          frame.scripts.map((script) => `${script.source || script.invoker} ${formatMs(script.duration)}`).join('; ') || '(no script attributed)',
        ]),
      ]),
    );
  } else {
    parts.push(`\nBrowser figures: not measured${results.browserError ? ` (${results.browserError})` : ''}`);
  }
  parts.push(
    table('JavaScript (gzip, node:zlib default level)', ['chunk', 'raw', 'gzip'], [
      ...bundle.initial.map((chunk) => [`shell: ${chunk.file}`, formatBytes(chunk.bytes), formatBytes(chunk.gzipBytes)]),
      ['shell total', formatBytes(bundle.initialBytes), formatBytes(bundle.initialGzipBytes)],
      ...(bundle.mock ? [[`mock (lazy): ${bundle.mock.file}`, formatBytes(bundle.mock.bytes), formatBytes(bundle.mock.gzipBytes)]] : []),
      [`other lazy chunks (${bundle.lazy.length})`, formatBytes(bundle.lazy.reduce((total, chunk) => total + chunk.bytes, 0)), formatBytes(bundle.lazyGzipBytes)],
    ]),
  );
  parts.push(
    table('Targets (issue 2)', ['target', 'measured', 'result'], targets.map((target) => [
      target.target,
      target.value === null ? 'n/a' : target.unit === 'ms' ? formatMs(target.value) : formatBytes(target.value),
      target.pass === null ? 'NOT MEASURED' : target.pass ? 'PASS' : 'MISS',
    ])),
  );
  return parts.join('\n');
}
