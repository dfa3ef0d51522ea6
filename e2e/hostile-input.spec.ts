import type { Page } from '@playwright/test';
import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { navLink } from './pages/app-shell.ts';
import { auditHeading, auditTable, historyTable } from './pages/audit.ts';
import { contactRow, contactsTable, reverseContactsTable } from './pages/contacts.ts';
import { expectDirectoryLoaded, searchBox, usersTable } from './pages/directory.ts';
import { dashboardHeading } from './pages/presence.ts';
import { customFieldsTable, profileFieldsHeading } from './pages/profile-fields.ts';
import { expectLayoutHolds, expectNothingExecuted, expectSafeImages, watchForHostileEffects, type HostileWatch } from './pages/security.ts';
import { signInAsButton, signInHeading } from './pages/session.ts';
import { settingsHeading } from './pages/settings.ts';
import { accessTokenField, inspectButton, tokenInspectorHeading, tokensTable } from './pages/tokens.ts';
import {
  addUser,
  callMock,
  expectFieldError,
  profileField,
  saveButton,
  submitNewUser,
  userHeading,
  userPageTab,
  userTabPanel,
  type UserTabName,
} from './pages/user-page.ts';

/** The payloads of the suite. Each sets window.__pwned (or opens a dialog) if it ever runs. */
const SCRIPT_TAG = '<script>window.__pwned=1</script>';
const IMG_ONERROR = '<img src=x onerror="window.__pwned=1">';
const SVG_BREAKOUT = '"><svg onload=window.__pwned=1>';
const JAVASCRIPT_URL = 'javascript:window.__pwned=1';
const DATA_HTML_URL = 'data:text/html,<script>window.__pwned=1</script>';
const SVG_DATA_URL = 'data:image/svg+xml,<svg onload=window.__pwned=1><script>window.__pwned=1</script>';
/** A right-to-left override: what follows displays reversed ("exe.txt" reads as "txt.exe"). */
const RTL_OVERRIDE = '\u202Eexe.txt';
/** Zero-width space and joiner, and a stack of combining marks on one letter. */
const INVISIBLE_AND_COMBINING = 'Zo\u200Be\u200D\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308';
const NO_SPACES_10K = 'W'.repeat(10_000);
const noSpaces = (length: number) => 'W'.repeat(length);

/** Hostile values for every profile text field the contract accepts them in, each within its limit. */
const HOSTILE_PROFILE = {
  name: SVG_BREAKOUT, // 31 of 32
  status: IMG_ONERROR,
  description: [SCRIPT_TAG, IMG_ONERROR, SVG_BREAKOUT, JAVASCRIPT_URL, DATA_HTML_URL, RTL_OVERRIDE, INVISIBLE_AND_COMBINING].join(' '),
  location: JAVASCRIPT_URL, // 27 of 32
  birthday: '<img src=x onerror=alert(1)>', // 28 of 32
  language: '<svg/onload=1>', // 14 of 16
  // An http(s) URL may still carry markup in its path: it must stay an attribute value.
  image: 'https://img.example/"><svg onload=window.__pwned=1>.png',
  email: 'hostile@example.com',
};
const CUSTOM_FIELD = { key: 'team', label: '<img src=x onerror=alert(1)>', maxLength: 256 };

interface HostileWorld {
  /** A user whose address, profile, custom field, token device and contact are all payloads. */
  hostile: number;
  /** Its address: a script tag (an address may be any string without spaces). */
  hostileAddress: string;
  /** A user with the longest values each field takes, none with a space. */
  long: number;
  longAddress: string;
  /** A user linked to the hostile one (its header links to the hostile user by name). */
  linked: number;
  /** The hostile user's access token (its device is a payload). */
  accessToken: string;
}

/** Puts the payloads into the mock through its API, as a remote backend's data could hold them. */
async function seedHostileData(page: Page): Promise<HostileWorld> {
  await callMock(page, { op: 'appset', app: { customField: CUSTOM_FIELD } });
  const hostileAddress = SCRIPT_TAG;
  const hostile = await addUser(page, {
    address: hostileAddress,
    profile: { ...HOSTILE_PROFILE, custom: { team: `${SCRIPT_TAG}${RTL_OVERRIDE}` } },
  });
  const longAddress = noSpaces(64);
  const long = await addUser(page, {
    address: longAddress,
    profile: {
      name: noSpaces(32),
      status: noSpaces(140),
      description: noSpaces(1024),
      location: `${RTL_OVERRIDE}${noSpaces(20)}`,
      custom: { team: noSpaces(256) },
    },
  });
  // Contacts both ways: the hostile user appears in the long user's list and in its reverse list.
  await callMock(page, { op: 'userset', user: { uid: hostile, contact: { address: longAddress, favorite: true } } });
  await callMock(page, { op: 'userset', user: { uid: long, contact: { address: hostileAddress } } });
  const issued = await callMock<{ user: { token: string } }>(page, {
    op: 'userset',
    user: { uid: hostile, token: { appid: 'com.example.app', device: '<img src=x onerror=alert(1)>' } },
  });
  const linked = await addUser(page, {
    address: JAVASCRIPT_URL,
    profile: { name: INVISIBLE_AND_COMBINING },
    token: { appid: 'com.example.app', device: DATA_HTML_URL.slice(0, 64), linkto: hostile },
  });
  return { hostile, hostileAddress, long, longAddress, linked, accessToken: issued.user.token };
}

/** Everything this suite asserts on every page it visits. */
async function expectSafePage(page: Page, watch: HostileWatch): Promise<void> {
  await expectNothingExecuted(page, watch);
  await expectSafeImages(page);
  await expectLayoutHolds(page);
}

const ALL_TABS: UserTabName[] = ['Profile', 'Permissions', 'Contacts', 'Tokens', 'Presence', 'History'];

/** Opens each tab of the user page in turn, checking the page after each has loaded. */
async function walkUserTabs(page: Page, watch: HostileWatch): Promise<void> {
  for (const tab of ALL_TABS) {
    await userPageTab(page, tab).click();
    await expect(userPageTab(page, tab)).toHaveAttribute('aria-selected', 'true');
    await expect(userTabPanel(page).getByRole('heading', { level: 2 })).toBeVisible();
    await expectSafePage(page, watch);
  }
}

test.describe('hostile input', () => {
  test.use({ mockDataset: { users: 300, seed: 66 } });

  let watch: HostileWatch;
  let world: HostileWorld;

  test.beforeEach(async ({ page, mock }) => {
    watch = await watchForHostileEffects(page);
    // A light page to seed from: each test then goes where it looks.
    await mock.open(paths.tokenInspector(), { presenceRate: 0 });
    world = await seedHostileData(page);
  });

  test('the directory shows payloads as text, and searching for them runs nothing', async ({ page }) => {
    await navLink(page, 'Users').click();
    await expectDirectoryLoaded(page);
    await searchBox(page).fill(SCRIPT_TAG);
    await expect(usersTable(page).getByRole('link', { name: SCRIPT_TAG, exact: true })).toBeVisible();
    await expect(usersTable(page).getByRole('cell', { name: SVG_BREAKOUT, exact: true })).toBeVisible();
    await expectSafePage(page, watch);

    await searchBox(page).fill(SVG_BREAKOUT);
    await expect(usersTable(page).getByRole('link', { name: SCRIPT_TAG, exact: true })).toBeVisible();
    await expectSafePage(page, watch);

    // The longest values: the row wraps or truncates, the full address stays the link's name.
    await searchBox(page).fill(world.longAddress);
    await expect(usersTable(page).getByRole('link', { name: world.longAddress, exact: true })).toBeVisible();
    await expectSafePage(page, watch);

    // A 10,000-character query: the directory keeps working (the query is cut to what search accepts).
    await searchBox(page).fill(NO_SPACES_10K);
    await expect(page.getByText(/^No users match/)).toBeVisible();
    await expectSafePage(page, watch);
    for (const payload of [JAVASCRIPT_URL, DATA_HTML_URL, RTL_OVERRIDE, INVISIBLE_AND_COMBINING, IMG_ONERROR]) {
      await searchBox(page).fill(payload);
      await expect(page).toHaveURL((url) => url.searchParams.get('q') === payload.trim());
      await expectSafePage(page, watch);
    }
  });

  test('the hostile user’s page shows every payload literally, on every tab', async ({ page }) => {
    await page.goto(paths.user(world.hostile));
    await expect(userHeading(page, SVG_BREAKOUT)).toBeVisible();
    await expect(page.getByText(world.hostileAddress, { exact: true }).first()).toBeVisible();

    // Profile: each payload is the field's value, nothing more.
    for (const [label, value] of [
      ['Name', HOSTILE_PROFILE.name],
      ['Status', HOSTILE_PROFILE.status],
      ['Description', HOSTILE_PROFILE.description],
      ['Location', HOSTILE_PROFILE.location],
      ['Birthday', HOSTILE_PROFILE.birthday],
      ['Language', HOSTILE_PROFILE.language],
      ['Image URL', HOSTILE_PROFILE.image],
      [CUSTOM_FIELD.label, `${SCRIPT_TAG}${RTL_OVERRIDE}`],
    ] as const) {
      await expect(profileField(page, label)).toHaveValue(value);
    }
    await expectSafePage(page, watch);

    await walkUserTabs(page, watch);
    await userPageTab(page, 'Contacts').click();
    await expect(contactRow(page, world.longAddress)).toBeVisible();
    await expect(reverseContactsTable(page).getByRole('link', { name: world.longAddress, exact: true })).toBeVisible();
    await userPageTab(page, 'Tokens').click();
    await expect(tokensTable(page).getByRole('rowheader', { name: '<img src=x onerror=alert(1)>', exact: true })).toBeVisible();
    await expectSafePage(page, watch);
    await userPageTab(page, 'History').click();
    await expect(historyTable(page).getByText(SVG_BREAKOUT).first()).toBeVisible();
    await expectSafePage(page, watch);
  });

  test('the longest values wrap or truncate, and a hostile contact stays text', async ({ page }) => {
    await page.goto(paths.user(world.long));
    await expect(userHeading(page, noSpaces(32))).toBeVisible();
    await expectSafePage(page, watch);
    await walkUserTabs(page, watch);
    await userPageTab(page, 'Contacts').click();
    // The hostile user as a contact: its script-tag address is the row header, a link to it.
    await expect(contactsTable(page).getByRole('link', { name: world.hostileAddress, exact: true })).toBeVisible();
    await expectSafePage(page, watch);
  });

  test('a user linked to the hostile one links to it by its name, as text', async ({ page }) => {
    await page.goto(paths.user(world.linked));
    await expect(page.getByRole('link', { name: SVG_BREAKOUT, exact: true })).toHaveAttribute('href', paths.user(world.hostile));
    await expectSafePage(page, watch);
    await walkUserTabs(page, watch);
  });

  test('the profile form refuses payloads where the contract does, with a clear error on the field', async ({ page }) => {
    await page.goto(paths.user(world.long));
    await expect(profileField(page, 'Name')).toBeVisible();
    await profileField(page, 'Email').fill(SCRIPT_TAG);
    await profileField(page, 'Unique ID').fill(SVG_BREAKOUT);
    await profileField(page, 'Mobile').fill(IMG_ONERROR);
    for (const url of [JAVASCRIPT_URL, DATA_HTML_URL, SVG_DATA_URL]) {
      await profileField(page, 'Image URL').fill(url);
      await saveButton(page).click();
      await expectFieldError(page, 'Image URL', 'Image URL must be an http:// or https:// URL');
      // No preview either: only http(s) addresses are ever put in an <img>.
      await expect(page.getByRole('img', { name: 'Image preview' })).toHaveCount(0);
    }
    await expectFieldError(page, 'Email', 'Email must be a valid email address');
    await expectFieldError(page, 'Unique ID', 'Unique ID is 1–32 letters and digits');
    await expectFieldError(page, 'Mobile', 'Mobile must be a phone number like +14155550123');
    await profileField(page, 'Name').fill(NO_SPACES_10K);
    await saveButton(page).click();
    await expectFieldError(page, 'Name', 'Name must be at most 32 characters');
    await expectSafePage(page, watch);

    // An SVG with a script as the thumbnail: it never reaches the page as SVG (a JPEG copy or a refusal).
    await profileField(page, 'Thumbnail').setInputFiles({
      name: 'hostile.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="window.__pwned=1"><script>window.__pwned=1</script><rect width="10" height="10"/></svg>'),
    });
    const preview = page.getByRole('img', { name: 'Thumbnail preview' });
    const refused = page.getByText(/could not be read as a picture/);
    await expect(preview.or(refused)).toBeVisible();
    if (await preview.isVisible()) await expect(preview).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
    await expectSafePage(page, watch);
  });

  test('creating a user with payloads keeps them as text', async ({ page }) => {
    await page.goto(paths.newUser());
    await submitNewUser(page, { address: IMG_ONERROR, name: SCRIPT_TAG });
    await expect(page.getByRole('form', { name: 'New user' }).getByLabel('Address', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectSafePage(page, watch);

    await submitNewUser(page, { address: DATA_HTML_URL, name: SVG_BREAKOUT.slice(0, 32), status: IMG_ONERROR });
    await expect(userHeading(page, SVG_BREAKOUT.slice(0, 32))).toBeVisible();
    await expect(page.getByText(DATA_HTML_URL, { exact: true }).first()).toBeVisible();
    await expectSafePage(page, watch);
  });

  test('the sign-in screen never leads off the console, whatever its ?from= says', async ({ page }) => {
    for (const from of [JAVASCRIPT_URL, DATA_HTML_URL, '//evil.example.com/users', '/\\evil.example.com', 'https://evil.example.com/']) {
      await page.goto(paths.signIn(from));
      await expect(signInHeading(page)).toBeVisible();
      await expect(page.getByRole('link', { name: /^continue as /, exact: false })).toHaveAttribute('href', paths.users());
      await expectNothingExecuted(page, watch);
      await expectSafeImages(page);
    }
    await signInAsButton(page, 'support').click();
    await expect(page).toHaveURL((url) => url.origin === new URL(paths.users(), page.url()).origin && url.pathname === paths.users());
    await expectDirectoryLoaded(page);
    await expectSafePage(page, watch);
  });

  test('the token inspector, dashboard, settings, profile fields and audit log stay safe', async ({ page }) => {
    await page.goto(paths.tokenInspector());
    await expect(tokenInspectorHeading(page)).toBeVisible();
    for (const pasted of [SCRIPT_TAG, JAVASCRIPT_URL, `${IMG_ONERROR}${RTL_OVERRIDE}`]) {
      await accessTokenField(page).fill(pasted);
      await inspectButton(page).click();
      await expect(page.getByText('No such token: it was never issued, or it was revoked.')).toBeVisible();
      await expectSafePage(page, watch);
    }
    await accessTokenField(page).fill(NO_SPACES_10K);
    await inspectButton(page).click();
    await expect(accessTokenField(page)).toHaveAttribute('aria-invalid', 'true');
    await accessTokenField(page).fill(world.accessToken);
    await inspectButton(page).click();
    await expect(page.getByRole('link', { name: `${SVG_BREAKOUT} (${world.hostileAddress})`, exact: true })).toBeVisible();
    // What was pasted never goes into the address bar.
    expect(page.url()).not.toContain(world.accessToken);
    expect(page.url()).not.toContain('pwned');
    await expectSafePage(page, watch);

    await page.goto(paths.dashboard());
    await expect(dashboardHeading(page)).toBeVisible();
    await expectSafePage(page, watch);

    await page.goto(paths.settings());
    await expect(settingsHeading(page)).toBeVisible();
    await expectSafePage(page, watch);

    await page.goto(paths.profileFields());
    await expect(profileFieldsHeading(page)).toBeVisible();
    await expect(customFieldsTable(page).getByRole('cell', { name: CUSTOM_FIELD.label, exact: true })).toBeVisible();
    await expectSafePage(page, watch);

    await page.goto(paths.audit());
    await expect(auditHeading(page)).toBeVisible();
    await expect(auditTable(page).getByText(SVG_BREAKOUT).first()).toBeVisible();
    await expectSafePage(page, watch);

    await page.goto(paths.users());
    await expectDirectoryLoaded(page);
    await expectSafePage(page, watch);
  });
});
