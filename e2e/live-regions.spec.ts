import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { addContactFromSuggestions } from './pages/contacts.ts';
import { expectAnnounced, recordAnnouncements } from './pages/live-regions.ts';
import { permission, savePermissions } from './pages/permissions.ts';
import { forceOnline } from './pages/presence.ts';
import { defineField } from './pages/profile-fields.ts';
import { applyMockBehaviour } from './pages/settings.ts';
import { copyButton, expectTokensLoaded, fillIssueDialog, issueAndReadToken, revokeDevice } from './pages/tokens.ts';
import {
  callMock, deactivateButton, deleteUser, reactivateButton, fillProfile, saveButton, saveFailedAlert, saveProfile, userPageTab,
} from './pages/user-page.ts';

/**
 * Screen readers announce a change to a live region they already know, not the text a region is born
 * with. Each outcome the console announces ("Saved…", "Deleted…", "Token issued…") must therefore
 * land in a region that was in the page before; errors use role="alert", which is announced when it
 * appears.
 */
test.use({ mockDataset: { users: 150, seed: 53 } });

test('profile saves, deactivation and deletion are announced', async ({ page, mock }) => {
  await mock.open(paths.user(30));
  const { users } = await callMock<{ users: { address: string }[] }>(page, { op: 'usersget', user: { uid: 30 } });
  const address = users[0]?.address ?? '';
  await recordAnnouncements(page);

  await fillProfile(page, { Status: 'Announced' });
  await saveProfile(page);
  await expectAnnounced(page, 'Saved');

  // Whichever the user's state offers.
  await deactivateButton(page).or(reactivateButton(page)).click();
  await expectAnnounced(page, /^User (de|re)activated/);

  await deleteUser(page, address);
  await expect(page).toHaveURL(/\/users$/);
  await expectAnnounced(page, `Deleted ${address}`);
});

test('a failed save is an alert', async ({ page, mock }) => {
  await mock.open(paths.user(31));
  await recordAnnouncements(page);
  await fillProfile(page, { Name: 'Will Fail' });
  const settings = await page.context().newPage();
  await settings.goto(paths.settings());
  await applyMockBehaviour(settings, { failureRate: 1 });
  await saveButton(page).click();
  await expect(saveFailedAlert(page)).toBeVisible();
  await expectAnnounced(page, 'The profile was not saved.');
});

test.describe('tokens', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('issuing, copying and revoking are announced', async ({ page, mock }) => {
    await mock.open(paths.userTab(32, 'tokens'));
    await expectTokensLoaded(page);
    await recordAnnouncements(page);
    await fillIssueDialog(page, { appId: 'com.example.app', device: 'e2e-announced' });
    await issueAndReadToken(page);
    await expectAnnounced(page, 'Token issued.');
    await copyButton(page).click();
    await expectAnnounced(page, 'Copied to the clipboard.');
    await page.keyboard.press('Escape');
    await revokeDevice(page, 'e2e-announced');
    await expectAnnounced(page, 'Token of e2e-announced revoked.');
  });
});

test('permissions, contacts and presence controls announce their saves', async ({ page, mock }) => {
  await mock.open(paths.userTab(33, 'permissions'), { presenceRate: 0 });
  await recordAnnouncements(page);
  const calls = permission(page, 'Calls');
  await calls.setChecked(!(await calls.isChecked()));
  await savePermissions(page);
  await expectAnnounced(page, 'Saved. Permissions updated.');

  await userPageTab(page, 'Contacts').click();
  const added = await addContactFromSuggestions(page, 'a');
  await expectAnnounced(page, `Saved. ${added} added to the contacts.`);

  await userPageTab(page, 'Presence').click();
  await forceOnline(page, 'Android');
  await expectAnnounced(page, 'Forced online on Android');
});

test('settings and profile fields announce their saves', async ({ page, mock }) => {
  await mock.open(paths.settings());
  await recordAnnouncements(page);
  await applyMockBehaviour(page, { latencyMs: 0 });
  await expectAnnounced(page, 'Saved');

  await page.getByRole('link', { name: 'Profile fields', exact: true }).click();
  await defineField(page, { key: 'desk', label: 'Desk', maxLength: 20 });
  await expectAnnounced(page, 'Saved. Field desk added.');
});
