import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import {
  addFieldInputs, customFieldRow, customFieldsTable, defaultVisibility, defineField, editFieldDialog, profileFieldsHeading,
  profileFieldsLink, removeFieldDialog, savedMessage, saveVisibilityButton, submitNewField,
} from './pages/profile-fields.ts';

test.describe('profile fields', () => {
  test.use({ mockDataset: { users: 50, seed: 29 } });

  test('defines, edits and removes a custom field, and sets the default visibility', async ({ page, mock }) => {
    await mock.open(paths.settings());
    await profileFieldsLink(page).click();
    await expect(page).toHaveURL(paths.profileFields());
    await expect(profileFieldsHeading(page)).toBeVisible();
    await expect(page.getByText('No custom fields are defined yet.')).toBeVisible();

    await defineField(page, { key: 'team', label: 'Team', maxLength: 40 });
    await expect(customFieldRow(page, 'team').getByRole('cell')).toContainText(['Team', '40', '0']);

    await customFieldRow(page, 'team').getByRole('button', { name: 'Edit' }).click();
    const edit = editFieldDialog(page, 'team');
    await edit.getByLabel('Label', { exact: true }).fill('Team name');
    await edit.getByLabel('Maximum length', { exact: true }).fill('64');
    await edit.getByRole('button', { name: 'Save field' }).click();
    await expect(savedMessage(page, 'Saved. Field team updated.')).toBeVisible();
    await expect(customFieldRow(page, 'team').getByRole('cell')).toContainText(['Team name', '64']);

    await defaultVisibility(page, 'Friends').check();
    await saveVisibilityButton(page).click();
    await expect(savedMessage(page, 'Saved. Default visibility: Friends.')).toBeVisible();

    await page.reload();
    await expect(customFieldRow(page, 'team')).toBeVisible();
    await expect(defaultVisibility(page, 'Friends')).toBeChecked();

    await customFieldRow(page, 'team').getByRole('button', { name: 'Remove' }).click();
    const remove = removeFieldDialog(page);
    await expect(remove).toContainText('No user has a value for team');
    await remove.getByRole('button', { name: 'Remove field' }).click();
    await expect(savedMessage(page, 'Saved. Field team removed.')).toBeVisible();
    await expect(customFieldsTable(page)).toHaveCount(0);
  });

  test('refuses a key with a space or 33 characters and a maximum length of 300', async ({ page, mock }) => {
    await mock.open(paths.profileFields());
    await expect(profileFieldsHeading(page)).toBeVisible();

    await submitNewField(page, { key: 'has space', label: 'Bad', maxLength: 300 });
    await expect(addFieldInputs.key(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(addFieldInputs.key(page)).toHaveAccessibleDescription(/Custom field keys are 1–32 letters and digits/);
    await expect(addFieldInputs.maxLength(page)).toHaveAccessibleDescription(/Maximum length must be 1–256/);

    await submitNewField(page, { key: 'a'.repeat(33), label: 'Bad', maxLength: 10 });
    await expect(addFieldInputs.key(page)).toHaveAccessibleDescription(/Custom field keys are 1–32 letters and digits/);
    await expect(addFieldInputs.maxLength(page)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(customFieldsTable(page)).toHaveCount(0);

    // Typed input is kept for correcting, and nothing was defined.
    await expect(addFieldInputs.label(page)).toHaveValue('Bad');
    await page.reload();
    await expect(page.getByText('No custom fields are defined yet.')).toBeVisible();
  });

  test('asks before leaving with a field half typed', async ({ page, mock }) => {
    await mock.open(paths.profileFields());
    await addFieldInputs.key(page).fill('draft');

    await page.getByRole('link', { name: 'Back to Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await expect(addFieldInputs.key(page)).toHaveValue('draft');
  });
});
