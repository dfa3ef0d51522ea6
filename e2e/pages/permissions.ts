import { expect, type Page } from '@playwright/test';

/** The eight on/off permissions, by the names the Permissions tab gives their checkboxes. */
export type PermissionName =
  | 'Incoming messages'
  | 'Outgoing messages'
  | 'Calls'
  | 'TURN relay'
  | 'Message storage'
  | 'Group creation'
  | 'Retention'
  | 'Webhook';
export type PeersChoice = 'All' | 'Specific peers only' | 'Contacts only' | 'Favorites only';

export const PERMISSION_NAMES: readonly PermissionName[] = [
  'Incoming messages',
  'Outgoing messages',
  'Calls',
  'TURN relay',
  'Message storage',
  'Group creation',
  'Retention',
  'Webhook',
];

export const userTab = (page: Page, name: 'Profile' | 'Permissions' | 'Contacts' | 'Tokens' | 'Presence') =>
  page.getByRole('tab', { name, exact: true });
export const permissionsHeading = (page: Page) => page.getByRole('heading', { name: 'Permissions', level: 2 });
export const permission = (page: Page, name: PermissionName) => page.getByRole('checkbox', { name, exact: true });
export const peersChoice = (page: Page, name: PeersChoice) =>
  page.getByRole('group', { name: 'Peers' }).getByRole('radio', { name, exact: true });
export const pairsLink = (page: Page) => page.getByRole('link', { name: 'Contacts marked as pairs' });
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });

/** A live region on the page announcing a save ("Saved. …"). */
export const savedMessage = (page: Page, text: string | RegExp = 'Saved') => page.getByRole('status').filter({ hasText: text });

/** Saves the Permissions form and waits for the announcement. */
export async function savePermissions(page: Page): Promise<void> {
  await saveButton(page).click();
  await expect(savedMessage(page, 'Saved. Permissions updated.')).toBeVisible();
}
