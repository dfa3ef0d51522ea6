// Issue 5's scale figure: with the presence stream pushing 1,000 events a second into a directory of
// 100,000 users, does the page keep its frames while someone scrolls and types? Measured in Chromium on
// the production build: animation-frame intervals (rAF deltas), long tasks, and the stream's real rate
// (counted by a second socket on the mock's stream, so the figure says what the page had to absorb).
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from './browser.ts';
import { formatMs, summarize, type Stats } from './stats.ts';

export interface PresenceFigures {
  users: number;
  /** The churn asked of the mock (events a second). */
  rate: number;
  /** The measured window. */
  seconds: number;
  /** Presence changes the stream actually pushed per second during the window. */
  eventsPerSecond: number;
  /** Intervals between animation frames (60 Hz is 16.7 ms); p95 and the share over 33 ms (a dropped frame). */
  frames: { count: number; stats: Stats; p95: number; over33ms: number; over50ms: number };
  longTasks: { count: number; totalMs: number; longestMs: number };
  /** What the indicator said at the end. */
  status: string;
}

export interface PresenceBenchOptions {
  baseUrl: string;
  executablePath: string;
  users: number;
  seed: number;
  rate: number;
  seconds: number;
  log: (line: string) => void;
}

interface PresenceProbe {
  frames: number[];
  longTasks: { start: number; duration: number }[];
  changes: number;
  measuring: boolean;
}
type ProbeWindow = Window & { __presenceBench: PresenceProbe };

/** In the page: a rAF loop, a long-task observer, and an observer socket on the stream (all idle until `measuring`). */
async function installProbe(page: Page, streamPath: string): Promise<void> {
  await page.evaluate((path) => {
    const probe: PresenceProbe = { frames: [], longTasks: [], changes: 0, measuring: false };
    (window as unknown as ProbeWindow).__presenceBench = probe;
    let last = performance.now();
    const frame = (now: number) => {
      if (probe.measuring) probe.frames.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      if (!probe.measuring) return;
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    const socket = new WebSocket(new URL(path, location.href).href.replace(/^http/, 'ws'));
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      if (!probe.measuring) return;
      const message = JSON.parse(event.data) as { type: string; changes?: unknown[] };
      if (message.type === 'presence') probe.changes += message.changes?.length ?? 0;
    });
  }, streamPath);
}

const percentile = (sorted: readonly number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

export async function measurePresence(options: PresenceBenchOptions): Promise<PresenceFigures> {
  const { baseUrl, executablePath, users, seed, rate, seconds, log } = options;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    log(`bench: presence at ${rate} events/s over ${users.toLocaleString('en-US')} users`);
    // 100 rows a page: the most rows the stream can patch at once.
    await page.goto(`${baseUrl}/users?size=100&mockUsers=${users}&mockSeed=${seed}&mockPresenceRate=${rate}`);
    await page.getByRole('table', { name: 'Users' }).locator('tbody tr a[href]').first().waitFor({ timeout: 120_000 });
    const indicator = page.getByRole('banner').getByRole('status');
    await indicator.filter({ hasText: 'Live' }).waitFor({ timeout: 30_000 });
    await installProbe(page, '/mock-backend/presence');

    await page.evaluate(() => ((window as unknown as ProbeWindow).__presenceBench.measuring = true));
    const started = Date.now();
    const search = page.getByRole('searchbox', { name: 'Search users' });
    const queries = ['ali', 'smith', 'noah', 'chen', 'emma', 'garcia'];
    // A person at work: scroll the table, type a search, clear it, repeat, for the whole window.
    for (let round = 0; Date.now() - started < seconds * 1000; round += 1) {
      for (let step = 0; step < 6; step += 1) await page.mouse.wheel(0, step < 3 ? 400 : -400);
      await search.pressSequentially(queries[round % queries.length] as string, { delay: 90 });
      await search.fill('');
    }
    const elapsed = (Date.now() - started) / 1000;
    const probe = await page.evaluate(() => {
      const value = (window as unknown as ProbeWindow).__presenceBench;
      value.measuring = false;
      return { frames: value.frames, longTasks: value.longTasks, changes: value.changes };
    });
    const status = (await indicator.innerText()).trim();
    await context.close();

    const sorted = [...probe.frames].sort((a, b) => a - b);
    return {
      users,
      rate,
      seconds: Math.round(elapsed * 10) / 10,
      eventsPerSecond: Math.round(probe.changes / elapsed),
      frames: {
        count: sorted.length,
        stats: { ...summarize(sorted), samples: [] },
        p95: Math.round(percentile(sorted, 0.95) * 100) / 100,
        over33ms: sorted.length ? Math.round((sorted.filter((delta) => delta > 33.4).length / sorted.length) * 10_000) / 100 : 0,
        over50ms: sorted.filter((delta) => delta > 50).length,
      },
      longTasks: {
        count: probe.longTasks.length,
        totalMs: Math.round(probe.longTasks.reduce((sum, task) => sum + task.duration, 0)),
        longestMs: Math.round(Math.max(0, ...probe.longTasks.map((task) => task.duration))),
      },
      status,
    };
  } finally {
    await browser.close();
  }
}

export function formatPresence(figures: PresenceFigures): string {
  const { frames, longTasks } = figures;
  return [
    `Live presence in Chromium: ${figures.rate.toLocaleString('en-US')} events/s asked, ${figures.eventsPerSecond.toLocaleString('en-US')}/s pushed, ` +
      `${figures.users.toLocaleString('en-US')} users, directory of 100 rows, scrolling and typing for ${figures.seconds} s (indicator: ${figures.status})`,
    `  frame interval: median ${formatMs(frames.stats.median)}, p95 ${formatMs(frames.p95)}, max ${formatMs(frames.stats.max)}; ` +
      `${frames.over33ms}% of ${frames.count} frames over 33 ms (dropped), ${frames.over50ms} over 50 ms`,
    `  long tasks: ${longTasks.count} (${longTasks.totalMs} ms in all, longest ${longTasks.longestMs} ms)`,
  ].join('\n');
}
