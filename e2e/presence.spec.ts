import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import { navigateTo } from './pages/app-shell.ts';
import { columnHeader, columnValues, countText, expectDirectoryLoaded, userCount } from './pages/directory.ts';
import {
  choosePresenceFilter, currentSessionsTable, directoryRow, dropPresenceConnections, expectLiveStatus,
  firstOfflineAddress, forceOffline, forceOnline, liveIndicator, recentSessionsTable, recentlyActiveButton, rowCell,
  setPresence, tabLastSeen, tabPresence,
} from './pages/presence.ts';
import { callMock, userPageTab } from './pages/user-page.ts';

/** Marks the page; if it ever reloads, the mark is gone (the point of "live" is that nobody reloads). */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { presenceE2eMark: true }));
}
async function expectSamePage(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { presenceE2eMark?: boolean }).presenceE2eMark), 'the page was not reloaded').toBe(true);
}

test.describe('live presence', () => {
  test.use({ mockDataset: { users: 300, seed: 23 } });

  test('forcing a user online shows "Online" in the directory row and on the user page, and offline a recent "Last seen", without a reload', async ({ page, mock }) => {
    await mock.open(paths.users(), { presenceRate: 0 });
    await expectDirectoryLoaded(page);
    await expectLiveStatus(page, 'Live');
    await markPage(page);
    const address = await firstOfflineAddress(page);

    await directoryRow(page, address).getByRole('link', { name: address, exact: true }).click();
    await userPageTab(page, 'Presence').click();
    await expect(tabPresence(page)).toHaveText('Offline');

    await forceOnline(page, 'iOS');
    await expect(tabPresence(page)).toHaveText('Online · iOS');
    await expect(tabLastSeen(page)).toHaveText('Now');
    await expect(currentSessionsTable(page).getByRole('row').filter({ hasText: 'iOS' })).toBeVisible();
    // The page header reads the same cached user: it changed too.
    await expect(page.locator('.user-header').getByText('Online', { exact: true })).toBeVisible();

    await navigateTo(page, 'Users');
    await expectDirectoryLoaded(page);
    await expect(directoryRow(page, address)).toContainText('Online · iOS');

    await page.goBack();
    await expect(tabPresence(page)).toHaveText('Online · iOS');
    await forceOffline(page);
    await expect(tabPresence(page)).toHaveText('Offline');
    await expect(tabLastSeen(page)).toHaveText('just now');
    await expect(recentSessionsTable(page).getByRole('row').filter({ hasText: 'iOS' })).toBeVisible();

    await navigateTo(page, 'Users');
    await expectDirectoryLoaded(page);
    await expect.poll(() => rowCell(page, address, 'Presence')).toBe('Offline');
    await expect.poll(() => rowCell(page, address, 'Last seen')).toBe('just now');
    await expectSamePage(page);
  });

  test('a directory row on screen follows presence changes pushed by the stream', async ({ page, mock }) => {
    await mock.open(paths.users(), { presenceRate: 0 });
    await expectDirectoryLoaded(page);
    await expectLiveStatus(page, 'Live');
    await markPage(page);
    const address = await firstOfflineAddress(page);
    const { users } = await callMock<{ users: { uid: number }[] }>(page, { op: 'usersget', user: { address } });
    const uid = users[0]?.uid ?? 0;

    await setPresence(page, uid, true, 'javascript');
    await expect(directoryRow(page, address)).toContainText('Online · JavaScript');
    await expect.poll(() => rowCell(page, address, 'Last seen')).toBe('Now');

    await setPresence(page, uid, false);
    await expect.poll(() => rowCell(page, address, 'Presence')).toBe('Offline');
    await expect.poll(() => rowCell(page, address, 'Last seen')).toBe('just now');
    await expectSamePage(page);
  });

  test('the indicator shows "Reconnecting…" when the stream drops, "Live" once back, and what happened meanwhile shows', async ({ page, mock }) => {
    await mock.open(paths.users(), { presenceRate: 0 });
    await expectDirectoryLoaded(page);
    await expectLiveStatus(page, 'Live');
    const address = await firstOfflineAddress(page);
    const { users } = await callMock<{ users: { uid: number }[] }>(page, { op: 'usersget', user: { address } });

    await dropPresenceConnections(page);
    await expectLiveStatus(page, 'Reconnecting…');
    // Changed while no stream is connected: nothing is pushed, the reload after reconnecting brings it.
    await setPresence(page, users[0]?.uid ?? 0, true, 'python');
    await expectLiveStatus(page, 'Live');
    await expect(directoryRow(page, address)).toContainText('Online');
  });

  test('filters by presence and sorts by last seen, held in the URL', async ({ page, mock }) => {
    await mock.open(paths.users(), { presenceRate: 0 });
    await expectDirectoryLoaded(page);
    const { counts } = await callMock<{ counts: { online: number } }>(page, { op: 'presenceget' });

    await choosePresenceFilter(page, 'Online now');
    await expect(page).toHaveURL(/presence=online/);
    await expect(userCount(page)).toHaveText(countText(counts.online));
    await expect.poll(async () => (await columnValues(page, 'Presence')).every((value) => value.startsWith('Online · '))).toBe(true);

    await choosePresenceFilter(page, 'Dormant for 30 days');
    await expect(page).toHaveURL(/presence=dormant30d/);
    await expect(userCount(page)).not.toHaveText(countText(counts.online));
    await expect.poll(async () => (await columnValues(page, 'Presence')).every((value) => value === 'Offline')).toBe(true);

    await choosePresenceFilter(page, 'Anyone');
    await recentlyActiveButton(page).click();
    await expect(recentlyActiveButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(columnHeader(page, 'Last seen')).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=lastSeen&order=desc/);
    const recent = await callMock<{ users: { address: string }[] }>(page, { op: 'usersget', count: 3, sort: { by: 'lastSeen', order: 'desc' } });
    await expect.poll(async () => (await columnValues(page, 'Address')).slice(0, 3)).toEqual(recent.users.map((user) => user.address));
  });

  test('the Presence tab passes the accessibility check', async ({ page, mock }) => {
    await mock.open(paths.userTab(1, 'presence'), { presenceRate: 0 });
    await expect(page.getByRole('heading', { name: 'Presence', level: 2 })).toBeVisible();
    await forceOnline(page, 'Android');
    await expect(tabPresence(page)).toHaveText('Online · Android');
    await expect(liveIndicator(page)).toHaveText('Live');
    await expectNoAxeViolations(page);
  });
});
