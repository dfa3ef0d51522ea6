import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import {
  addContactByAddress, addContactFromSuggestions, addressField, addressSuggestions, contactFlag, contactRow, contactsTable,
  removeContactDialog, reverseContactsTable,
} from './pages/contacts.ts';
import { savedMessage, userTab } from './pages/permissions.ts';
import { userRows } from './pages/directory.ts';
import { navLink } from './pages/app-shell.ts';
import { addUser, callMock, unsavedChangesDialog } from './pages/user-page.ts';

interface DirectoryUser {
  uid: number;
  address: string;
}

/** The first users the directory lists: their addresses and uids, read from the row links. */
async function directoryUsers(page: Page, count: number): Promise<DirectoryUser[]> {
  await expect(userRows(page).first()).toBeVisible();
  const links = await userRows(page).getByRole('link').evaluateAll((anchors) =>
    anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: (anchor.textContent ?? '').trim() })),
  );
  return links.slice(0, count).map(({ href, text }) => ({ uid: Number(/\/users\/(\d+)/.exec(href)?.[1]), address: text }));
}

test.describe('contacts tab', () => {
  test.use({ mockDataset: { users: 200, seed: 23 } });

  test('adds a contact from the directory suggestions, edits a flag, blocks, unblocks and removes it', async ({ page, mock }) => {
    await mock.open(paths.users());
    const [owner, friend] = await directoryUsers(page, 2);
    if (!owner || !friend) throw new Error('the directory lists fewer than two users');

    await page.goto(paths.userTab(owner.uid, 'contacts'));
    await expect(page.getByText('No contacts yet. Add one by address below.')).toBeVisible();
    const added = await addContactFromSuggestions(page, friend.address.slice(0, 6));
    await expect(savedMessage(page, `Saved. ${added} added to the contacts.`)).toBeVisible();
    const row = contactRow(page, added);
    await expect(contactFlag(row, 'Contact')).toBeChecked();
    await expect(contactFlag(row, 'Favorite')).not.toBeChecked();

    await contactFlag(row, 'Favorite').check();
    await expect(savedMessage(page, `Saved. Favorite turned on for ${added}.`)).toBeVisible();

    await row.getByRole('button', { name: 'Block' }).click();
    await expect(savedMessage(page, `Saved. ${added} blocked.`)).toBeVisible();
    await expect(row.getByText('Blocked', { exact: true })).toBeVisible();
    await row.getByRole('button', { name: 'Unblock' }).click();
    await expect(savedMessage(page, `Saved. ${added} unblocked.`)).toBeVisible();
    await expect(row.getByRole('button', { name: 'Block' })).toBeVisible();

    // A fresh load shows what was saved.
    await page.reload();
    await expect(contactFlag(contactRow(page, added), 'Favorite')).toBeChecked();

    await contactRow(page, added).getByRole('button', { name: 'Remove' }).click();
    const dialog = removeContactDialog(page);
    await expect(dialog).toContainText('also deletes all messages');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(contactRow(page, added)).toBeVisible();

    await contactRow(page, added).getByRole('button', { name: 'Remove' }).click();
    await removeContactDialog(page).getByRole('button', { name: 'Remove contact' }).click();
    await expect(savedMessage(page, `Saved. ${added} removed from the contacts.`)).toBeVisible();
    await expect(contactsTable(page)).toHaveCount(0);
  });

  test('refuses an address no user has, and the user itself, on the Address field', async ({ page, mock }) => {
    await mock.open(paths.users());
    const [owner] = await directoryUsers(page, 1);
    if (!owner) throw new Error('the directory is empty');
    await page.goto(paths.userTab(owner.uid, 'contacts'));

    await addContactByAddress(page, 'nobody-has-this-address@example.com');
    await expect(addressField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(addressField(page)).toHaveAccessibleDescription(/No user has the address nobody-has-this-address@example.com/);

    await addContactByAddress(page, owner.address);
    await expect(addressField(page)).toHaveAccessibleDescription(/A user cannot be their own contact/);
    await expect(contactsTable(page)).toHaveCount(0);
  });

  test('the contact’s page lists the relation under "Has this user as a contact"', async ({ page, mock }) => {
    await mock.open(paths.users());
    const [owner, friend] = await directoryUsers(page, 2);
    if (!owner || !friend) throw new Error('the directory lists fewer than two users');
    await page.goto(paths.userTab(owner.uid, 'contacts'));
    await expect(reverseContactsTable(page)).toHaveCount(0);

    await addressField(page).fill(friend.address);
    await expect(addressSuggestions(page).filter({ hasText: friend.address })).toBeVisible();
    await addressField(page).press('ArrowDown');
    await addressField(page).press('Enter');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await contactFlag(contactRow(page, friend.address), 'Favorite').check();
    await expect(savedMessage(page, `Saved. Favorite turned on for ${friend.address}.`)).toBeVisible();

    await contactRow(page, friend.address).getByRole('link', { name: friend.address }).click();
    await expect(page).toHaveURL(paths.user(friend.uid));
    await userTab(page, 'Contacts').click();
    const reverse = reverseContactsTable(page);
    const ownerRow = reverse.getByRole('row').filter({ has: page.getByRole('link', { name: owner.address, exact: true }) });
    await expect(ownerRow).toBeVisible();
    await expect(ownerRow.getByRole('cell')).toContainText(['Yes', 'Yes', 'No', 'No']);
    await ownerRow.getByRole('link', { name: owner.address }).click();
    await expect(page).toHaveURL(paths.user(owner.uid));
  });
});

test.describe('contacts tab: pictures and unsaved input', () => {
  test.use({ mockDataset: { users: 20, seed: 5 } });

  // A 1×1 PNG: a thumbnail (`tn`) the profile form could have saved.
  const THUMBNAIL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  test('shows each user’s picture in "Has this user as a contact": the image, else the thumbnail', async ({ page, mock, baseURL }) => {
    await mock.open(paths.users());
    const image = new URL('/avatars/3.svg', baseURL).href;
    const target = await addUser(page, { address: 'pictured-target@example.com' });
    const withImage = await addUser(page, { address: 'owner-image@example.com', profile: { name: 'Owner With Image', image } });
    const withThumbnail = await addUser(page, { address: 'owner-tn@example.com', profile: { name: 'Owner With Thumbnail', tn: THUMBNAIL } });
    for (const owner of [withImage, withThumbnail]) {
      await callMock(page, { op: 'userset', user: { uid: owner, contact: { address: 'pictured-target@example.com' } } });
    }

    await page.goto(paths.userTab(target, 'contacts'));
    const ownerRow = (address: string) =>
      reverseContactsTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: address, exact: true }) });
    // Decorative next to the name (alt ""), so its role is presentation.
    const imageRow = ownerRow('owner-image@example.com');
    await expect(imageRow.getByRole('cell', { name: 'Owner With Image' })).toBeVisible();
    await expect(imageRow.getByRole('presentation')).toHaveAttribute('src', image);
    await expect(ownerRow('owner-tn@example.com').getByRole('presentation')).toHaveAttribute('src', THUMBNAIL);
  });

  test('asks before a half-typed address is lost to navigation, and keeps it on "Stay"', async ({ page, mock }) => {
    await mock.open(paths.userTab(2, 'contacts'));
    await addressField(page).fill('half-typed');
    await addressField(page).press('Escape');

    await navLink(page, 'Users').click();
    await expect(unsavedChangesDialog(page)).toBeVisible();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Stay' }).click();
    await expect(unsavedChangesDialog(page)).toBeHidden();
    await expect(page).toHaveURL(paths.userTab(2, 'contacts'));
    await expect(addressField(page)).toHaveValue('half-typed');

    await navLink(page, 'Users').click();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL(paths.users());
  });
});
