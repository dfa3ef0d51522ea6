import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import { navigateTo } from './pages/app-shell.ts';
import { expectDirectoryLoaded } from './pages/directory.ts';
import { byPlatformTable, dashboardHeading, dormantUid, onlineChart, onlineNowValue, readOnlineNow, setPresence } from './pages/presence.ts';

test.describe('dashboard', () => {
  test.use({ mockDataset: { users: 500, seed: 29 } });

  test('is reached from the navigation and shows who is online, by platform and over time', async ({ page, mock }) => {
    await mock.open(paths.users(), { presenceRate: 0 });
    await expectDirectoryLoaded(page);
    await navigateTo(page, 'Dashboard');
    await expect(page).toHaveURL(paths.dashboard());
    await expect(dashboardHeading(page)).toBeVisible();
    await expect(onlineNowValue(page)).toBeVisible();
    await expect(byPlatformTable(page).getByRole('rowheader', { name: 'Android' })).toBeVisible();
    await expect(onlineChart(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the online count follows a forced change without a reload', async ({ page, mock }) => {
    await mock.open(paths.dashboard(), { presenceRate: 0 });
    await expect(dashboardHeading(page)).toBeVisible();
    await expect(onlineNowValue(page)).toBeVisible();
    const before = await readOnlineNow(page);
    const [first, second] = [await dormantUid(page, 0), await dormantUid(page, 1)];

    await setPresence(page, first, true, 'ios');
    await expect(onlineNowValue(page)).toHaveText(String(before + 1));
    await setPresence(page, second, true, 'android');
    await expect(onlineNowValue(page)).toHaveText(String(before + 2));
    await setPresence(page, first, false);
    await expect(onlineNowValue(page)).toHaveText(String(before + 1));
    // The chart's description ends at the current count.
    await expect(onlineChart(page)).toHaveAccessibleName(new RegExp(`to ${before + 1} users online`));
  });
});
