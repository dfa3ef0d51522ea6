import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './pages/axe.ts';
import { expectDirectoryLoaded, readUserCount, userRows } from './pages/directory.ts';
import {
  closeIssueDialog,
  copyButton,
  expectRestrictionSentence,
  expectTokensLoaded,
  expiryField,
  fillIssueDialog,
  issueAndReadToken,
  issueButton,
  issueDialog,
  issueField,
  issueToken,
  issueTokenButton,
  listedDevices,
  maskOf,
  maskedTokenOf,
  newTokenField,
  noTokensText,
  platformCheckbox,
  revokeAll,
  revokeAllButton,
  revokeAllDialog,
  revokeDevice,
  revokeDialog,
  tokenRow,
  tokenStateFilter,
  v2Checkbox,
  type IssueOptions,
} from './pages/tokens.ts';
import { callMock, unsavedChangesDialog, userPageTab } from './pages/user-page.ts';

test.use({ mockDataset: { users: 300, seed: 23 } });

async function openTokensTab(page: Page, open: (path: string) => Promise<void>, uid: number): Promise<void> {
  await open(paths.userTab(uid, 'tokens'));
  await expectTokensLoaded(page);
}

test.describe('issuing tokens', () => {
  const combinations: { title: string; options: IssueOptions; sentence: string; platforms: string }[] = [
    {
      title: 'no restriction',
      options: { appId: 'com.example.app', device: 'e2e-everywhere' },
      sentence: 'Valid on all platforms for the app com.example.app.',
      platforms: 'All platforms',
    },
    {
      title: 'Android package and a browser URL',
      options: { androidPackage: 'com.example.app', platforms: ['JavaScript'], urlPrefix: 'https://app.example.com/', device: 'e2e-web' },
      sentence: 'Valid only in Android apps with package com.example.app and in browsers under https://app.example.com/.',
      platforms: 'Android, JavaScript',
    },
    {
      title: 'iOS bundle and Python',
      options: { appId: 'com.example.app', iosBundle: 'com.example.ios', platforms: ['Python'], device: 'e2e-ios' },
      sentence: 'Valid only in iOS apps with bundle ID com.example.ios and in Python apps with app name com.example.app.',
      platforms: 'iOS, Python',
    },
    {
      title: 'C++ only',
      options: { appId: 'com.example.cli', platforms: ['C++'], device: 'e2e-cpp' },
      sentence: 'Valid only in C++ apps with app name com.example.cli.',
      platforms: 'C++',
    },
    {
      title: 'Android and iOS by App ID',
      options: { appId: 'com.example.app', platforms: ['Android', 'iOS'], device: 'e2e-mobile' },
      sentence: 'Valid only in Android apps with package com.example.app and in iOS apps with bundle ID com.example.app.',
      platforms: 'Android, iOS',
    },
  ];

  test('each platform combination is explained before issuing and listed with its platforms', async ({ page, mock }) => {
    await openTokensTab(page, (path) => mock.open(path), 5);
    for (const { title, options, sentence, platforms } of combinations) {
      await test.step(title, async () => {
        await fillIssueDialog(page, options);
        await expectRestrictionSentence(page, sentence);
        const token = await issueAndReadToken(page);
        expect(token.length).toBeLessThanOrEqual(256);
        await closeIssueDialog(page);
        const row = tokenRow(page, options.device ?? '');
        await expect(row).toContainText(platforms);
        await expect(row).toContainText(maskOf(token));
        // Shown once: after closing only the masked form is on the page.
        await expect(page.getByText(token)).toHaveCount(0);
      });
    }
  });

  test('offers expiry presets, a year by default, and shows the resulting date', async ({ page, mock }) => {
    await openTokensTab(page, (path) => mock.open(path), 6);
    await issueTokenButton(page).click();
    await expect(expiryField(page)).toHaveValue('525600');
    await expect(expiryField(page)).toHaveAccessibleDescription(/^Expires on .*\(1 year from now\)\.$/);
    await issueDialog(page).getByRole('button', { name: '30 days', exact: true }).click();
    await expect(expiryField(page)).toHaveValue('43200');
    await expect(expiryField(page)).toHaveAccessibleDescription(/\(30 days from now\)/);
  });

  test.describe('copying', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('"Copy" puts the new token on the clipboard and says so', async ({ page, mock }) => {
      await openTokensTab(page, (path) => mock.open(path), 7);
      await fillIssueDialog(page, { appId: 'com.example.app', device: 'e2e-copy' });
      const token = await issueAndReadToken(page);
      await expect(newTokenField(page)).toHaveAttribute('readonly', '');
      await copyButton(page).click();
      await expect(issueDialog(page).getByRole('status')).toContainText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    });
  });

  test('refuses each contradiction with a clear message, issuing nothing', async ({ page, mock }) => {
    await openTokensTab(page, (path) => mock.open(path), 8);
    const before = await listedDevicesOrNone(page);

    const reopen = async () => {
      if (await issueDialog(page).isVisible()) {
        await page.keyboard.press('Escape');
        await expect(issueDialog(page)).toBeHidden();
      }
      await issueTokenButton(page).click();
      await expect(issueDialog(page)).toBeVisible();
    };

    await test.step('an Android package with Android unticked', async () => {
      await reopen();
      await issueField(page, 'Android package').fill('com.example.app');
      await expect(platformCheckbox(page, 'Android')).toBeChecked();
      await platformCheckbox(page, 'Android').uncheck();
      await issueButton(page).click();
      await expect(issueField(page, 'Android package')).toHaveAttribute('aria-invalid', 'true');
      await expect(issueField(page, 'Android package')).toHaveAccessibleDescription(/Android is unticked: tick Android or clear the Android package/);
    });

    await test.step('an iOS bundle ID with iOS unticked', async () => {
      await reopen();
      await issueField(page, 'iOS bundle ID').fill('com.example.ios');
      await platformCheckbox(page, 'iOS').uncheck();
      await issueButton(page).click();
      await expect(issueField(page, 'iOS bundle ID')).toHaveAccessibleDescription(/iOS is unticked: tick iOS or clear the iOS bundle ID/);
    });

    await test.step('platform flags without the v2 format', async () => {
      await reopen();
      await issueField(page, 'App ID').fill('com.example.app');
      await v2Checkbox(page).uncheck();
      await platformCheckbox(page, 'Python').check();
      await issueButton(page).click();
      await expect(v2Checkbox(page)).toHaveAccessibleDescription(/Platform restrictions need the v2 token format/);
    });

    await test.step('a URL prefix without the v2 format', async () => {
      await reopen();
      await issueField(page, 'App ID').fill('com.example.app');
      await v2Checkbox(page).uncheck();
      await issueField(page, 'URL prefix').fill('https://app.example.com/');
      await issueButton(page).click();
      await expect(v2Checkbox(page)).toHaveAccessibleDescription(/Platform restrictions need the v2 token format/);
    });

    await test.step('no App ID for an Android token', async () => {
      await reopen();
      await platformCheckbox(page, 'Android').check();
      await expectRestrictionSentence(page, /^Cannot be issued yet: App ID is required/);
      await issueButton(page).click();
      await expect(issueField(page, 'App ID')).toHaveAccessibleDescription(/App ID is required when the token is valid on Android or iOS/);
    });

    await test.step('a URL prefix on a token not valid in browsers', async () => {
      await reopen();
      await issueField(page, 'App ID').fill('com.example.app');
      await platformCheckbox(page, 'Android').check();
      await issueField(page, 'URL prefix').fill('https://app.example.com/');
      await issueButton(page).click();
      await expect(issueField(page, 'URL prefix')).toHaveAccessibleDescription(/JavaScript is unticked: tick JavaScript or clear the URL prefix/);
    });

    await test.step('an App ID that is not lower case, checked as typed', async () => {
      await reopen();
      await issueField(page, 'App ID').fill('Com.Example');
      await expect(issueField(page, 'App ID')).toHaveAccessibleDescription(/App ID must be lower case/);
    });

    await expect(newTokenField(page)).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(issueDialog(page)).toBeHidden();
    expect(await listedDevicesOrNone(page)).toEqual(before);
  });

  test('issuing for a device that has a token regenerates it in place', async ({ page, mock }) => {
    await openTokensTab(page, (path) => mock.open(path), 9);
    const first = await issueToken(page, { appId: 'com.example.app', platforms: ['Android'], device: 'e2e-phone' });
    await expect(tokenRow(page, 'e2e-phone')).toContainText(maskOf(first));
    const devices = await listedDevices(page);

    await fillIssueDialog(page, { appId: 'com.example.app', platforms: ['iOS'], device: 'e2e-phone' });
    await expect(issueField(page, 'Device')).toHaveAccessibleDescription(/already has a token: issuing regenerates it/);
    const second = await issueAndReadToken(page);
    await closeIssueDialog(page);

    expect(second).not.toBe(first);
    await expect(tokenRow(page, 'e2e-phone')).toContainText(maskOf(second));
    await expect(tokenRow(page, 'e2e-phone')).toContainText('iOS');
    expect(await listedDevices(page)).toEqual(devices);

    // The row's own "Regenerate" starts from the device's settings.
    await tokenRow(page, 'e2e-phone').getByRole('button', { name: 'Regenerate', exact: true }).click();
    await expect(issueField(page, 'Device')).toHaveValue('e2e-phone');
    await expect(platformCheckbox(page, 'iOS')).toBeChecked();
    const third = await issueAndReadToken(page);
    await closeIssueDialog(page);
    expect(await maskedTokenOf(page, 'e2e-phone')).toBe(maskOf(third));
    expect(await listedDevices(page)).toEqual(devices);
  });
});

test.describe('revoking tokens', () => {
  test('revokes one device after confirming, then all of them', async ({ page, mock }) => {
    await openTokensTab(page, (path) => mock.open(path), 11);
    await issueToken(page, { appId: 'com.example.app', device: 'e2e-a' });
    await issueToken(page, { appId: 'com.example.app', device: 'e2e-b' });

    await tokenRow(page, 'e2e-a').getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect(revokeDialog(page)).toContainText('logged out on that device but keeps receiving messages');
    await expect(revokeDialog(page)).toContainText('delivered at the next login');
    await revokeDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(revokeDialog(page)).toBeHidden();
    await expect(tokenRow(page, 'e2e-a')).toBeVisible();

    await revokeDevice(page, 'e2e-a');
    await expect(tokenRow(page, 'e2e-a')).toHaveCount(0);
    await expect(tokenRow(page, 'e2e-b')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Token of e2e-a revoked.' })).toBeVisible();

    await revokeAllButton(page).click();
    await expect(revokeAllDialog(page)).toContainText('logged out on all devices but keeps receiving messages');
    await page.keyboard.press('Escape');
    await expect(revokeAllDialog(page)).toBeHidden();
    await revokeAll(page);
    await expect(noTokensText(page)).toBeVisible();
    await expect(revokeAllButton(page)).toBeDisabled();
  });
});

test.describe('expired tokens', () => {
  test('a user found through the "No valid token" filter shows its expired token as expired', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const everyone = await readUserCount(page);
    await tokenStateFilter(page).selectOption({ label: 'No valid token' });
    await expect(page).toHaveURL(/[?&]token=none/);
    await expect.poll(() => readUserCount(page)).toBeLessThan(everyone);

    // Users without a valid token either have none at all or only expired ones: ask the mock which.
    const hrefs = await userRows(page).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    let target: { uid: number; device: string } | undefined;
    for (const href of hrefs) {
      const uid = Number(/\/users\/(\d+)/.exec(href)?.[1]);
      const { tokens } = await callMock<{ tokens: { device: string; expiresAt: number }[] }>(page, { op: 'tokensget', user: { uid } });
      const expired = tokens.find((token) => token.expiresAt < Date.now());
      if (expired) {
        target = { uid, device: expired.device };
        break;
      }
    }
    if (!target) throw new Error('no user on the first page of "No valid token" holds an expired token');

    await userRows(page).getByRole('link').and(page.locator(`[href="${paths.user(target.uid)}"]`)).click();
    await userPageTab(page, 'Tokens').click();
    await expectTokensLoaded(page);
    await expect(tokenRow(page, target.device).getByText('Expired', { exact: true })).toBeVisible();
  });
});

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  test('the Tokens tab, the Issue token dialog with an error, and the new token', async ({ page, mock }) => {
    await openTokensTab(page, (path) => mock.open(path), 14);
    await expectNoAxeViolations(page);
    await fillIssueDialog(page, { androidPackage: 'com.example.app', device: 'e2e-axe' });
    await platformCheckbox(page, 'Android').uncheck();
    await issueButton(page).click();
    await expect(issueField(page, 'Android package')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await platformCheckbox(page, 'Android').check();
    await issueAndReadToken(page);
    await expectNoAxeViolations(page);
  });
});

/** The devices listed, or none when the tab shows its empty state. */
async function listedDevicesOrNone(page: Page): Promise<string[]> {
  await expectTokensLoaded(page);
  return (await noTokensText(page).isVisible()) ? [] : listedDevices(page);
}

test.describe('unsaved input in "Issue token"', () => {
  // The dialog is modal: the page's links are inert behind it, so Back is the way out that could lose it.
  test('browser Back with a half-filled dialog asks first; "Stay" keeps the dialog as it was', async ({ page, mock }) => {
    await mock.open(paths.user(5));
    await userPageTab(page, 'Tokens').click();
    await expectTokensLoaded(page);
    await fillIssueDialog(page, { appId: 'com.example.halfway', platforms: ['iOS'], device: 'half-filled' });

    await page.goBack();
    await expect(unsavedChangesDialog(page)).toBeVisible();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Stay' }).click();
    await expect(unsavedChangesDialog(page)).toBeHidden();
    await expect(page).toHaveURL(paths.userTab(5, 'tokens'));
    await expect(issueField(page, 'App ID')).toHaveValue('com.example.halfway');
    await expect(platformCheckbox(page, 'iOS')).toBeChecked();
    await expect(issueField(page, 'Device')).toHaveValue('half-filled');

    // Cancelled, nothing is left to lose: Back goes without asking.
    await issueDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(issueDialog(page)).toBeHidden();
    await page.goBack();
    await expect(page).toHaveURL(paths.user(5));
    await expect(unsavedChangesDialog(page)).toHaveCount(0);
  });
});
