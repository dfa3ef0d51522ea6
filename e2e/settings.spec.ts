import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { navigateTo, navLink } from './pages/app-shell.ts';
import { countText, expectDirectoryLoaded, userCount } from './pages/directory.ts';
import {
  appTokenField, applyMockBehaviour, backendChoice, backendUrlField, mockControls, resetMockData, resetMockDataButton,
  saveBackendButton, settingsHeading,
} from './pages/settings.ts';
import { unsavedChangesDialog } from './pages/user-page.ts';

test.describe('settings', () => {
  test.use({ mockDataset: { users: 150, seed: 5 } });

  test('shows the backend choice and the mock controls with the current dataset', async ({ page, mock }) => {
    await mock.open(paths.settings());

    await expect(settingsHeading(page)).toBeVisible();
    await expect(backendChoice.mock(page)).toBeChecked();
    await expect(backendChoice.remote(page)).not.toBeChecked();
    await expect(mockControls.users(page)).toHaveValue(String(mock.dataset.users));
    await expect(mockControls.seed(page)).toHaveValue(String(mock.dataset.seed));
    await expect(mockControls.latency(page)).toHaveValue('0');
    await expect(mockControls.failureRate(page)).toHaveValue('0');
    await expect(resetMockDataButton(page)).toBeVisible();

    // Choosing a remote backend asks where it is and for its app token (not saved here).
    await backendChoice.remote(page).check();
    await expect(backendUrlField(page)).toBeVisible();
    await expect(appTokenField(page)).toBeVisible();
  });

  test('the mock parameters show up as the mock settings', async ({ page, mock }) => {
    await mock.open(paths.settings(), { latencyMs: 20, failureRate: 0.25 });

    await expect(mockControls.latency(page)).toHaveValue('20');
    await expect(mockControls.failureRate(page)).toHaveValue('0.25');
  });

  test('"Reset mock data" reseeds the mock with the chosen size', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expect(userCount(page)).toHaveText(countText(mock.dataset.users));

    await navigateTo(page, 'Settings');
    await resetMockData(page, { users: 42, seed: 9 });
    await navigateTo(page, 'Users');

    await expectDirectoryLoaded(page);
    await expect(userCount(page)).toHaveText(countText(42));
  });

  test('the navigation reaches both pages', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expect(navLink(page, 'Users')).toBeVisible();

    await navigateTo(page, 'Settings');
    await expect(page).toHaveURL(paths.settings());
    await expect(settingsHeading(page)).toBeVisible();

    await navigateTo(page, 'Users');
    await expect(page).toHaveURL(paths.users());
    await expectDirectoryLoaded(page);
  });

  test('asks before a behaviour not applied is lost to navigation; applied, it leaves without asking', async ({ page, mock }) => {
    await mock.open(paths.settings());
    await mockControls.latency(page).fill('40');

    await navigateTo(page, 'Users');
    await unsavedChangesDialog(page).getByRole('button', { name: 'Stay' }).click();
    await expect(page).toHaveURL(paths.settings());
    await expect(mockControls.latency(page)).toHaveValue('40');

    await applyMockBehaviour(page, { latencyMs: 40 });
    await navigateTo(page, 'Users');
    await expect(page).toHaveURL(paths.users());
    await expect(unsavedChangesDialog(page)).toHaveCount(0);
  });

  test('saving a new backend reloads the page at once: nothing is unsaved, so nothing asks', async ({ page, mock }) => {
    // The console connects to the saved backend after the reload; this one is not there.
    await page.route('https://backend.example.com/**', (route) => route.abort());
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await mock.open(paths.settings());
    await backendChoice.remote(page).check();
    await backendUrlField(page).fill('https://backend.example.com/api');
    await appTokenField(page).fill('e2e-app-token');

    const reloaded = page.waitForEvent('load');
    await saveBackendButton(page).click();
    await reloaded;
    expect(dialogs).toEqual([]);
  });
});
