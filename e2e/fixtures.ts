import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mockUrlParams } from '../mocks/mock-settings.ts';

/** The deterministic dataset a test starts from: N users generated from seed S. */
export interface MockDataset {
  users: number;
  seed: number;
}

/** How the mock answers; both persist with the data until changed. */
export interface MockBehaviour {
  latencyMs?: number;
  /** Share of requests answered with a failure, 0..1. */
  failureRate?: number;
  /** Presence churn, events per second (0 keeps presence still for assertions). */
  presenceRate?: number;
}

const mockParamNames = Object.values(mockUrlParams);

/**
 * `path` (relative, or an absolute URL copied from the address bar) with the `mock*` parameters that
 * make the console reset its in-browser mock before the first render.
 */
export function withMockParams(path: string, params: Partial<MockDataset> & MockBehaviour): string {
  const isAbsolute = /^https?:\/\//.test(path);
  const url = new URL(path, 'http://relative.invalid');
  const values: Record<keyof typeof mockUrlParams, number | undefined> = {
    users: params.users,
    seed: params.seed,
    latencyMs: params.latencyMs,
    failureRate: params.failureRate,
    presenceRate: params.presenceRate,
  };
  for (const [key, name] of Object.entries(mockUrlParams) as [keyof typeof mockUrlParams, string][]) {
    const value = values[key];
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return isAbsolute ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

/** Waits until the console has applied the `mock*` parameters and taken them out of the address bar. */
export async function expectMockParamsConsumed(page: Page): Promise<void> {
  await expect(page, 'the console removes the mock* parameters from the address bar').toHaveURL(
    (url) => !mockParamNames.some((name) => url.searchParams.has(name)),
    { timeout: 15_000 },
  );
}

export interface SeededMock {
  /** The dataset this test's mock is (re)seeded with. */
  readonly dataset: MockDataset;
  /** `path` with this test's dataset (and `behaviour`) as mock parameters. */
  url(path: string, behaviour?: MockBehaviour): string;
  /** Opens `path` on a freshly seeded mock and waits until the parameters are consumed. */
  open(path: string, behaviour?: MockBehaviour): Promise<void>;
  /**
   * Opens `url` in a separate browser (a new context: no shared storage), on a mock seeded with the same
   * dataset, as someone would who was sent the link.
   */
  openElsewhere(url: string): Promise<Page>;
}

interface Fixtures {
  /** Override per file or describe with `test.use({ mockDataset: { users, seed } })`. */
  mockDataset: MockDataset;
  mock: SeededMock;
}

async function openSeeded(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expectMockParamsConsumed(page);
}

export const test = base.extend<Fixtures>({
  mockDataset: [{ users: 1_000, seed: 7 }, { option: true }],
  mock: async ({ page, browser, baseURL, mockDataset }, use) => {
    const otherBrowsers: BrowserContext[] = [];
    const url = (path: string, behaviour: MockBehaviour = {}) => withMockParams(path, { ...mockDataset, ...behaviour });
    await use({
      dataset: mockDataset,
      url,
      open: (path, behaviour) => openSeeded(page, url(path, behaviour)),
      async openElsewhere(target) {
        const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
        otherBrowsers.push(context);
        const other = await context.newPage();
        await openSeeded(other, url(target));
        return other;
      },
    });
    await Promise.all(otherBrowsers.map((context) => context.close()));
  },
});

export { expect };
