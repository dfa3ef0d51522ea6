import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { columnValues, expectDirectoryLoaded, userRows } from './pages/directory.ts';
import { userHeading } from './pages/user-page.ts';
import { settingsHeading } from './pages/settings.ts';

/** WCAG 2.1 A and AA rules; a violation names the rule and the elements, so a failure says what to fix. */
async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    elements: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  test.use({ mockDataset: { users: 200, seed: 11 } });

  test('the directory', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('a user page', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const name = (await columnValues(page, 'Name'))[0] ?? '';
    const address = (await columnValues(page, 'Address'))[0] ?? '';
    await userRows(page).first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/users\/\d+$/);
    await expect(userHeading(page, name || address)).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the settings page', async ({ page, mock }) => {
    await mock.open(paths.settings());
    await expect(settingsHeading(page)).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
