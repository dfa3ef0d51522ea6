import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import {
  expectTokensLoaded,
  inspectToken,
  issueToken,
  refusalReasons,
  tokenInspectorHeading,
  tokenInspectorLink,
  tryLogin,
} from './pages/tokens.ts';
import { callMock } from './pages/user-page.ts';

test.use({ mockDataset: { users: 200, seed: 31 } });

test.describe('token inspector', () => {
  test('names the holder of a token just issued and explains why an app would be refused', async ({ page, mock }) => {
    // An active user: a deactivated one is refused whatever the app (the inspector says so too).
    await mock.open(paths.users());
    const { users } = await callMock<{ users: { uid: number; address: string; profile: { name?: string } }[] }>(page, {
      op: 'usersget',
      count: 1,
      filter: { active: true },
    });
    const holder = users[0];
    if (!holder) throw new Error('no active user');
    const { uid } = holder;
    await page.goto(paths.userTab(uid, 'tokens'));
    await expectTokensLoaded(page);
    const token = await issueToken(page, { androidPackage: 'com.example.app', device: 'e2e-inspected' });

    await tokenInspectorLink(page).click();
    await expect(tokenInspectorHeading(page)).toBeVisible();
    await inspectToken(page, token);

    const holderName = holder.profile.name ? `${holder.profile.name} (${holder.address})` : holder.address;
    const holderLink = page.getByRole('link', { name: holderName, exact: true });
    await expect(holderLink).toHaveAttribute('href', paths.user(uid));
    await expect(page.getByText('Valid only in Android apps with package com.example.app.', { exact: true })).toBeVisible();

    await tryLogin(page, { platform: 'iOS', appId: 'com.example.app' });
    await expect(page.getByText('Would be refused', { exact: true })).toBeVisible();
    await expect(refusalReasons(page)).toContainText(['The token is valid only on Android, not on iOS.']);

    await tryLogin(page, { platform: 'Android', appId: 'com.other.app' });
    await expect(refusalReasons(page)).toContainText(['The app identifies as com.other.app, but the token is for com.example.app.']);

    await tryLogin(page, { platform: 'Android', appId: 'com.example.app' });
    await expect(page.getByText('Would be allowed', { exact: true })).toBeVisible();

    // The token is a secret: it never reaches the address bar.
    expect(page.url()).not.toContain(token);
    expect(new URL(page.url()).pathname).toBe(paths.tokenInspector());

    await expectNoAxeViolations(page);

    await holderLink.click();
    await expect(page).toHaveURL(new RegExp(`${paths.user(uid)}$`));
  });

  test('says when a token was revoked', async ({ page, mock }) => {
    await mock.open(paths.userTab(13, 'tokens'));
    await expectTokensLoaded(page);
    const token = await issueToken(page, { appId: 'com.example.app', device: 'e2e-revoked' });
    await callMock(page, { op: 'userset', user: { uid: 13, token: { remove: true, device: 'e2e-revoked' } } });

    await tokenInspectorLink(page).click();
    await inspectToken(page, token);
    await expect(page.getByText('No such token: it was never issued, or it was revoked.')).toBeVisible();
  });
});
