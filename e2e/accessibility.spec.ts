import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import { columnValues, expectDirectoryLoaded, loadError, retryButton, search, userCount, userRows, usersHeading } from './pages/directory.ts';
import { expectTokensLoaded, issueToken } from './pages/tokens.ts';
import { deleteUserButton, deleteUserDialog, userHeading } from './pages/user-page.ts';
import { confirmResetButton, resetMockDataButton, settingsHeading } from './pages/settings.ts';

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  test.use({ mockDataset: { users: 200, seed: 11 } });

  test('the directory', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    await expectNoAxeViolations(page);
  });

  test('a user page', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const name = (await columnValues(page, 'Name'))[0] ?? '';
    const address = (await columnValues(page, 'Address'))[0] ?? '';
    await userRows(page).first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/users\/\d+$/);
    await expect(userHeading(page, name || address)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the directory with no result', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    await search(page, 'zz-nobody-has-this');
    await expect(page.getByText(/^No users match/)).toBeVisible();
    await expect(userCount(page)).toHaveText('0 users');
    await expectNoAxeViolations(page);
  });

  test('the directory when the backend fails', async ({ page, mock }) => {
    await mock.open(paths.users(), { failureRate: 1 });
    await expect(usersHeading(page)).toBeVisible();
    await expect(loadError(page)).toBeVisible({ timeout: 15_000 });
    await expect(retryButton(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the settings page', async ({ page, mock }) => {
    await mock.open(paths.settings());
    await expect(settingsHeading(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the settings page asking to confirm a reset; focus follows the question and comes back', async ({ page, mock }) => {
    await mock.open(paths.settings());
    await resetMockDataButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(confirmResetButton(page)).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(resetMockDataButton(page)).toBeFocused();
  });

  test('the not-found page, and a user page for a uid no user has', async ({ page, mock }) => {
    await mock.open('/no-such-page');
    await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(paths.user(987_654));
    await expect(page.getByRole('heading', { name: 'User not found', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('accessibility in the dark colour scheme (axe, WCAG 2.1 AA)', () => {
  test.use({ mockDataset: { users: 200, seed: 11 }, colorScheme: 'dark' });

  test('the directory', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('the Tokens tab with a token, and the delete dialog with its danger button', async ({ page, mock }) => {
    await mock.open(paths.userTab(9, 'tokens'));
    await expectTokensLoaded(page);
    await issueToken(page, { appId: 'com.example.app', device: 'e2e-dark' });
    await expectNoAxeViolations(page);
    await deleteUserButton(page).click();
    await expect(deleteUserDialog(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
