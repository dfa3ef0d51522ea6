import { paths } from '../src/config/paths.ts';
import type { Page } from '@playwright/test';
import { expect, test, type SeededMock } from './fixtures.ts';
import { navLink } from './pages/app-shell.ts';
import { usersHeading } from './pages/directory.ts';
import { applyMockBehaviour } from './pages/settings.ts';
import {
  callMock,
  conflictAlert,
  expectFieldError,
  fillProfile,
  profileField,
  saveButton,
  savedStatus,
  saveFailedAlert,
  saveProfile,
  unsavedChangesDialog,
  userHeading,
  userPageTab,
} from './pages/user-page.ts';

type Profile = Record<string, unknown>;

/** Opens a user's Profile tab on this test's freshly seeded mock, and waits until the form is there. */
async function openProfile(page: Page, mock: SeededMock, uid: number): Promise<void> {
  await mock.open(paths.user(uid));
  await expect(profileField(page, 'Name')).toBeVisible();
}

async function profileOf(page: Page, uid: number): Promise<Profile> {
  const answer = await callMock<{ users: { profile: Profile }[] }>(page, { op: 'usersget', user: { uid } });
  return answer.users[0]?.profile ?? {};
}

/** A noisy picture far larger than a thumbnail may be, made by the browser (PNG bytes). */
async function bigPicture(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 600;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    const pixels = context.createImageData(canvas.width, canvas.height);
    for (let i = 0; i < pixels.data.length; i += 1) pixels.data[i] = (i * 2654435761) % 251;
    context.putImageData(pixels, 0, 0);
    return canvas.toDataURL('image/png').split(',')[1] ?? '';
  });
  return Buffer.from(base64, 'base64');
}

test.describe('profile tab', () => {
  test.use({ mockDataset: { users: 300, seed: 41 } });

  test('edits every field and saves them as a merge', async ({ page, mock, baseURL }) => {
    await openProfile(page, mock, 11);
    await expect(userPageTab(page, 'Profile')).toHaveAttribute('aria-selected', 'true');
    await expect(profileField(page, 'Visibility')).toHaveAccessibleDescription(/^Follows app default: invisible$/);

    await fillProfile(page, {
      Name: 'Ada Editor',
      Status: 'Reviewing profiles',
      Description: 'Line one.\nLine two.',
      Email: 'ada.editor@example.com',
      Mobile: '+14155550123',
      Birthday: '1990-01-31',
      Location: 'Lisbon',
      Language: 'pt-PT',
      Role: '40',
      Level: '7',
      'Unique ID': 'adaEditor11',
    });
    for (const [label, choice] of [
      ['Gender', 'Female'],
      ['Friend requests', 'Ask for confirmation'],
      ['Message settings', 'Receive messages'],
      ['Admin forbid type', 'No restriction'],
      ['Visibility', 'Friends'],
    ] as const) {
      await profileField(page, label).selectOption({ label: choice });
    }
    await expect(profileField(page, 'Visibility')).toHaveAccessibleDescription(/Overrides the app default \(invisible\)/);

    // Image URL: a live preview for http(s) only.
    const imageUrl = new URL('/avatars/3.svg', baseURL).href;
    await profileField(page, 'Image URL').fill(imageUrl);
    await expect(page.getByRole('img', { name: 'Image preview' })).toHaveAttribute('src', imageUrl);

    // Thumbnail: any picture becomes a small JPEG within the contract's limit.
    await profileField(page, 'Thumbnail').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: await bigPicture(page) });
    const thumbnail = page.getByRole('img', { name: 'Thumbnail preview' });
    await expect(thumbnail).toHaveAttribute('src', /^data:image\/jpeg;base64,/);

    await saveProfile(page);
    await expect(userHeading(page, 'Ada Editor')).toBeVisible();

    const stored = await profileOf(page, 11);
    expect(stored).toMatchObject({
      name: 'Ada Editor',
      status: 'Reviewing profiles',
      description: 'Line one.\nLine two.',
      email: 'ada.editor@example.com',
      mobile: '+14155550123',
      birthday: '1990-01-31',
      location: 'Lisbon',
      language: 'pt-PT',
      role: 40,
      level: 7,
      uniqueId: 'adaEditor11',
      gender: 'female',
      allowType: 'needConfirm',
      messageSettings: 'receive',
      adminForbidType: 'none',
      visibility: 'friends',
      image: imageUrl,
    });
    expect(String(stored.tn)).toMatch(/^data:image\/jpeg;base64,/);
    expect(String(stored.tn).length).toBeLessThanOrEqual(16_384);

    // A fresh load shows what was saved; emptying a field removes it.
    await page.reload();
    await expect(profileField(page, 'Email')).toHaveValue('ada.editor@example.com');
    await expect(profileField(page, 'Role')).toHaveValue('40');
    await profileField(page, 'Email').fill('');
    await page.getByRole('button', { name: 'Remove thumbnail' }).click();
    await saveProfile(page);
    const after = await profileOf(page, 11);
    expect(after).not.toHaveProperty('email');
    expect(after).not.toHaveProperty('tn');
    expect(after).toMatchObject({ name: 'Ada Editor', role: 40 });
  });

  test('bad input is refused on its field and nothing is sent', async ({ page, mock }) => {
    await openProfile(page, mock, 12);
    const before = await profileOf(page, 12);
    let usersets = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.postData()?.includes('"op":"userset"')) usersets += 1;
    });

    await fillProfile(page, {
      Name: 'x'.repeat(33),
      Email: 'not-an-email',
      Role: '101',
      'Image URL': 'javascript:alert(1)',
    });
    await expect(page.getByRole('img', { name: 'Image preview' })).toHaveCount(0);
    await saveButton(page).click();

    await expectFieldError(page, 'Name', 'Name must be at most 32 characters');
    await expectFieldError(page, 'Email', 'Email must be a valid email address');
    await expectFieldError(page, 'Role', 'Role must be between 0 and 100');
    await expectFieldError(page, 'Image URL', /Image URL must be an http:\/\/ or https:\/\/ URL/);
    await expect(profileField(page, 'Name')).toBeFocused();
    await expect(profileField(page, 'Email')).toHaveValue('not-an-email');
    expect(usersets).toBe(0);
    expect(await profileOf(page, 12)).toEqual(before);
  });

  test('a unique ID another user holds is refused by the backend, on the field', async ({ page, mock }) => {
    await openProfile(page, mock, 14);
    const taken = (await profileOf(page, 13)).uniqueId;
    if (typeof taken !== 'string' || taken === '') throw new Error('user 13 of the dataset has no unique ID');
    await profileField(page, 'Unique ID').fill(taken.toUpperCase());
    await saveButton(page).click();
    await expectFieldError(page, 'Unique ID', /already used by another user/);
    expect((await profileOf(page, 14)).uniqueId).not.toBe(taken.toUpperCase());
  });

  test('custom fields follow the app’s definitions; a key no longer defined is refused', async ({ page, mock }) => {
    await openProfile(page, mock, 15);
    await callMock(page, { op: 'appset', app: { customField: { key: 'team', label: 'Team', maxLength: 8 } } });
    await callMock(page, { op: 'appset', app: { customField: { key: 'nickname', label: 'Nickname', maxLength: 20 } } });
    await page.reload();

    await expect(page.getByRole('link', { name: 'Define custom fields' })).toHaveAttribute('href', paths.profileFields());
    await profileField(page, 'Team').fill('Too long team');
    await saveButton(page).click();
    await expectFieldError(page, 'Team', 'Team must be at most 8 characters');
    await profileField(page, 'Team').fill('Core');
    await saveProfile(page);
    expect((await profileOf(page, 15)).custom).toEqual({ team: 'Core' });

    // Someone removes the Nickname definition while this form is open: the backend refuses the key.
    await profileField(page, 'Nickname').fill('Ace');
    await callMock(page, { op: 'appset', app: { customField: { key: 'nickname', label: 'Nickname', maxLength: 20, remove: true } } });
    await saveButton(page).click();
    await expectFieldError(page, 'Nickname', /not defined for this app/);
    expect((await profileOf(page, 15)).custom).toEqual({ team: 'Core' });
  });

  test('asks before leaving unsaved edits: Stay keeps them, Leave goes', async ({ page, mock }) => {
    await openProfile(page, mock, 16);
    await profileField(page, 'Status').fill('Half-typed status');

    await userPageTab(page, 'Permissions').click();
    await expect(unsavedChangesDialog(page)).toBeVisible();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Stay' }).click();
    await expect(unsavedChangesDialog(page)).toHaveCount(0);
    await expect(profileField(page, 'Status')).toHaveValue('Half-typed status');
    await expect(userPageTab(page, 'Profile')).toHaveAttribute('aria-selected', 'true');

    await navLink(page, 'Users').click();
    await unsavedChangesDialog(page).getByRole('button', { name: 'Leave' }).click();
    await expect(usersHeading(page)).toBeVisible();
  });

  test('closing the browser tab with unsaved edits asks first', async ({ page, mock }) => {
    await openProfile(page, mock, 17);
    await profileField(page, 'Status').fill('Not saved yet');
    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const prompt = await dialog;
    expect(prompt.type()).toBe('beforeunload');
    await prompt.dismiss();
  });

  test('a failed save keeps everything typed and offers Retry', async ({ page, mock }) => {
    await openProfile(page, mock, 18);
    await fillProfile(page, { Name: 'Kept Through Failure', Email: 'kept@example.com' });

    // The backend starts failing every request (set from another tab of the same browser).
    const settings = await page.context().newPage();
    await settings.goto(paths.settings());
    await applyMockBehaviour(settings, { failureRate: 1 });

    await saveButton(page).click();
    await expect(saveFailedAlert(page)).toBeVisible();
    await expect(saveFailedAlert(page)).toContainText('failed this request on purpose');
    await expect(profileField(page, 'Name')).toHaveValue('Kept Through Failure');
    await expect(profileField(page, 'Email')).toHaveValue('kept@example.com');

    await applyMockBehaviour(settings, { failureRate: 0 });
    await settings.close();
    await saveFailedAlert(page).getByRole('button', { name: 'Retry' }).click();
    await expect(savedStatus(page)).toBeVisible();
    await expect(saveFailedAlert(page)).toHaveCount(0);
    expect(await profileOf(page, 18)).toMatchObject({ name: 'Kept Through Failure', email: 'kept@example.com' });
  });

  test('two tabs editing the same user: the later save shows the conflict, and can be saved on top', async ({ page, mock }) => {
    await openProfile(page, mock, 19);
    const second = await page.context().newPage();
    await second.goto(paths.user(19));
    await expect(profileField(second, 'Name')).toBeVisible();

    await profileField(page, 'Name').fill('Name From Tab One');
    await profileField(second, 'Status').fill('Status from tab two');
    await profileField(second, 'Name').fill('Name From Tab Two');

    await saveProfile(page);
    await saveButton(second).click();

    const conflict = conflictAlert(second);
    await expect(conflict).toBeVisible();
    const nameRow = conflict.getByRole('row', { name: /^Name/ });
    await expect(nameRow).toContainText('Name From Tab Two');
    await expect(nameRow).toContainText('Name From Tab One');
    await expect(nameRow).toContainText('You and someone else');
    await expect(conflict.getByRole('row', { name: /^Status/ })).toContainText('You');
    // Nothing typed is lost while the admin decides.
    await expect(profileField(second, 'Status')).toHaveValue('Status from tab two');

    await conflict.getByRole('button', { name: 'Save anyway' }).click();
    await expect(savedStatus(second)).toBeVisible();
    expect(await profileOf(second, 19)).toMatchObject({ name: 'Name From Tab Two', status: 'Status from tab two' });
  });

  test('two tabs: Reload takes the other tab’s change and drops mine', async ({ page, mock }) => {
    await openProfile(page, mock, 20);
    const second = await page.context().newPage();
    await second.goto(paths.user(20));
    await expect(profileField(second, 'Location')).toBeVisible();

    // Tab two starts its edit first: an untouched form would take tab one's save live, leaving no conflict.
    await profileField(second, 'Location').fill('Faro');
    await profileField(page, 'Location').fill('Porto');
    await saveProfile(page);
    await saveButton(second).click();

    await conflictAlert(second).getByRole('button', { name: 'Reload' }).click();
    await expect(conflictAlert(second)).toHaveCount(0);
    await expect(profileField(second, 'Location')).toHaveValue('Porto');
    expect((await profileOf(second, 20)).location).toBe('Porto');
  });

  test('profile text containing markup is shown as text, never run', async ({ page, mock }) => {
    const markup = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openProfile(page, mock, 21);
    await fillProfile(page, { Name: markup, Status: `${markup} <script>alert(2)</script>` });
    await saveProfile(page);

    await expect(userHeading(page, markup)).toBeVisible();
    await page.reload();
    await expect(userHeading(page, markup)).toBeVisible();
    await expect(profileField(page, 'Status')).toHaveValue(`${markup} <script>alert(2)</script>`);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    await navLink(page, 'Users').click();
    await page.getByRole('searchbox', { name: 'Search users' }).fill(markup);
    await expect(page.getByRole('table', { name: 'Users' }).getByText(markup, { exact: true })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
