// `npm run bench`: the performance figures of issue 2 (not part of `npm test`).
//
//  1. Mock op latencies in Node (dispatch(), as the MSW handler answers) at 100,000 and 1,000,000 users.
//  2. In a real Chromium on the production build (dist/, served by `vite preview` started here): time from
//     navigation to the first directory rows, and from the last keystroke to filtered rows, at 100,000
//     users; long tasks while seeding 1,000,000 users.
//  3. The app shell's JavaScript, gzip.
//  4. Live presence (issue 5): frame intervals and long tasks on the directory at 100,000 users while the
//     stream pushes 1,000 events a second and someone scrolls and types (scripts/bench/presence.ts).
// Prints a table, the targets (PASS / MISS), then one JSON document, also written to
// bench-results/latest.json. `--no-browser` skips part 2 (e.g. to iterate on the mock).
//
// Run with: node --experimental-transform-types --no-warnings scripts/bench.ts (after `vite build`).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from './browser-path.mjs';
import { measureBrowser, type BrowserFigures } from './bench/browser.ts';
import { measureBundle } from './bench/bundle.ts';
import { machineInfo } from './bench/machine.ts';
import { expectedResults, measureMockOps, someUniqueId } from './bench/mock-ops.ts';
import { formatPresence, measurePresence, type PresenceFigures } from './bench/presence.ts';
import { startPreview } from './bench/preview-server.ts';
import { formatReport, judgeTargets, type BenchResults } from './bench/report.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = 4174;
const RUNS = 7;
const NAVIGATIONS = 7;
const BROWSER_USERS = 100_000;
const BROWSER_SEED = 1;
const BIG_USERS = 1_000_000;
const BIG_SEED = 2;
const PAGE_SIZE = 50;
const FALLBACK_DEBOUNCE_MS = 250;
const PRESENCE_RATE = 1_000;
const PRESENCE_SECONDS = 15;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The directory's search debounce, read from its source so the benchmark follows the app. */
function searchDebounceMs(): number {
  const folder = path.join(ROOT, 'src/features/users');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
  );
  for (const file of files) {
    const match = /export const \w*DEBOUNCE\w*\s*=\s*(\d[\d_]*)/.exec(readFileSync(path.join(folder, file), 'utf8'));
    if (match?.[1]) return Number(match[1].replaceAll('_', ''));
  }
  log(`bench: no *DEBOUNCE* constant found in src/features/users; assuming ${FALLBACK_DEBOUNCE_MS} ms`);
  return FALLBACK_DEBOUNCE_MS;
}

const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

async function browserFigures(): Promise<{ browser: BrowserFigures; presence: PresenceFigures | null; presenceError?: string }> {
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium found: run `node scripts/ensure-browser.mjs`');
  // Every query is different: the console caches answers, so a repeated query would measure the cache.
  const queries = [
    'ali', 'smith', 'noah', '*@corp.example', 'alice.smith.00', someUniqueId(BROWSER_USERS, BROWSER_SEED, 54_321),
    'chen', 'garcia', 'emma', '*@example.org', 'liam.kim', someUniqueId(BROWSER_USERS, BROWSER_SEED, 98_765),
  ];
  const searches = expectedResults(BROWSER_USERS, BROWSER_SEED, queries, PAGE_SIZE);
  log(`bench: starting vite preview on port ${PORT}`);
  const server = await startPreview(ROOT, PORT);
  try {
    const browser = await measureBrowser({
      baseUrl: server.url,
      executablePath: chromium.path,
      users: BROWSER_USERS,
      seed: BROWSER_SEED,
      navigations: NAVIGATIONS,
      searches,
      debounceMs: searchDebounceMs(),
      bigUsers: BIG_USERS,
      bigSeed: BIG_SEED,
      log,
    });
    // Its own try: a failure here must not throw away the directory figures above.
    try {
      const presence = await measurePresence({
        baseUrl: server.url,
        executablePath: chromium.path,
        users: BROWSER_USERS,
        seed: BROWSER_SEED,
        rate: PRESENCE_RATE,
        seconds: PRESENCE_SECONDS,
        log,
      });
      return { browser, presence };
    } catch (error) {
      const presenceError = error instanceof Error ? error.message : String(error);
      log(`bench: the presence part failed: ${presenceError}`);
      return { browser, presence: null, presenceError };
    }
  } finally {
    await server.stop();
    log('bench: vite preview stopped');
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const args = new Set(process.argv.slice(2));
  const loadBefore = loadAverage();
  if (loadBefore > os.cpus().length) {
    log(`bench: the machine is busy (load average ${loadBefore} on ${os.cpus().length} cores): figures will be slower than usual`);
  }
  const bundle = measureBundle(path.join(ROOT, 'dist'));
  const mock = measureMockOps({ sizes: [100_000, 1_000_000], seed: 1, runs: RUNS, slowRuns: RUNS, pageSize: PAGE_SIZE, log });

  let browser: BrowserFigures | null = null;
  let presence: PresenceFigures | null = null;
  let browserError: string | undefined;
  let presenceError: string | undefined;
  if (!args.has('--no-browser')) {
    try {
      ({ browser, presence, presenceError } = await browserFigures());
    } catch (error) {
      browserError = error instanceof Error ? error.message : String(error);
      log(`bench: the browser part failed: ${browserError}`);
    }
  }

  const machine = machineInfo();
  if (browser) machine.chromium = browser.chromium;
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine,
    settings: {
      runs: RUNS,
      navigations: NAVIGATIONS,
      pageSize: PAGE_SIZE,
      browserDataset: { users: BROWSER_USERS, seed: BROWSER_SEED },
      bigDataset: { users: BIG_USERS, seed: BIG_SEED },
      mockDatasets: mock.map((figures) => ({ users: figures.size, seed: figures.seed })),
      durationSeconds: 0,
      /** 1-minute load averages: other work on the machine makes every figure slower. */
      loadAverage: { before: loadBefore, after: loadAverage() },
    },
    mock,
    browser,
    presence,
    ...(browserError ? { browserError } : {}),
    ...(presenceError ? { presenceError } : {}),
    bundle,
    targets: judgeTargets(mock, browser, bundle),
  };
  results.settings.durationSeconds = Math.round((performance.now() - started) / 1000);

  console.log(formatReport(results));
  if (presence) console.log(`\n${formatPresence(presence)}`);
  console.log('');
  console.log(JSON.stringify(results, null, 2));
  const outDir = path.join(ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`bench: wrote bench-results/latest.json (${results.settings.durationSeconds as number} s)`);
  if (browserError || presenceError) process.exitCode = 1;
}

await main();
