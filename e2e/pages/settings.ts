import { expect, type Page } from '@playwright/test';

export const settingsHeading = (page: Page) => page.getByRole('heading', { name: 'Settings', level: 1 });

export const backendChoice = {
  mock: (page: Page) => page.getByRole('radio', { name: 'In-browser mock' }),
  remote: (page: Page) => page.getByRole('radio', { name: 'Remote' }),
};
export const backendUrlField = (page: Page) => page.getByLabel('Backend URL', { exact: true });
export const appTokenField = (page: Page) => page.getByLabel('App token', { exact: true });
export const saveBackendButton = (page: Page) => page.getByRole('button', { name: 'Save backend' });

export const mockControls = {
  users: (page: Page) => page.getByLabel('Users', { exact: true }),
  seed: (page: Page) => page.getByLabel('Seed', { exact: true }),
  latency: (page: Page) => page.getByLabel('Latency (ms)', { exact: true }),
  failureRate: (page: Page) => page.getByLabel('Failure rate', { exact: true }),
  presenceRate: (page: Page) => page.getByLabel('Presence churn (events/s)', { exact: true }),
};
export const applyBehaviourButton = (page: Page) => page.getByRole('button', { name: 'Apply behaviour' });
export const resetMockDataButton = (page: Page) => page.getByRole('button', { name: 'Reset mock data' });
export const confirmResetButton = (page: Page) => page.getByRole('button', { name: 'Confirm reset' });

/** The live region where Settings announces what it saved. */
export const savedAnnouncement = (page: Page, text: string | RegExp = 'Saved') =>
  page.getByRole('status').filter({ hasText: text });

/** Sets the mock's latency, failure rate and/or presence churn on the Settings page; they apply at once. */
export async function applyMockBehaviour(
  page: Page,
  behaviour: { latencyMs?: number; failureRate?: number; presenceRate?: number },
): Promise<void> {
  if (behaviour.latencyMs !== undefined) await mockControls.latency(page).fill(String(behaviour.latencyMs));
  if (behaviour.failureRate !== undefined) await mockControls.failureRate(page).fill(String(behaviour.failureRate));
  if (behaviour.presenceRate !== undefined) await mockControls.presenceRate(page).fill(String(behaviour.presenceRate));
  await applyBehaviourButton(page).click();
  await expect(savedAnnouncement(page)).toBeVisible();
}

/** Replaces the mock's data with a generated dataset from the Settings page, confirming when asked. */
export async function resetMockData(page: Page, dataset: { users: number; seed: number }): Promise<void> {
  await mockControls.users(page).fill(String(dataset.users));
  await mockControls.seed(page).fill(String(dataset.seed));
  await resetMockDataButton(page).click();
  await confirmResetButton(page).click();
  await expect(savedAnnouncement(page, 'Mock data reset')).toBeVisible({ timeout: 15_000 });
}
