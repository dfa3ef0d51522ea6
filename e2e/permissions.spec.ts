import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { contactsTable } from './pages/contacts.ts';
import {
  pairsLink, peersChoice, permission, PERMISSION_NAMES, permissionsHeading, savePermissions, userTab,
} from './pages/permissions.ts';

test.describe('permissions tab', () => {
  test.use({ mockDataset: { users: 200, seed: 21 } });

  test('shows the nine permissions with help and saves a change', async ({ page, mock }) => {
    await mock.open(paths.user(1));
    await userTab(page, 'Permissions').click();
    await expect(permissionsHeading(page)).toBeVisible();

    for (const name of PERMISSION_NAMES) await expect(permission(page, name)).toBeVisible();
    await expect(permission(page, 'Retention')).toHaveAccessibleDescription(/On-premise installations only/);
    await expect(permission(page, 'Webhook')).toHaveAccessibleDescription(/instead of delivering them through the real-time API/);
    await expect(peersChoice(page, 'Contacts only')).toHaveAccessibleDescription(/Only users in this user’s contacts/);

    const calls = permission(page, 'Calls');
    const wasOn = await calls.isChecked();
    await calls.setChecked(!wasOn);
    await permission(page, 'Webhook').check();
    await savePermissions(page);

    // Saved in the backend: a fresh load shows the new values.
    await page.reload();
    await expect(permission(page, 'Calls')).toBeChecked({ checked: !wasOn });
    await expect(permission(page, 'Webhook')).toBeChecked();
  });

  test('"Specific peers only" links to the contacts marked as pairs', async ({ page, mock }) => {
    await mock.open(paths.userTab(2, 'permissions'));
    await peersChoice(page, 'Specific peers only').check();

    await expect(page.getByText(/No contact is marked as a pair yet/)).toBeVisible();
    await expect(pairsLink(page)).toHaveAttribute('href', paths.userContactPairs(2));
    await savePermissions(page);

    await pairsLink(page).click();
    await expect(page).toHaveURL(paths.userContactPairs(2));
    await expect(userTab(page, 'Contacts')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('No contact is marked as a pair.')).toBeVisible();
    await expect(contactsTable(page)).toHaveCount(0);
  });

  test('asks before leaving with unsaved permission changes', async ({ page, mock }) => {
    await mock.open(paths.userTab(3, 'permissions'));
    await permission(page, 'Group creation').click();

    await userTab(page, 'Contacts').click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay' }).click();

    await expect(page).toHaveURL(paths.userTab(3, 'permissions'));
    await expect(permissionsHeading(page)).toBeVisible();
  });
});
