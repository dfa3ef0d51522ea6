import type { Locator, Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import { addContactFromSuggestions, contactRow, removeContactDialog } from './pages/contacts.ts';
import { expectDialogFocusManaged, openWithKeyboard } from './pages/dialogs.ts';
import { expectFocusTrapped } from './pages/keyboard.ts';
import { customFieldRow, defineField, editFieldDialog, profileFieldsHeading, removeFieldDialog } from './pages/profile-fields.ts';
import {
  expectTokensLoaded,
  fillIssueDialog,
  issueButton,
  issueDialog,
  issueToken,
  issueTokenButton,
  newTokenField,
  revokeAllButton,
  revokeAllDialog,
  revokeDialog,
  tokenRow,
} from './pages/tokens.ts';
import { deleteUserButton, deleteUserDialog, profileField, unsavedChangesDialog, userPageTab } from './pages/user-page.ts';

/**
 * Every dialog of the console, opened with the keyboard: focus moves in (onto "Cancel" in a
 * confirmation, so a stray Enter destroys nothing), Tab cycles inside, axe finds nothing, Escape
 * closes, and focus goes back to the button that opened it, or, when that button went away with
 * what the dialog removed, to the heading of the section.
 */
test.use({ mockDataset: { users: 100, seed: 41 } });

const cancelIn = (dialog: Locator) => dialog.getByRole('button', { name: 'Cancel', exact: true });

test.describe('dialogs of the user page', () => {
  test('Delete user', async ({ page, mock }) => {
    await mock.open(paths.user(5));
    const dialog = deleteUserDialog(page);
    await expectDialogFocusManaged(page, {
      opener: deleteUserButton(page),
      dialog,
      firstFocus: dialog.getByRole('textbox', { name: 'Type the address to confirm' }),
    });
  });

  test('Clear profile', async ({ page, mock }) => {
    await mock.open(paths.user(6));
    const dialog = page.getByRole('dialog', { name: 'Clear the profile?' });
    await expectDialogFocusManaged(page, {
      opener: page.getByRole('button', { name: 'Clear profile', exact: true }),
      dialog,
      firstFocus: cancelIn(dialog),
    });
  });

  test('Leave without saving', async ({ page, mock }) => {
    await mock.open(paths.user(7));
    await profileField(page, 'Status').fill('Not saved yet');
    const dialog = unsavedChangesDialog(page);
    // The opener is the tab the admin tried to go to: Escape means "Stay", and focus is back on it.
    await expectDialogFocusManaged(page, {
      opener: userPageTab(page, 'Contacts'),
      dialog,
      firstFocus: dialog.getByRole('button', { name: 'Stay', exact: true }),
    });
    await expect(profileField(page, 'Status')).toHaveValue('Not saved yet');
  });
});

test.describe('dialogs of the Tokens tab', () => {
  async function openTokensTab(page: Page, open: (path: string) => Promise<void>, uid: number) {
    await open(paths.userTab(uid, 'tokens'));
    await expectTokensLoaded(page);
  }

  test('Issue token, then the new token', async ({ page, mock }) => {
    await openTokensTab(page, (path) => mock.open(path), 8);
    const dialog = issueDialog(page);
    await expectDialogFocusManaged(page, { opener: issueTokenButton(page), dialog });

    await fillIssueDialog(page, { appId: 'com.example.app', device: 'e2e-dialog' });
    await issueButton(page).click();
    await expect(newTokenField(page), 'the new token takes the focus, selected for copying').toBeFocused();
    await expectNoAxeViolations(page);
    await expectFocusTrapped(page, dialog);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(issueTokenButton(page)).toBeFocused();
  });

  test('Revoke token and Revoke all tokens', async ({ page, mock }) => {
    await openTokensTab(page, (path) => mock.open(path), 9);
    await issueToken(page, { appId: 'com.example.app', device: 'e2e-revoke-me' });
    const revokeButton = tokenRow(page, 'e2e-revoke-me').getByRole('button', { name: 'Revoke', exact: true });
    await expectDialogFocusManaged(page, { opener: revokeButton, dialog: revokeDialog(page), firstFocus: cancelIn(revokeDialog(page)) });
    await expectDialogFocusManaged(page, {
      opener: revokeAllButton(page),
      dialog: revokeAllDialog(page),
      firstFocus: cancelIn(revokeAllDialog(page)),
    });

    // Confirming with the keyboard: the confirm button is just before "Cancel". The row goes, and
    // focus lands on the tab's heading rather than on the page body.
    await openWithKeyboard(page, revokeButton, revokeDialog(page));
    await page.keyboard.press('Shift+Tab');
    await expect(revokeDialog(page).getByRole('button', { name: 'Revoke token', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(revokeDialog(page)).toBeHidden();
    await expect(tokenRow(page, 'e2e-revoke-me')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Access tokens', level: 2 })).toBeFocused();
  });
});

test.describe('dialogs of contacts and profile fields', () => {
  test('Remove contact', async ({ page, mock }) => {
    await mock.open(paths.userTab(10, 'contacts'));
    const address = await addContactFromSuggestions(page, 'a');
    const dialog = removeContactDialog(page);
    const removeButton = contactRow(page, address).getByRole('button', { name: 'Remove', exact: true });
    await expectDialogFocusManaged(page, { opener: removeButton, dialog, firstFocus: cancelIn(dialog) });

    await openWithKeyboard(page, removeButton, dialog);
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Remove contact', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(contactRow(page, address)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Contacts', level: 2 })).toBeFocused();
  });

  test('Edit field and Remove field', async ({ page, mock }) => {
    await mock.open(paths.profileFields());
    await expect(profileFieldsHeading(page)).toBeVisible();
    await defineField(page, { key: 'team', label: 'Team', maxLength: 40 });

    const edit = editFieldDialog(page, 'team');
    await expectDialogFocusManaged(page, {
      opener: customFieldRow(page, 'team').getByRole('button', { name: 'Edit', exact: true }),
      dialog: edit,
      firstFocus: edit.getByRole('textbox', { name: 'Label' }),
    });

    const remove = removeFieldDialog(page);
    const removeButton = customFieldRow(page, 'team').getByRole('button', { name: 'Remove', exact: true });
    await expectDialogFocusManaged(page, { opener: removeButton, dialog: remove, firstFocus: cancelIn(remove) });

    await openWithKeyboard(page, removeButton, remove);
    await page.keyboard.press('Shift+Tab');
    await expect(remove.getByRole('button', { name: 'Remove field', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(remove).toBeHidden();
    await expect(customFieldRow(page, 'team')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Custom fields', level: 2 })).toBeFocused();
  });
});
