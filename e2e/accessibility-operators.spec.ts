import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { auditHeading, auditRows, auditTable, historyTable } from './pages/audit.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import { expectDirectoryLoaded } from './pages/directory.ts';
import { offlineBanner, setOffline } from './pages/fault.ts';
import { tabTo } from './pages/keyboard.ts';
import { expectSignedInAs, signInAs, signInAsButton, signInHeading } from './pages/session.ts';
import { settingsHeading } from './pages/settings.ts';
import { expectTokensLoaded, issueTokenButton } from './pages/tokens.ts';
import { callMock, deleteUserButton, userPageTab } from './pages/user-page.ts';

/**
 * axe and the keyboard on what issue 6 added: the sign-in screen, the audit log and the History tab,
 * the offline banner, and the user page as a role that may not do everything (refused buttons stay
 * focusable and say why).
 */
test.use({ mockDataset: { users: 120, seed: 71 } });

test('the sign-in screen, and signing in by keyboard', async ({ page, mock }) => {
  await mock.open(paths.signIn());
  await expect(signInHeading(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, signInAsButton(page, 'support'));
  await page.keyboard.press('Enter');
  await expectSignedInAs(page, 'support');
});

test('the audit log and the History tab, with entries', async ({ page, mock }) => {
  await mock.open(paths.users());
  await expectDirectoryLoaded(page);
  await callMock(page, { op: 'userset', user: { uid: 4, profile: { status: 'Audited', update: true } } });

  await page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true }).click();
  await expect(auditHeading(page)).toBeVisible();
  await expect(auditRows(auditTable(page)).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(paths.userTab(4, 'history'));
  await expect(userPageTab(page, 'History')).toHaveAttribute('aria-selected', 'true');
  await expect(auditRows(historyTable(page)).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the offline banner', async ({ page, mock }) => {
  await mock.open(paths.settings());
  await expect(settingsHeading(page)).toBeVisible();
  await setOffline(page, true);
  await expect(offlineBanner(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await setOffline(page, false);
});

test('the Tokens tab as support: a refused "Issue token" stays reachable and says why', async ({ page, mock }) => {
  await mock.open(paths.userTab(6, 'tokens'));
  await signInAs(page, 'support');
  await expectTokensLoaded(page);
  await tabTo(page, issueTokenButton(page));
  await expect(page.getByRole('tooltip').filter({ visible: true })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the user page as viewer', async ({ page, mock }) => {
  await mock.open(paths.user(6));
  await signInAs(page, 'viewer');
  await expect(deleteUserButton(page)).toBeVisible();
  await expect(userPageTab(page, 'Profile')).toHaveAttribute('aria-selected', 'true');
  await expectNoAxeViolations(page);
});
