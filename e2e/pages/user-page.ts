import { expect, type Page } from '@playwright/test';
import { MOCK_APP_TOKEN } from '../../mocks/mock-settings.ts';
import { MOCK_BACKEND_URL } from '../../src/config/paths.ts';

/** The user page's heading: the user's name (or address when there is none). */
export const userHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1, exact: true });

/** The uid a user page's URL (`/users/<uid>`) is about. */
export function uidFromUrl(url: string): number {
  const match = /\/users\/(\d+)(?:[?#]|$)/.exec(new URL(url, 'http://relative.invalid').href);
  if (!match) throw new Error(`not a user page URL: ${url}`);
  return Number(match[1]);
}

// ---------------------------------------------------------------- the user page (issue 3)

export type UserTabName = 'Profile' | 'Permissions' | 'Contacts' | 'Tokens' | 'Presence' | 'History';

export const userPageTab = (page: Page, name: UserTabName) => page.getByRole('tab', { name, exact: true });
export const userTabPanel = (page: Page) => page.getByRole('tabpanel');

/** Waits until the user page shows this user (by heading) with its tabs. */
export async function expectUserPage(page: Page, heading: string): Promise<void> {
  await expect(userHeading(page, heading)).toBeVisible();
  await expect(userPageTab(page, 'Profile')).toBeVisible();
}

/** A profile control by its plain label ("Name", "Email", "Role", a custom field's label…). */
export const profileField = (page: Page, label: string) => userTabPanel(page).getByLabel(label, { exact: true });
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
/** The live region that announces "Saved." after a save. */
export const savedStatus = (page: Page) => page.getByRole('status').filter({ hasText: 'Saved' });
/** The alert a failed save shows (the form is kept), with its "Retry". */
export const saveFailedAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'The profile was not saved.' });
export const conflictAlert = (page: Page) => page.getByRole('alert').filter({ hasText: 'Someone else changed this profile' });

/** Fills profile fields by label (text inputs; use selectOption for choices). */
export async function fillProfile(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await profileField(page, label).fill(value);
}

/** Saves the profile and waits for the announcement. */
export async function saveProfile(page: Page): Promise<void> {
  await saveButton(page).click();
  await expect(savedStatus(page)).toBeVisible();
}

/** The error a field shows, through the input's description (aria-describedby, after any hint). */
export async function expectFieldError(page: Page, label: string, message: string | RegExp): Promise<void> {
  const field = profileField(page, label);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const pattern = typeof message === 'string' ? new RegExp(`${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message;
  await expect(field).toHaveAccessibleDescription(pattern);
}

export const unsavedChangesDialog = (page: Page) => page.getByRole('dialog', { name: 'Leave without saving?' });

export const deactivateButton = (page: Page) => page.getByRole('button', { name: 'Deactivate', exact: true });
export const reactivateButton = (page: Page) => page.getByRole('button', { name: 'Reactivate', exact: true });
export const deleteUserButton = (page: Page) => page.getByRole('button', { name: 'Delete user', exact: true });
export const deleteUserDialog = (page: Page) => page.getByRole('dialog', { name: 'Delete user' });

/** Deletes the open user through the dialog, typing its address; `linked` ticks "Also delete linked users". */
export async function deleteUser(page: Page, address: string, options: { linked?: boolean } = {}): Promise<void> {
  await deleteUserButton(page).click();
  const dialog = deleteUserDialog(page);
  await expect(dialog).toBeVisible();
  if (options.linked) await dialog.getByRole('checkbox', { name: 'Also delete linked users' }).check();
  await dialog.getByRole('textbox', { name: 'Type the address to confirm' }).fill(address);
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
}

export const newUserButton = (page: Page) => page.getByRole('button', { name: 'New user', exact: true });
export const newUserField = (page: Page, label: 'Address' | 'Name' | 'Status') =>
  page.getByRole('form', { name: 'New user' }).getByLabel(label, { exact: true });

/** Fills the create-user form and submits it (the outcome is the caller's to check). */
export async function submitNewUser(page: Page, user: { address: string; name?: string; status?: string; active?: boolean }): Promise<void> {
  await newUserField(page, 'Address').fill(user.address);
  if (user.name !== undefined) await newUserField(page, 'Name').fill(user.name);
  if (user.status !== undefined) await newUserField(page, 'Status').fill(user.status);
  if (user.active !== undefined) await page.getByRole('checkbox', { name: 'Active', exact: true }).setChecked(user.active);
  await page.getByRole('button', { name: 'Create user', exact: true }).click();
}

/**
 * Calls the in-browser mock backend from the page, as the console does (for set-up the UI has no path
 * for, such as linking users with a token). Throws with the backend's message on a refusal.
 */
export async function callMock<T = Record<string, unknown>>(page: Page, body: Record<string, unknown>): Promise<T> {
  await waitForConsole(page);
  const answer = await page.evaluate(
    async ({ url, request }) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
      return (await response.json()) as Record<string, unknown>;
    },
    { url: MOCK_BACKEND_URL, request: { token: MOCK_APP_TOKEN, ...body } },
  );
  if (answer.result !== true) throw new Error(`mock ${String(body.op)} refused: ${JSON.stringify(answer.error)}`);
  return answer as T;
}

/**
 * Waits until the console has booted: its navigation renders only once the mock's service worker is
 * answering. (The fixture's `mock.open` returns when the mock* parameters leave the address bar, which
 * happens just before the worker starts, so a request sent at that moment reaches the preview server.)
 */
export async function waitForConsole(page: Page): Promise<void> {
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Users', exact: true })).toBeVisible();
}

/** Creates a user through the mock (useradd), answering its uid. */
export async function addUser(page: Page, user: Record<string, unknown> & { address: string }): Promise<number> {
  const answer = await callMock<{ user: { uid: number } }>(page, { op: 'useradd', user });
  return answer.user.uid;
}
