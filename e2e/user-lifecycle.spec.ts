import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectDirectoryLoaded, search, userRows, usersHeading } from './pages/directory.ts';
import {
  addUser,
  callMock,
  deactivateButton,
  deleteUser,
  deleteUserButton,
  deleteUserDialog,
  expectUserPage,
  newUserButton,
  newUserField,
  reactivateButton,
  submitNewUser,
  unsavedChangesDialog,
  uidFromUrl,
  userHeading,
  userPageTab,
  userTabPanel,
} from './pages/user-page.ts';

interface StoredUser {
  uid: number;
  address: string;
  active: boolean;
  parent: number | null;
  profile: Record<string, unknown>;
}

async function usersAt(page: Page, address: string): Promise<StoredUser[]> {
  return (await callMock<{ users: StoredUser[] }>(page, { op: 'usersget', user: { address } })).users;
}

/** A parent with `count` linked (multi-device) users, made through useradd's token.linkto. */
async function addLinkedGroup(page: Page, prefix: string, count: number) {
  const parent = await addUser(page, { address: `${prefix}-parent@example.com`, name: `${prefix} parent` });
  const linked: number[] = [];
  for (let device = 1; device <= count; device += 1) {
    linked.push(
      await addUser(page, {
        address: `${prefix}-device${device}@example.com`,
        token: { appid: 'com.example.chat', linkto: parent, device: `device-${device}` },
      }),
    );
  }
  return { parent, linked };
}

test.describe('creating, deactivating and deleting users', () => {
  test.use({ mockDataset: { users: 200, seed: 51 } });

  test('"New user" creates a user and opens it', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    await newUserButton(page).click();
    await expect(page.getByRole('heading', { name: 'New user', level: 1 })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Active', exact: true })).toBeChecked();

    await submitNewUser(page, { address: 'grace.new@example.com', name: 'Grace New', status: 'Just joined' });

    await expectUserPage(page, 'Grace New');
    const [created] = await usersAt(page, 'grace.new@example.com');
    expect(uidFromUrl(page.url())).toBe(created?.uid);
    expect(created).toMatchObject({ active: true, profile: { name: 'Grace New', status: 'Just joined' } });
    await expect(userTabPanel(page).getByLabel('Status', { exact: true })).toHaveValue('Just joined');
  });

  test('an address already in use is refused with a link to its user, and that user is left alone', async ({ page, mock }) => {
    await mock.open(paths.newUser());
    const [existing] = (await callMock<{ users: StoredUser[] }>(page, { op: 'usersget', user: { uid: 5 } })).users;
    if (!existing) throw new Error('the dataset has no user 5');

    await submitNewUser(page, { address: existing.address, name: 'Would overwrite', active: false });

    const address = newUserField(page, 'Address');
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(address).toHaveAccessibleDescription(/A user with this address already exists/);
    const [after] = await usersAt(page, existing.address);
    expect(after).toMatchObject({ uid: 5, active: existing.active, profile: existing.profile });

    // The form still holds what was typed, so leaving for the existing user asks first.
    const linkName = typeof existing.profile.name === 'string' && existing.profile.name ? existing.profile.name : existing.address;
    await page.getByRole('link', { name: linkName, exact: true }).click();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.user(5)}$`));
  });

  test('the create form checks the contract’s rules before sending', async ({ page, mock }) => {
    await mock.open(paths.newUser());
    await submitNewUser(page, { address: 'has space@example.com', name: 'n'.repeat(33) });
    await expect(newUserField(page, 'Address')).toHaveAccessibleDescription(/Address cannot contain spaces/);
    await expect(newUserField(page, 'Name')).toHaveAccessibleDescription(/Name must be at most 32 characters/);
    await expect(page).toHaveURL(/\/users\/new$/);
  });

  test('deactivates and reactivates a user, announcing each', async ({ page, mock }) => {
    await mock.open(paths.user(7));
    const [user] = (await callMock<{ users: StoredUser[] }>(page, { op: 'usersget', user: { uid: 7 } })).users;
    if (!user) throw new Error('the dataset has no user 7');
    if (!user.active) {
      await reactivateButton(page).click();
      await expect(deactivateButton(page)).toBeVisible();
    }

    await deactivateButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: 'User deactivated' })).toBeVisible();
    await expect(page.getByText('Inactive', { exact: true })).toBeVisible();
    expect((await usersAt(page, user.address))[0]?.active).toBe(false);

    await reactivateButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: 'User reactivated' })).toBeVisible();
    expect((await usersAt(page, user.address))[0]?.active).toBe(true);
  });

  test('deleting a parent deletes its linked users, after the address is typed', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const { parent, linked } = await addLinkedGroup(page, 'fam', 2);
    await page.goto(paths.user(parent));
    await expectUserPage(page, 'fam parent');
    await expect(page.getByText('2 linked users')).toBeVisible();

    // A wrong address deletes nothing.
    await deleteUserButton(page).click();
    const dialog = deleteUserDialog(page);
    await expect(dialog).toContainText('its 2 linked users will be deleted too — 3 users in all');
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    const confirm = dialog.getByRole('textbox', { name: 'Type the address to confirm' });
    await expect(confirm).toBeFocused();
    await confirm.fill('fam-parent@example');
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await expect(confirm).toHaveAccessibleDescription(/does not match/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(deleteUserButton(page)).toBeFocused();

    await deleteUser(page, 'fam-parent@example.com');
    await expect(usersHeading(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted fam-parent@example.com and 2 linked users.' })).toBeVisible();
    for (const uid of [parent, ...linked]) {
      expect((await callMock<{ users: unknown[] }>(page, { op: 'usersget', user: { uid } })).users).toEqual([]);
    }
    await search(page, 'fam-');
    await expect(page.getByText('No users match', { exact: false })).toBeVisible();
    await expect(userRows(page)).toHaveCount(0);
  });

  test('a linked user is deleted alone, or with its whole group when asked', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const { parent, linked } = await addLinkedGroup(page, 'grp', 3);
    const [first, second] = linked as [number, number, number];

    // Alone: the parent and the other devices stay.
    await page.goto(paths.user(first));
    await expectUserPage(page, 'grp-device1@example.com');
    await expect(page.getByRole('link', { name: 'grp parent' })).toHaveAttribute('href', paths.user(parent));
    await deleteUser(page, 'grp-device1@example.com');
    await expect(page.getByRole('status').filter({ hasText: 'Deleted grp-device1@example.com.' })).toBeVisible();
    expect((await callMock<{ total: number }>(page, { op: 'usersget', filter: { parent } })).total).toBe(2);

    // With "Also delete linked users": the parent and every linked user go.
    await page.goto(paths.user(second));
    await expectUserPage(page, 'grp-device2@example.com');
    await deleteUserButton(page).click();
    const dialog = deleteUserDialog(page);
    await expect(dialog.getByRole('checkbox', { name: 'Also delete linked users' })).toHaveAccessibleDescription(
      /whole group: the parent grp-parent@example.com and its 2 linked users, this one included — 3 users in all/,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await deleteUser(page, 'grp-device2@example.com', { linked: true });
    await expect(page.getByRole('status').filter({ hasText: 'Deleted grp-device2@example.com and the 2 other users of its group.' })).toBeVisible();
    await search(page, 'grp-');
    await expect(userRows(page)).toHaveCount(0);
  });

  test('the tabs are links with their own URLs, and arrow keys move between them', async ({ page, mock }) => {
    await mock.open(paths.userTab(9, 'tokens'));
    await expect(userPageTab(page, 'Tokens')).toHaveAttribute('aria-selected', 'true');
    await expect(userTabPanel(page)).toHaveAccessibleName('Tokens');

    await userPageTab(page, 'Tokens').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(userPageTab(page, 'Contacts')).toBeFocused();
    await page.keyboard.press('End');
    await expect(userPageTab(page, 'History')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(userPageTab(page, 'Profile')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${paths.user(9)}$`));
    await expect(userPageTab(page, 'Profile')).toHaveAttribute('aria-selected', 'true');
    await expect(userTabPanel(page)).toHaveAccessibleName('Profile');

    await page.goBack();
    await expect(userPageTab(page, 'Tokens')).toHaveAttribute('aria-selected', 'true');
    await expect(userHeading(page, await page.getByRole('heading', { level: 1 }).innerText())).toBeVisible();
  });
});
