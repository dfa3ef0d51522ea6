import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { addContactFromSuggestions, addressField, addressSuggestions, reverseContactsTable } from './pages/contacts.ts';
import { peersChoice, permissionsHeading } from './pages/permissions.ts';
import { customFieldsTable, defineField, profileFieldsHeading } from './pages/profile-fields.ts';

/** WCAG 2.1 A and AA rules, as e2e/accessibility.spec.ts checks the directory and settings. */
async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    elements: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

test.describe('accessibility of permissions, contacts and profile fields (axe, WCAG 2.1 AA)', () => {
  test.use({ mockDataset: { users: 100, seed: 31 } });

  test('the Permissions tab, with the pairs link showing', async ({ page, mock }) => {
    await mock.open(paths.userTab(1, 'permissions'));
    await expect(permissionsHeading(page)).toBeVisible();
    await peersChoice(page, 'Specific peers only').check();
    await expect(page.getByRole('link', { name: 'Contacts marked as pairs' })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the Contacts tab, with a contact and the suggestions open', async ({ page, mock }) => {
    await mock.open(paths.userTab(1, 'contacts'));
    await expect(reverseContactsTable(page).or(page.getByText('No one has this user as a contact.'))).toBeVisible();
    await addContactFromSuggestions(page, 'a');
    await addressField(page).fill('a');
    await expect(addressSuggestions(page).first()).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the Profile fields page, with a field defined', async ({ page, mock }) => {
    await mock.open(paths.profileFields());
    await expect(profileFieldsHeading(page)).toBeVisible();
    await defineField(page, { key: 'team', label: 'Team', maxLength: 40 });
    await expect(customFieldsTable(page)).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
