import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { columnValues, expectDirectoryLoaded, searchBox, userRows } from './pages/directory.ts';
import { controlsWithoutFocusRing, tabTo } from './pages/keyboard.ts';
import {
  copyButton,
  expectTokensLoaded,
  issueButton,
  issueDialog,
  issueField,
  issueTokenButton,
  newTokenField,
  platformCheckbox,
  tokenRow,
} from './pages/tokens.ts';
import { profileField, saveButton, savedStatus, userHeading, userPageTab } from './pages/user-page.ts';

/**
 * The console's main tasks with the keyboard alone: every step is a key press (page.keyboard), never a
 * click, so a control that cannot be reached or worked by keyboard fails the test.
 */
test.use({ mockDataset: { users: 500, seed: 17 } });

test('search, open a user, edit the name and save, by keyboard alone', async ({ page, mock }) => {
  await mock.open(paths.users());
  await expectDirectoryLoaded(page);
  const address = (await columnValues(page, 'Address'))[4];
  if (!address) throw new Error('the first page lists fewer than five users');

  // "/" jumps to the search box from anywhere on the page; Enter searches at once.
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(address);
  await page.keyboard.press('Enter');
  const userLink = userRows(page).first().getByRole('link', { name: address, exact: true });
  await expect(userLink).toBeVisible();
  await expect(userRows(page)).toHaveCount(1);

  await tabTo(page, userLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/users\/\d+$/);

  const name = profileField(page, 'Name');
  await tabTo(page, name);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Keyboard Only');
  await expect(name).toHaveValue('Keyboard Only');

  await tabTo(page, saveButton(page), { max: 80 });
  await page.keyboard.press('Enter');
  await expect(savedStatus(page)).toBeVisible();
  await expect(userHeading(page, 'Keyboard Only')).toBeVisible();
});

test('the skip link takes the keyboard past the navigation to the page', async ({ page, mock }) => {
  await mock.open(paths.users());
  await expectDirectoryLoaded(page);
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
});

test('every control the keyboard reaches shows a focus ring', async ({ page, mock }) => {
  await mock.open(paths.users());
  await expectDirectoryLoaded(page);
  expect(await controlsWithoutFocusRing(page, 40), 'on /users').toEqual([]);
  await mock.open(paths.user(3));
  await expect(profileField(page, 'Name')).toBeVisible();
  expect(await controlsWithoutFocusRing(page, 60), 'on /users/3').toEqual([]);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  expect(await controlsWithoutFocusRing(page, 30), 'on /settings').toEqual([]);
});

test('Enter in a profile field saves the form', async ({ page, mock }) => {
  await mock.open(paths.user(12));
  const status = profileField(page, 'Status');
  await tabTo(page, status);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Saved with Enter');
  await page.keyboard.press('Enter');
  await expect(savedStatus(page)).toBeVisible();
  await expect(status).toHaveValue('Saved with Enter');
});

test.describe('issuing a token', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('reach the Tokens tab with the arrow keys, issue a token, copy it and close, by keyboard alone', async ({ page, mock }) => {
    await mock.open(paths.user(21));
    await expect(userPageTab(page, 'Profile')).toHaveAttribute('aria-selected', 'true');

    // The tablist is one tab stop (the selected tab); arrows move between tabs, Enter opens one.
    await tabTo(page, userPageTab(page, 'Profile'));
    for (const tab of ['Permissions', 'Contacts', 'Tokens'] as const) {
      await page.keyboard.press('ArrowRight');
      await expect(userPageTab(page, tab)).toBeFocused();
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/users\/21\/tokens$/);
    await expect(userPageTab(page, 'Tokens')).toHaveAttribute('aria-selected', 'true');
    await expectTokensLoaded(page);

    await tabTo(page, issueTokenButton(page));
    await page.keyboard.press('Enter');
    await expect(issueDialog(page)).toBeVisible();

    await tabTo(page, issueField(page, 'App ID'));
    await page.keyboard.type('com.example.app');
    for (const platform of ['Android', 'JavaScript'] as const) {
      await tabTo(page, platformCheckbox(page, platform));
      await page.keyboard.press('Space');
      await expect(platformCheckbox(page, platform)).toBeChecked();
    }
    await tabTo(page, issueField(page, 'URL prefix'));
    await page.keyboard.type('https://app.example.com/');
    await tabTo(page, issueField(page, 'Device'));
    await page.keyboard.type('e2e-keyboard');

    await tabTo(page, issueButton(page));
    await page.keyboard.press('Enter');
    await expect(newTokenField(page)).toHaveValue(/\S/);
    await expect(newTokenField(page)).toBeFocused();
    const token = await newTokenField(page).inputValue();

    await tabTo(page, copyButton(page));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    await page.keyboard.press('Escape');
    await expect(issueDialog(page)).toBeHidden();
    await expect(issueTokenButton(page)).toBeFocused();
    await expect(tokenRow(page, 'e2e-keyboard')).toBeVisible();
  });
});
