import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import { addContactFromSuggestions, addressField, addressSuggestions, reverseContactsTable } from './pages/contacts.ts';
import { peersChoice, permissionsHeading } from './pages/permissions.ts';
import { customFieldsTable, defineField, profileFieldsHeading } from './pages/profile-fields.ts';

test.describe('accessibility of permissions, contacts and profile fields (axe, WCAG 2.1 AA)', () => {
  test.use({ mockDataset: { users: 100, seed: 31 } });

  test('the Permissions tab, with the pairs link showing', async ({ page, mock }) => {
    await mock.open(paths.userTab(1, 'permissions'));
    await expect(permissionsHeading(page)).toBeVisible();
    await peersChoice(page, 'Specific peers only').check();
    await expect(page.getByRole('link', { name: 'Contacts marked as pairs' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the Contacts tab, with a contact and the suggestions open', async ({ page, mock }) => {
    await mock.open(paths.userTab(1, 'contacts'));
    await expect(reverseContactsTable(page).or(page.getByText('No one has this user as a contact.'))).toBeVisible();
    await addContactFromSuggestions(page, 'a');
    await addressField(page).fill('a');
    await expect(addressSuggestions(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the Profile fields page, with a field defined', async ({ page, mock }) => {
    await mock.open(paths.profileFields());
    await expect(profileFieldsHeading(page)).toBeVisible();
    await defineField(page, { key: 'team', label: 'Team', maxLength: 40 });
    await expect(customFieldsTable(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
