import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import {
  addContactByAddress, addContactFromSuggestions, addressField, addressSuggestions, contactFlag, contactRow, contactsTable,
  removeContactDialog, reverseContactsTable,
} from './pages/contacts.ts';
import { savedMessage, userTab } from './pages/permissions.ts';
import { userRows } from './pages/directory.ts';

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
