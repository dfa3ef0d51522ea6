import { MOCK_BACKEND_URL, paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import {
  countText, expectDirectoryLoaded, loadError, retryButton, userCount, userRows, usersHeading,
} from './pages/directory.ts';
import { applyMockBehaviour } from './pages/settings.ts';

test.describe('directory errors', () => {
  test.use({ mockDataset: { users: 120, seed: 3 } });

  test('a failing backend shows an alert with Retry, and the directory recovers once failures stop', async ({
    page,
    mock,
  }) => {
    // Every request fails; the console's own quick retries give up within a couple of seconds.
    await mock.open(paths.users(), { failureRate: 1 });

    await expect(usersHeading(page)).toBeVisible();
    await expect(loadError(page)).toBeVisible({ timeout: 15_000 });
    await expect(retryButton(page)).toBeVisible();
    await expect(userRows(page)).toHaveCount(0);

    // Retry asks the backend again; it still fails, and says so again.
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === MOCK_BACKEND_URL);
    await retryButton(page).click();
    expect((await answer).ok(), 'the retried request fails while the failure rate is 1').toBe(false);
    await expect(loadError(page)).toBeVisible({ timeout: 15_000 });
    await expect(retryButton(page)).toBeVisible();

    // Someone turns the failures off in Settings, in another tab of the same browser: the behaviour is
    // shared by the tabs at once, so Retry here now succeeds without leaving the page.
    const settingsTab = await page.context().newPage();
    await settingsTab.goto(paths.settings());
    await applyMockBehaviour(settingsTab, { failureRate: 0 });
    await settingsTab.close();

    await retryButton(page).click();
    await expectDirectoryLoaded(page);
    await expect(userCount(page)).toHaveText(countText(mock.dataset.users));
    await expect(retryButton(page)).toHaveCount(0);
  });
});
