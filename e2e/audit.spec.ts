import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import {
  applyAuditFilters,
  auditFilter,
  auditHeading,
  auditNavLink,
  auditRows,
  auditTable,
  clearFiltersButton,
  expectChangeCount,
  historyTable,
} from './pages/audit.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import { issueToken } from './pages/tokens.ts';
import {
  callMock,
  deactivateButton,
  deleteUser,
  expectFieldError,
  expectUserPage,
  profileField,
  saveButton,
  saveProfile,
  unsavedChangesDialog,
  userPageTab,
} from './pages/user-page.ts';

interface StoredUser {
  uid: number;
  address: string;
  profile: { name?: string };
}

async function userOf(page: Page, uid: number): Promise<StoredUser> {
  const [user] = (await callMock<{ users: StoredUser[] }>(page, { op: 'usersget', user: { uid } })).users;
  if (!user) throw new Error(`no user ${uid}`);
  return user;
}

const EDITED = 12;
const TAKEN = 13;
const DELETED = 15;

test.describe('audit log', () => {
  test.use({ mockDataset: { users: 200, seed: 17 } });

  test('lists the changes made in the console, newest first, with operator and diffs; refused saves add nothing', async ({ page, mock }) => {
    await mock.open(paths.user(EDITED));
    await expect(profileField(page, 'Name')).toBeVisible();
    // Set-up outside the UI (logged too): another user holding the unique ID that the refused save will ask for.
    await callMock(page, { op: 'userset', user: { uid: TAKEN, profile: { update: true, uniqueId: 'TAKEN13' } } });
    const edited = await userOf(page, EDITED);
    const deleted = await userOf(page, DELETED);
    const oldName = await profileField(page, 'Name').inputValue();

    // 1. Edit the Name.
    await profileField(page, 'Name').fill('Audited Name');
    await saveProfile(page);

    // 2. Issue a token.
    await userPageTab(page, 'Tokens').click();
    await issueToken(page, { appId: 'com.example.audit', device: 'audit-phone' });

    // 3. Delete another user.
    await page.goto(paths.user(DELETED));
    await expectUserPage(page, deleted.profile.name || deleted.address);
    await deleteUser(page, deleted.address);
    await expect(page.getByRole('status').filter({ hasText: `Deleted ${deleted.address}.` })).toBeVisible();

    // 4. Two refused saves: one the form refuses, one the backend refuses (a taken unique ID).
    await page.goto(paths.user(EDITED));
    await expect(profileField(page, 'Name')).toHaveValue('Audited Name');
    await profileField(page, 'Email').fill('not-an-email');
    await saveButton(page).click();
    await expectFieldError(page, 'Email', /valid email/);
    await profileField(page, 'Email').fill('');
    await profileField(page, 'Unique ID').fill('TAKEN13');
    await saveButton(page).click();
    await expectFieldError(page, 'Unique ID', /already used/);

    await auditNavLink(page).click();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Leave' }).click();
    await expect(auditHeading(page)).toBeVisible();

    // Newest first: the delete, the token, the name, the set-up; the refused saves left nothing.
    const rows = auditRows(auditTable(page));
    await expect(rows).toHaveCount(4);
    await expectChangeCount(page, 4);
    for (const row of await rows.all()) await expect(row.getByRole('cell').nth(1)).toContainText('Ada Admin');
    await expect(rows.nth(0)).toContainText('userdel deleted');
    await expect(rows.nth(0)).toContainText(`${deleted.address} uid ${DELETED}, deleted`);
    await expect(rows.nth(0).getByRole('link')).toHaveCount(0);
    await expect(rows.nth(1)).toContainText('userset token issued for device audit-phone');
    await expect(rows.nth(2)).toContainText('userset profile changed: name');
    await expect(rows.nth(2)).toContainText(`Name: ${oldName || '(not set)'} → Audited Name`);
    await expect(rows.nth(2).getByRole('link', { name: edited.address })).toHaveAttribute('href', paths.user(EDITED));
    await expect(rows.nth(3)).toContainText('Unique ID:');
    await expectNoAxeViolations(page);
  });

  test('filters by user and by action, and keeps the entries and the filter over a reload', async ({ page, mock }) => {
    await mock.open(paths.audit());
    await expect(page.getByText('No changes recorded yet.')).toBeVisible();
    const edited = await userOf(page, EDITED);
    const deleted = await userOf(page, DELETED);
    await callMock(page, { op: 'userset', user: { uid: EDITED, profile: { update: true, status: 'Audited' } } });
    await callMock(page, { op: 'userset', user: { uid: EDITED, active: false } });
    await callMock(page, { op: 'userdel', user: { uid: DELETED } });
    // Made outside the console: the log shows them once it is asked again (here, by a reload).
    await page.reload();
    const rows = auditRows(auditTable(page));
    await expect(rows).toHaveCount(3);

    await applyAuditFilters(page, { User: edited.address });
    await expect(page).toHaveURL(new RegExp(`\\?user=${encodeURIComponent(edited.address)}$`));
    await expect(rows).toHaveCount(2);
    await expectChangeCount(page, 2);
    await clearFiltersButton(page).click();
    await expect(rows).toHaveCount(3);
    await applyAuditFilters(page, { Action: 'userdel' });
    await expect(page).toHaveURL(/\?action=userdel$/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(deleted.address);

    // The log is kept with the mock's data: a reload shows the same entries under the same filter.
    await page.reload();
    await expect(auditFilter(page, 'Action')).toHaveValue('userdel');
    await expect(rows).toHaveCount(1);
    await clearFiltersButton(page).click();
    await expect(rows).toHaveCount(3);
  });

  test('the History tab shows only its user’s changes, and a change made there at once', async ({ page, mock }) => {
    await mock.open(paths.user(EDITED));
    await callMock(page, { op: 'userset', user: { uid: TAKEN, profile: { update: true, status: 'Someone else' } } });
    await profileField(page, 'Name').fill('Audited Name');
    await saveProfile(page);

    await userPageTab(page, 'History').click();
    const rows = auditRows(historyTable(page));
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Name:');
    await expect(rows.first()).toContainText('→ Audited Name');
    await deactivateButton(page).click();
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('deactivated');
    await expect(rows.first()).toContainText('Active: Yes → No');
    await expectNoAxeViolations(page);
  });

  test('opens a link with malformed filters, leaving them out with a note', async ({ page, mock }) => {
    await mock.open(`${paths.audit()}?action=drop-table&from=yesterday&operator=Ada`);
    await expect(auditHeading(page)).toBeVisible();
    const note = page.getByRole('status').filter({ hasText: 'Some filters in this link could not be used' });
    await expect(note).toContainText('Action “drop-table” was left out');
    await expect(note).toContainText('From “yesterday” was left out');
    await expect(auditFilter(page, 'Operator')).toHaveValue('Ada');
    await expect(page.getByText('No changes match these filters.')).toBeVisible();
    await clearFiltersButton(page).click();
    await expect(page.getByText('No changes recorded yet.')).toBeVisible();
  });
});
