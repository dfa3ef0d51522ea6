import { expect, type Page } from '@playwright/test';
import { MOCK_BACKEND_URL, paths } from '../../src/config/paths.ts';
import { applyMockBehaviour } from './settings.ts';

/** The banner the console shows while the browser is offline. */
export const offlineBanner = (page: Page) => page.getByRole('alert').filter({ hasText: 'You are offline.' });

/** A load that says how it goes: "Loading the users…", "Still trying…", "Offline: … will load when …". */
export const loadStatus = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/**
 * Counts the requests this page sends to the mock backend, by op (read from the request body), and the
 * answers that were failures on purpose (503). Start it before the actions to count.
 */
export function recordMockTraffic(page: Page) {
  const sent = new Map<string, number>();
  let failedOnPurpose = 0;
  const isMockCall = (url: string, method: string) => method === 'POST' && new URL(url).pathname === MOCK_BACKEND_URL;
  page.on('request', (request) => {
    if (!isMockCall(request.url(), request.method())) return;
    const { op } = request.postDataJSON() as { op?: unknown };
    if (typeof op === 'string') sent.set(op, (sent.get(op) ?? 0) + 1);
  });
  page.on('response', (response) => {
    if (isMockCall(response.url(), response.request().method()) && response.status() === 503) failedOnPurpose += 1;
  });
  return {
    /** How many requests with this op were sent so far. */
    sent: (op: string) => sent.get(op) ?? 0,
    failedOnPurpose: () => failedOnPurpose,
  };
}

/** Waits until this page sends a request with this op (e.g. to go offline while it is on its way). */
export function nextRequestWithOp(page: Page, op: string) {
  return page.waitForRequest((request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== MOCK_BACKEND_URL) return false;
    return (request.postDataJSON() as { op?: unknown }).op === op;
  });
}

/**
 * Changes the mock's behaviour from a Settings tab of the same browser, as QA would mid-test: the tabs
 * share it, so the page under test sees it at its next request.
 */
export async function setMockBehaviourElsewhere(page: Page, behaviour: { latencyMs?: number; failureRate?: number }): Promise<void> {
  const settings = await page.context().newPage();
  await settings.goto(paths.settings());
  await applyMockBehaviour(settings, behaviour);
  await settings.close();
}

/** Takes the whole browser (every tab) offline or back online, and waits until this page noticed. */
export async function setOffline(page: Page, offline: boolean): Promise<void> {
  await page.context().setOffline(offline);
  await expect(offlineBanner(page)).toHaveCount(offline ? 1 : 0);
}
