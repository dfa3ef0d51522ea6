import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { addContactButton } from './pages/contacts.ts';
import { searchBox, userRows, usersHeading } from './pages/directory.ts';
import { permission, saveButton as savePermissionsButton } from './pages/permissions.ts';
import {
  callMockAs,
  expectRefusedWithReason,
  expectSignedInAs,
  signInAs,
  signInAsButton,
  signInHeading,
  signOut,
  signOutButton,
} from './pages/session.ts';
import { issueDialog, issueTokenButton } from './pages/tokens.ts';
import {
  deleteUserButton,
  profileField,
  saveButton,
  savedStatus,
  unsavedChangesDialog,
  userPageTab,
  userTabPanel,
} from './pages/user-page.ts';

test.use({ mockDataset: { users: 300, seed: 61 } });

interface WireUser {
  uid: number;
  address: string;
  profile: { status?: string };
}

async function userAs(page: Parameters<typeof callMockAs>[0], uid: number): Promise<WireUser> {
  const answer = (await callMockAs(page, 'viewer', { op: 'usersget', user: { uid } })) as { users: WireUser[] };
  const user = answer.users[0];
  if (!user) throw new Error(`no user ${uid}`);
  return user;
}

test.describe('operator roles', () => {
  test('support staff sign in, find a user and edit the profile; tokens, permissions and deletion are refused with the reason', async ({
    page,
    mock,
  }) => {
    await mock.open(paths.users());
    // A fresh browser session is the demo admin, so direct links work without signing in.
    await expectSignedInAs(page, 'admin');
    await signOut(page);
    await expect(page).toHaveURL(paths.signIn());
    await expect(signInAsButton(page, 'support')).toHaveAccessibleDescription(/Role: support.*May view everything, edit profiles and edit contacts/);

    await signInAsButton(page, 'support').click();
    await expectSignedInAs(page, 'support');
    await expect(usersHeading(page)).toBeVisible();

    // The fast path: the search box has focus, so a support agent types the address at once.
    const target = await userAs(page, 7);
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type(target.address);
    await page.keyboard.press('Enter');
    await expect(userRows(page)).toHaveCount(1);
    await userRows(page).getByRole('link', { name: target.address, exact: true }).click();
    await expect(userPageTab(page, 'Profile')).toHaveAttribute('aria-selected', 'true');
    await profileField(page, 'Status').fill('Helped by support');
    await saveButton(page).click();
    await expect(savedStatus(page)).toBeVisible();
    expect((await userAs(page, target.uid)).profile.status).toBe('Helped by support');

    await expectRefusedWithReason(page, deleteUserButton(page), 'Support staff cannot delete users');

    await userPageTab(page, 'Tokens').click();
    await expectRefusedWithReason(page, issueTokenButton(page), 'Support staff cannot issue or revoke tokens');
    // Enter on the focused button does what a click would: nothing.
    await issueTokenButton(page).press('Enter');
    await expect(issueDialog(page)).toHaveCount(0);

    await userPageTab(page, 'Permissions').click();
    await expect(permission(page, 'Calls')).toBeDisabled();
    await expect(userTabPanel(page).getByText('Read only: Support staff cannot change permissions.')).toBeVisible();
    await expectRefusedWithReason(page, savePermissionsButton(page), 'Support staff cannot change permissions');

    // The backend holds the line whatever the console shows.
    const refused = await callMockAs(page, 'support', { op: 'userdel', user: { uid: target.uid } });
    expect(refused.result).toBe(false);
    expect(refused.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/^Not allowed for role support/) });
    expect((await userAs(page, target.uid)).uid).toBe(target.uid);
  });

  test('viewers can only look: the profile is read only and Save says why', async ({ page, mock }) => {
    await mock.open(paths.user(9));
    await signInAs(page, 'viewer');
    await expect(profileField(page, 'Name')).toBeDisabled();
    await expect(profileField(page, 'Status')).not.toBeEditable();
    await expectRefusedWithReason(page, saveButton(page), 'Viewers can only look');
    await expectRefusedWithReason(page, page.getByRole('button', { name: 'Clear profile', exact: true }), 'Viewers can only look');
    await saveButton(page).press('Enter');
    await expect(savedStatus(page)).toHaveCount(0);

    await userPageTab(page, 'Contacts').click();
    await expect(page.getByRole('heading', { name: 'Contacts', level: 2 })).toBeVisible();
    await expect(userTabPanel(page).getByText('Read only: Viewers can only look.')).toBeVisible();
    await expect(addContactButton(page)).toBeDisabled();
  });

  test('signing out holds across reloads, a link opened meanwhile comes back after sign-in, and the session survives a reload', async ({
    page,
    mock,
  }) => {
    await mock.open(paths.user(3));
    await signOut(page);
    await page.reload();
    await expect(signInHeading(page)).toBeVisible();

    await page.goto(paths.userTab(3, 'permissions'));
    await expect(page).toHaveURL(paths.signIn(paths.userTab(3, 'permissions')));
    await signInAsButton(page, 'admin').click();
    await expect(page).toHaveURL(paths.userTab(3, 'permissions'));
    await expectSignedInAs(page, 'admin');
    await expect(permission(page, 'Calls')).toBeEnabled();

    await page.reload();
    await expectSignedInAs(page, 'admin');
    await expect(permission(page, 'Calls')).toBeEnabled();
  });

  test('"Sign out" with unsaved edits asks first', async ({ page, mock }) => {
    await mock.open(paths.user(4));
    await profileField(page, 'Status').fill('Not saved yet');
    await signOutButton(page).click();
    await expect(unsavedChangesDialog(page)).toBeVisible();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Stay' }).click();
    await expectSignedInAs(page, 'admin');
    await expect(profileField(page, 'Status')).toHaveValue('Not saved yet');
  });
});
