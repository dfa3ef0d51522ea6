import { expect, type Page } from '@playwright/test';
import { MOCK_PRESENCE_PATH } from '../../src/config/paths.ts';
import { columnValues, userRows, usersTable } from './directory.ts';
import { callMock, userTabPanel } from './user-page.ts';

/** Platform names as the console shows them (select options, "Online · Android"). */
export type PlatformLabel = 'Android' | 'iOS' | 'JavaScript' | 'Python' | 'C++';
export type PresenceFilterLabel = 'Anyone' | 'Online now' | 'Seen in the last 24 hours' | 'Dormant for 30 days';
export type LiveStatus = 'Connecting…' | 'Live' | 'Reconnecting…' | 'Polling';

// ---------------------------------------------------------------- the connection indicator (header)

/** The presence connection's state in the page header: "Live", "Reconnecting…", "Polling". */
export const liveIndicator = (page: Page) => page.getByRole('banner').getByRole('status');

export async function expectLiveStatus(page: Page, status: LiveStatus): Promise<void> {
  await expect(liveIndicator(page)).toHaveText(status);
}

/**
 * Drops the page's presence stream as a server restart would: the in-browser mock closes every stream
 * when a connection to its presence path with `?drop` arrives (a QA control of the mock).
 */
export async function dropPresenceConnections(page: Page): Promise<void> {
  await page.evaluate(async (path) => {
    const url = new URL(`${path}?drop`, window.location.href).href.replace(/^http/, 'ws');
    await new Promise<void>((resolve) => {
      const socket = new WebSocket(url);
      socket.addEventListener('close', () => resolve());
    });
  }, MOCK_PRESENCE_PATH);
}

// ---------------------------------------------------------------- the directory

export const presenceFilter = (page: Page) => page.getByRole('combobox', { name: 'Presence', exact: true });
export const recentlyActiveButton = (page: Page) => page.getByRole('button', { name: 'Recently active', exact: true });

/** Picks a presence filter and waits until the URL holds it. */
export async function choosePresenceFilter(page: Page, label: PresenceFilterLabel): Promise<void> {
  await presenceFilter(page).selectOption({ label });
  await expect(presenceFilter(page)).toHaveValue(PRESENCE_FILTER_VALUES[label]);
}

const PRESENCE_FILTER_VALUES: Record<PresenceFilterLabel, string> = {
  Anyone: 'any',
  'Online now': 'online',
  'Seen in the last 24 hours': 'seen24h',
  'Dormant for 30 days': 'dormant30d',
};

/** The directory row of the user with this address (rows link to their user by address). */
export const directoryRow = (page: Page, address: string) =>
  userRows(page).filter({ has: page.getByRole('link', { name: address, exact: true }) });

/** A directory cell of that row, by column ("Presence", "Last seen"), read the way columnValues reads them. */
export async function rowCell(page: Page, address: string, column: 'Presence' | 'Last seen'): Promise<string> {
  const addresses = await columnValues(page, 'Address');
  const values = await columnValues(page, column);
  const index = addresses.indexOf(address);
  if (index < 0) throw new Error(`no row for ${address}`);
  return values[index] ?? '';
}

/** The address of the first listed user the directory shows as offline. */
export async function firstOfflineAddress(page: Page): Promise<string> {
  await expect(usersTable(page)).toBeVisible();
  const presence = await columnValues(page, 'Presence');
  const addresses = await columnValues(page, 'Address');
  const index = presence.findIndex((value) => value === 'Offline');
  if (index < 0) throw new Error('no offline user on this page');
  return addresses[index] as string;
}

// ---------------------------------------------------------------- the Presence tab

/** "Online · iOS" / "Offline" in the Presence tab's live state. */
export const tabPresence = (page: Page) => userTabPanel(page).locator('.presence-facts').getByText(/^(Online|Offline)/);
export const tabLastSeen = (page: Page) =>
  userTabPanel(page).locator('.presence-facts > div').filter({ hasText: 'Last seen' }).getByRole('definition');
export const currentSessionsTable = (page: Page) => page.getByRole('table', { name: 'Current sessions' });
export const recentSessionsTable = (page: Page) => page.getByRole('table', { name: 'Recent sessions' });
export const mockPlatformSelect = (page: Page) => userTabPanel(page).getByLabel('Platform', { exact: true });
export const forceOnlineButton = (page: Page) => page.getByRole('button', { name: 'Force online', exact: true });
export const forceOfflineButton = (page: Page) => page.getByRole('button', { name: 'Force offline', exact: true });

/** Forces the open user online on a platform through the tab's mock controls, and waits for the answer. */
export async function forceOnline(page: Page, platform: PlatformLabel = 'Android'): Promise<void> {
  await mockPlatformSelect(page).selectOption({ label: platform });
  await forceOnlineButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: `Forced online on ${platform}` })).toBeVisible();
}

export async function forceOffline(page: Page): Promise<void> {
  await forceOfflineButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Forced offline' })).toBeVisible();
}

/** The mock's presence control without the UI (presenceset), e.g. to change presence under an open page. */
export async function setPresence(page: Page, uid: number, online: boolean, platform = 'android'): Promise<void> {
  await callMock(page, { op: 'presenceset', user: { uid }, online, platform });
}

/** The uid of some user the mock has not seen for 30 days (so certainly offline). */
export async function dormantUid(page: Page, skip = 0): Promise<number> {
  const answer = await callMock<{ users: { uid: number }[] }>(page, { op: 'usersget', count: skip + 1, filter: { presence: 'dormant30d' } });
  const user = answer.users[skip];
  if (!user) throw new Error('the mock has no dormant user');
  return user.uid;
}

// ---------------------------------------------------------------- the dashboard

export const dashboardHeading = (page: Page) => page.getByRole('heading', { name: 'Dashboard', level: 1 });
/** The "Online now" figure, e.g. "21". */
export const onlineNowValue = (page: Page) => page.getByRole('region', { name: 'Online now' }).getByText(/^[\d,]+$/);
export const byPlatformTable = (page: Page) => page.getByRole('table', { name: 'By platform' });
export const onlineChart = (page: Page) => page.getByRole('img', { name: /^Online users, last 15 minutes/ });

export async function readOnlineNow(page: Page): Promise<number> {
  return Number((await onlineNowValue(page).innerText()).replace(/[^\d]/g, ''));
}
