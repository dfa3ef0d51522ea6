import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import {
  conflictAlert, deleteUserButton, deleteUserDialog, profileField, saveButton, unsavedChangesDialog, userPageTab,
} from './pages/user-page.ts';

test.describe('accessibility of the user page and user creation (axe, WCAG 2.1 AA)', () => {
  test.use({ mockDataset: { users: 100, seed: 61 } });

  test('the Profile tab, with field errors showing', async ({ page, mock }) => {
    await mock.open(paths.user(3));
    await profileField(page, 'Email').fill('not-an-email');
    await profileField(page, 'Role').fill('101');
    await saveButton(page).click();
    await expect(profileField(page, 'Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(profileField(page, 'Email'), 'a failed submit takes the focus to the first invalid field').toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('the conflict notice', async ({ page, mock }) => {
    await mock.open(paths.user(4));
    // Edited before the other tab saves: an untouched form would take that save live, leaving no conflict.
    await profileField(page, 'Name').fill('Mine');
    const other = await page.context().newPage();
    await other.goto(paths.user(4));
    await profileField(other, 'Name').fill('Saved elsewhere');
    await saveButton(other).click();
    await expect(other.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await other.close();

    await saveButton(page).click();
    await expect(conflictAlert(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the delete dialog and the unsaved-changes dialog', async ({ page, mock }) => {
    await mock.open(paths.user(5));
    await deleteUserButton(page).click();
    await expect(deleteUserDialog(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await profileField(page, 'Status').fill('Unsaved');
    await userPageTab(page, 'Contacts').click();
    await expect(unsavedChangesDialog(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the create-user form, with an error', async ({ page, mock }) => {
    await mock.open(paths.newUser());
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByText('Address is required')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
