import { expect, type Locator, type Page } from '@playwright/test';

/** The platform checkboxes of "Issue token", by their accessible names (PRODUCT.md §5). */
export type PlatformName = 'Android' | 'iOS' | 'JavaScript' | 'Python' | 'C++';
export type IssueTextField =
  | 'App ID'
  | 'URL prefix'
  | 'Android package'
  | 'iOS bundle ID'
  | 'Device'
  | 'Link to user';

// ---------------------------------------------------------------- the Tokens tab

export const tokensTable = (page: Page) => page.getByRole('table', { name: 'Tokens' });
export const issueTokenButton = (page: Page) => page.getByRole('button', { name: 'Issue token', exact: true });
export const revokeAllButton = (page: Page) => page.getByRole('button', { name: 'Revoke all tokens', exact: true });
/** The tab's empty state. */
export const noTokensText = (page: Page) => page.getByText(/^No tokens:/);

/** Waits until the Tokens tab has loaded the user's tokens (the table, or the empty state). */
export async function expectTokensLoaded(page: Page): Promise<void> {
  await expect(tokensTable(page).or(noTokensText(page))).toBeVisible();
}

/** The inventory row of a device (the device is the row header; "(default device)" for none). */
export function tokenRow(page: Page, device: string): Locator {
  return tokensTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: device, exact: true }) });
}

/** Device names listed, in table order. */
export async function listedDevices(page: Page): Promise<string[]> {
  return (await tokensTable(page).getByRole('rowheader').allInnerTexts()).map((text) => text.trim());
}

/** The masked token a row shows, e.g. "v2.8f3…c41e". */
export async function maskedTokenOf(page: Page, device: string): Promise<string> {
  return (await tokenRow(page, device).locator('code').innerText()).trim();
}

/** How the console masks a token: the first six and the last four characters. */
export const maskOf = (token: string) => `${token.slice(0, 6)}…${token.slice(-4)}`;

// ---------------------------------------------------------------- the "Issue token" dialog

export const issueDialog = (page: Page) => page.getByRole('dialog', { name: 'Issue token' });
export const issueField = (page: Page, name: IssueTextField) => issueDialog(page).getByRole(name === 'Link to user' ? 'combobox' : 'textbox', { name, exact: true });
export const expiryField = (page: Page) => issueDialog(page).getByRole('spinbutton', { name: 'Expiry (minutes)' });
export const platformCheckbox = (page: Page, name: PlatformName) => issueDialog(page).getByRole('checkbox', { name, exact: true });
export const v2Checkbox = (page: Page) => issueDialog(page).getByRole('checkbox', { name: 'v2 token format' });
export const issueButton = (page: Page) => issueDialog(page).getByRole('button', { name: 'Issue', exact: true });
export const newTokenField = (page: Page) => issueDialog(page).getByRole('textbox', { name: 'New token' });
export const copyButton = (page: Page) => issueDialog(page).getByRole('button', { name: 'Copy', exact: true });
export const doneButton = (page: Page) => issueDialog(page).getByRole('button', { name: 'Done', exact: true });

/**
 * The sentence above "Issue" (what the token will allow, or why it cannot be issued yet) is the Issue
 * button's accessible description, so screen readers read it with the button.
 */
export async function expectRestrictionSentence(page: Page, sentence: string | RegExp): Promise<void> {
  await expect(issueButton(page)).toHaveAccessibleDescription(sentence);
}

export interface IssueOptions {
  appId?: string;
  platforms?: PlatformName[];
  urlPrefix?: string;
  androidPackage?: string;
  iosBundle?: string;
  device?: string;
  expiryMinutes?: number;
}

/** Opens "Issue token" and fills it in (the dialog stays open, ready for "Issue"). */
export async function fillIssueDialog(page: Page, options: IssueOptions): Promise<void> {
  if (!(await issueDialog(page).isVisible())) await issueTokenButton(page).click();
  await expect(issueDialog(page)).toBeVisible();
  if (options.appId !== undefined) await issueField(page, 'App ID').fill(options.appId);
  // A package ticks Android and a bundle ticks iOS by themselves: fill them before the boxes.
  if (options.androidPackage !== undefined) await issueField(page, 'Android package').fill(options.androidPackage);
  if (options.iosBundle !== undefined) await issueField(page, 'iOS bundle ID').fill(options.iosBundle);
  for (const platform of options.platforms ?? []) await platformCheckbox(page, platform).check();
  if (options.urlPrefix !== undefined) await issueField(page, 'URL prefix').fill(options.urlPrefix);
  if (options.device !== undefined) await issueField(page, 'Device').fill(options.device);
  if (options.expiryMinutes !== undefined) await expiryField(page).fill(String(options.expiryMinutes));
}

/** Clicks "Issue" and answers the token shown once in "New token". */
export async function issueAndReadToken(page: Page): Promise<string> {
  await issueButton(page).click();
  await expect(newTokenField(page)).toHaveValue(/\S/);
  return newTokenField(page).inputValue();
}

/** Closes the dialog after an issue ("Done"); the token is gone from the page from then on. */
export async function closeIssueDialog(page: Page): Promise<void> {
  await doneButton(page).click();
  await expect(issueDialog(page)).toBeHidden();
}

/** Fills, issues, reads the token and closes the dialog. */
export async function issueToken(page: Page, options: IssueOptions): Promise<string> {
  await fillIssueDialog(page, options);
  const token = await issueAndReadToken(page);
  await closeIssueDialog(page);
  return token;
}

// ---------------------------------------------------------------- revoking

export const revokeDialog = (page: Page) => page.getByRole('dialog', { name: 'Revoke token' });
export const revokeAllDialog = (page: Page) => page.getByRole('dialog', { name: 'Revoke all tokens' });

/** Revokes a device's token through its row's "Revoke" and the confirmation. */
export async function revokeDevice(page: Page, device: string): Promise<void> {
  await tokenRow(page, device).getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(revokeDialog(page)).toBeVisible();
  await revokeDialog(page).getByRole('button', { name: 'Revoke token', exact: true }).click();
  await expect(revokeDialog(page)).toBeHidden();
}

export async function revokeAll(page: Page): Promise<void> {
  await revokeAllButton(page).click();
  await expect(revokeAllDialog(page)).toBeVisible();
  await revokeAllDialog(page).getByRole('button', { name: 'Revoke all', exact: true }).click();
  await expect(revokeAllDialog(page)).toBeHidden();
}

// ---------------------------------------------------------------- the directory's token filters

export type TokenPlatformFilter = 'Any' | PlatformName;
export type TokenStateFilter = 'Any' | 'No valid token' | 'Expiring within 7 days';

export const tokenPlatformFilter = (page: Page) => page.getByRole('combobox', { name: 'Token platform' });
export const tokenStateFilter = (page: Page) => page.getByRole('combobox', { name: 'Token', exact: true });

// ---------------------------------------------------------------- the token inspector

export const tokenInspectorLink = (page: Page) =>
  page.getByRole('navigation').getByRole('link', { name: 'Token inspector', exact: true });
export const tokenInspectorHeading = (page: Page) => page.getByRole('heading', { name: 'Token inspector', level: 1 });
export const accessTokenField = (page: Page) => page.getByRole('textbox', { name: 'Access token' });
export const inspectButton = (page: Page) => page.getByRole('button', { name: 'Inspect', exact: true });
export const loginTrial = (page: Page) => page.getByRole('group', { name: 'Try a login' });
export const tryLoginButton = (page: Page) => page.getByRole('button', { name: 'Try a login', exact: true });
export const refusalReasons = (page: Page) => page.getByRole('list', { name: 'Reasons' }).getByRole('listitem');

export interface LoginAttempt {
  platform: PlatformName;
  appId?: string;
  pageUrl?: string;
}

/** Pastes a token into the inspector and asks whose it is. */
export async function inspectToken(page: Page, token: string): Promise<void> {
  await accessTokenField(page).fill(token);
  await inspectButton(page).click();
}

/** Describes an app under "Try a login" and tries it. */
export async function tryLogin(page: Page, attempt: LoginAttempt): Promise<void> {
  const trial = loginTrial(page);
  await trial.getByRole('combobox', { name: 'Platform' }).selectOption({ label: attempt.platform });
  await trial.getByRole('textbox', { name: 'App ID' }).fill(attempt.appId ?? '');
  await trial.getByRole('textbox', { name: 'Page URL' }).fill(attempt.pageUrl ?? '');
  await tryLoginButton(page).click();
}
