// Measurements in a real Chromium against the production build served by `vite preview`. Every time is
// taken inside the page with performance.now() (0 = navigation start), so Playwright's own round trips
// are not counted.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { summarize, type Stats } from './stats.ts';

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface SearchProbe {
  /** Row signature before typing; the search is shown once the table is settled on another one. */
  baseline: string;
  /** Keystrokes of the query: rows count only once all of them are in. */
  expectedKeys: number;
  keys: number;
  keyTimes: number[];
  lastKey: number;
  done: number | null;
  frame: number | null;
}

interface BenchProbe {
  /** First directory row with a link in the DOM (a MutationObserver callback, before paint). */
  firstRow: number | null;
  /** The animation frame after that: the rows are painted in it. */
  firstRowFrame: number | null;
  /** The mock's seeding progress bar: last seen, and when it went away (the mock answers from then on). */
  progressSeen: number | null;
  progressGone: number | null;
  search: SearchProbe | null;
  /** "<row count>|<first href>|<last href>" of the settled Users table, or null while busy / empty. */
  signature: () => string | null;
}

interface LongTask {
  start: number;
  duration: number;
}

/** A long animation frame (LoAF) with the scripts that ran in it: it says *what* a long task was. */
interface LongFrame {
  start: number;
  duration: number;
  blockingDuration: number;
  scripts: { source: string; invoker: string; duration: number }[];
}

type ProbeWindow = Window & { __bench: BenchProbe; __longTasks: LongTask[]; __longFrames: LongFrame[] };

/** Installed before any page script in every document (addInitScript). */
function installProbe(): void {
  const usersTable = () =>
    Array.from(document.querySelectorAll('table')).find((table) => table.caption?.textContent?.trim() === 'Users') ?? null;
  const signature = () => {
    const table = usersTable();
    if (!table || table.getAttribute('aria-busy') === 'true') return null;
    const links = table.querySelectorAll('tbody tr a[href]');
    const first = links[0];
    const last = links[links.length - 1];
    if (!first || !last) return null;
    return `${links.length}|${first.getAttribute('href') ?? ''}|${last.getAttribute('href') ?? ''}`;
  };
  const probe: BenchProbe = { firstRow: null, firstRowFrame: null, progressSeen: null, progressGone: null, search: null, signature };
  (window as unknown as ProbeWindow).__bench = probe;

  const check = () => {
    const now = performance.now();
    if (document.querySelector('progress')) probe.progressSeen = now;
    else if (probe.progressSeen !== null && probe.progressGone === null) probe.progressGone = now;
    if (probe.firstRow === null && usersTable()?.querySelector('tbody tr a[href]')) {
      probe.firstRow = now;
      requestAnimationFrame(() => (probe.firstRowFrame = performance.now()));
    }
    const search = probe.search;
    if (search && search.keys >= search.expectedKeys && search.done === null) {
      const current = signature();
      if (current !== null && current !== search.baseline) {
        search.done = now;
        requestAnimationFrame(() => (search.frame = performance.now()));
      }
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
  document.addEventListener(
    'keydown',
    (event) => {
      const search = probe.search;
      if (search && search.done === null) {
        search.lastKey = event.timeStamp;
        search.keyTimes.push(event.timeStamp);
        search.keys += 1;
      }
    },
    true,
  );
}

function installLongTaskProbe(): void {
  const tasks: LongTask[] = [];
  (window as unknown as ProbeWindow).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const frames: LongFrame[] = [];
  (window as unknown as ProbeWindow).__longFrames = frames;
  interface ScriptTiming {
    sourceURL: string;
    sourceFunctionName: string;
    invoker: string;
    duration: number;
  }
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { blockingDuration: number; scripts: ScriptTiming[] })[]) {
        frames.push({
          start: entry.startTime,
          duration: entry.duration,
          blockingDuration: entry.blockingDuration,
          scripts: entry.scripts.map((script) => ({
            source: `${script.sourceURL.replace(location.origin, '')}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''}`,
            invoker: script.invoker,
            duration: script.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
}

export interface NavigationSample {
  firstRow: number;
  firstRowFrame: number | null;
  mockReady: number | null;
  domContentLoaded: number | null;
}

export interface SearchSample {
  query: string;
  total: number;
  /** Keydown of the last keystroke → filtered rows in the DOM, minus the debounce. */
  afterDebounce: number;
  /** The same to the animation frame that paints them. */
  afterDebounceFrame: number | null;
  keys: number;
  /** Longest pause between two keystrokes while typing (a pause over the debounce would send early). */
  maxKeyGap: number;
}

export interface BrowserFigures {
  chromium: string;
  dataset: { users: number; seed: number };
  /** The first visit: seeds the dataset (into IndexedDB), then shows rows. */
  seedingVisit: NavigationSample;
  firstRows: { stats: Stats; framed: Stats; mockReady: Stats | null; samples: NavigationSample[] };
  search: { debounceMs: number; stats: Stats; framed: Stats | null; samples: SearchSample[]; discarded: number };
  seeding1M: {
    users: number;
    seed: number;
    /** Navigation → the mock ready (its progress bar gone). */
    mockReady: number | null;
    /** Navigation → first rows. */
    firstRow: number;
    longestTask: number;
    tasksOver200ms: number;
    longTasks: number;
    longTasksTotalMs: number;
    longest: LongTask[];
    /** Long animation frames over 150 ms with their scripts (Chromium's LoAF API), for attribution. */
    longFrames: LongFrame[];
  };
}

export interface BrowserOptions {
  baseUrl: string;
  executablePath: string;
  users: number;
  seed: number;
  navigations: number;
  /** Each search, with the count and first address the mock answers for it. */
  searches: Map<string, { total: number; firstAddress: string | null }>;
  debounceMs: number;
  bigUsers: number;
  bigSeed: number;
  log: (line: string) => void;
}

const countText = (total: number) => `${total.toLocaleString('en-US')} ${total === 1 ? 'user' : 'users'}`;

async function waitForRows(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__bench.firstRow !== null && (window as unknown as ProbeWindow).__bench.firstRowFrame !== null, undefined, { timeout });
}

async function navigationSample(page: Page): Promise<NavigationSample> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__bench;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
    return {
      firstRow: round(probe.firstRow) ?? Number.NaN,
      firstRowFrame: round(probe.firstRowFrame),
      mockReady: round(probe.progressGone),
      domContentLoaded: navigation ? round(navigation.domContentLoadedEventEnd) : null,
    };
  });
}

async function expectCount(page: Page, total: number): Promise<void> {
  await page.getByText(countText(total), { exact: true }).first().waitFor({ timeout: 15_000 });
}

export async function measureBrowser(options: BrowserOptions): Promise<BrowserFigures> {
  const browser: Browser = await chromium.launch({ executablePath: options.executablePath, args: CHROMIUM_ARGS });
  try {
    const version = browser.version();
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const directory = await measureDirectory(context, options);
    await context.close();
    const seeding1M = await measureBigSeeding(browser, options);
    return { chromium: version, dataset: { users: options.users, seed: options.seed }, ...directory, seeding1M };
  } finally {
    await browser.close();
  }
}

async function measureDirectory(context: BrowserContext, options: BrowserOptions) {
  const { baseUrl, users, seed, log } = options;
  await context.addInitScript(installProbe);

  log(`browser: seeding ${users.toLocaleString('en-US')} users (mockSeed=${seed})…`);
  const seedPage = await context.newPage();
  await seedPage.goto(`${baseUrl}/users?mockUsers=${users}&mockSeed=${seed}`);
  await waitForRows(seedPage, 120_000);
  await expectCount(seedPage, users);
  const seedingVisit = await navigationSample(seedPage);
  await seedPage.close();

  const samples: NavigationSample[] = [];
  let page: Page | undefined;
  for (let run = 0; run < options.navigations; run += 1) {
    await page?.close();
    page = await context.newPage();
    await page.goto(`${baseUrl}/users`);
    await waitForRows(page, 60_000);
    await expectCount(page, users);
    const sample = await navigationSample(page);
    samples.push(sample);
    log(`browser: fresh navigation ${run + 1}/${options.navigations}: first rows at ${sample.firstRow.toFixed(0)} ms`);
  }
  if (!page) throw new Error('no navigation was measured');
  const firstRows = {
    stats: summarize(samples.map((sample) => sample.firstRow)),
    framed: summarize(samples.map((sample) => sample.firstRowFrame ?? sample.firstRow)),
    mockReady: samples.every((sample) => sample.mockReady !== null)
      ? summarize(samples.map((sample) => sample.mockReady as number))
      : null,
    samples,
  };

  const search = await measureSearch(page, options);
  await page.close();
  return { seedingVisit, firstRows, search };
}

async function measureSearch(page: Page, options: BrowserOptions) {
  const box = page.getByRole('searchbox', { name: 'Search users' });
  const baseline = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.signature());
  if (baseline === null) throw new Error('The Users table is not settled before searching');
  const samples: SearchSample[] = [];
  let discarded = 0;
  const round1 = (value: number) => Math.round(value * 10) / 10;
  for (const [query, expected] of options.searches) {
    await box.fill('');
    await page.waitForFunction((settled) => (window as unknown as ProbeWindow).__bench.signature() === settled, baseline, {
      timeout: 15_000,
    });
    await expectCount(page, options.users);
    await page.waitForTimeout(options.debounceMs + 100);
    await page.evaluate(
      ({ settled, keys }) => {
        (window as unknown as ProbeWindow).__bench.search = {
          baseline: settled, expectedKeys: keys, keys: 0, keyTimes: [], lastKey: 0, done: null, frame: null,
        };
      },
      { settled: baseline, keys: query.length },
    );
    await box.pressSequentially(query, { delay: 20 });
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__bench.search?.frame != null, undefined, {
      timeout: 15_000,
    });
    const probe = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.search);
    if (!probe || probe.done === null) throw new Error(`search ${query}: no result seen`);
    await expectCount(page, expected.total);
    if (expected.firstAddress) {
      await page.getByRole('link', { name: expected.firstAddress, exact: true }).first().waitFor({ timeout: 5000 });
    }
    const maxKeyGap = Math.max(0, ...probe.keyTimes.slice(1).map((time, index) => time - (probe.keyTimes[index] as number)));
    // A pause as long as the debounce between two keystrokes (a busy machine) sends a partial query
    // early: that sample measures something else and is left out (typing it again would hit the cache).
    if (probe.keys !== query.length || maxKeyGap >= options.debounceMs - 30) {
      discarded += 1;
      options.log(`browser: search "${query}": keystrokes ${probe.keys}, longest pause ${maxKeyGap.toFixed(0)} ms: left out`);
      continue;
    }
    const sample: SearchSample = {
      query,
      total: expected.total,
      afterDebounce: round1(probe.done - probe.lastKey - options.debounceMs),
      afterDebounceFrame: probe.frame === null ? null : round1(probe.frame - probe.lastKey - options.debounceMs),
      keys: probe.keys,
      maxKeyGap: round1(maxKeyGap),
    };
    samples.push(sample);
    options.log(`browser: search "${query}" (${countText(expected.total)}): rows ${sample.afterDebounce.toFixed(1)} ms after the debounce`);
  }
  if (samples.length < 5) throw new Error(`only ${samples.length} valid search samples (${discarded} left out)`);
  await box.fill('');
  const framed = samples.filter((sample) => sample.afterDebounceFrame !== null);
  return {
    debounceMs: options.debounceMs,
    stats: summarize(samples.map((sample) => sample.afterDebounce)),
    framed: framed.length ? summarize(framed.map((sample) => sample.afterDebounceFrame as number)) : null,
    samples,
    discarded,
  };
}

async function measureBigSeeding(browser: Browser, options: BrowserOptions): Promise<BrowserFigures['seeding1M']> {
  const { baseUrl, bigUsers, bigSeed } = options;
  options.log(`browser: seeding ${bigUsers.toLocaleString('en-US')} users, watching long tasks…`);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    await context.addInitScript(installProbe);
    await context.addInitScript(installLongTaskProbe);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/users?mockUsers=${bigUsers}&mockSeed=${bigSeed}`);
    await waitForRows(page, 180_000);
    await expectCount(page, bigUsers);
    // Let the observer deliver the last entries.
    await page.waitForTimeout(500);
    const { sample, tasks, frames } = await page.evaluate(() => {
      const probeWindow = window as unknown as ProbeWindow;
      return {
        sample: { firstRow: probeWindow.__bench.firstRow ?? Number.NaN, mockReady: probeWindow.__bench.progressGone },
        tasks: probeWindow.__longTasks,
        frames: probeWindow.__longFrames,
      };
    });
    const untilRows = tasks.filter((task) => task.start <= sample.firstRow);
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      users: bigUsers,
      seed: bigSeed,
      mockReady: sample.mockReady === null ? null : round(sample.mockReady),
      firstRow: round(sample.firstRow),
      longestTask: round(Math.max(0, ...untilRows.map((task) => task.duration))),
      tasksOver200ms: untilRows.filter((task) => task.duration > 200).length,
      longTasks: untilRows.length,
      longTasksTotalMs: round(untilRows.reduce((total, task) => total + task.duration, 0)),
      longest: [...untilRows]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5)
        .map((task) => ({ start: round(task.start), duration: round(task.duration) })),
      longFrames: frames
        .filter((frame) => frame.duration > 150 && frame.start <= sample.firstRow)
        .map((frame) => ({
          start: round(frame.start),
          duration: round(frame.duration),
          blockingDuration: round(frame.blockingDuration),
          scripts: frame.scripts
            .filter((script) => script.duration >= 20)
            .map((script) => ({ ...script, duration: round(script.duration) })),
        })),
    };
  } finally {
    await context.close();
  }
}
