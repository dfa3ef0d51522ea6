import { paths } from '../src/config/paths.ts';
import { expect, test } from './fixtures.ts';
import { expectDirectoryLoaded, searchBox, userRows } from './pages/directory.ts';
import {
  loadStatus, nextRequestWithOp, offlineBanner, recordMockTraffic, setMockBehaviourElsewhere, setOffline,
} from './pages/fault.ts';
import { directoryRow } from './pages/presence.ts';
import {
  callMock, fillProfile, newUserField, profileField, saveButton, saveFailedAlert, savedStatus, saveProfile,
  submitNewUser, userHeading, userPageTab,
} from './pages/user-page.ts';

/** Pages load through retries or injected latency here: a generous bound, which costs nothing when all is well. */
const PAGE_LOAD = 30_000;

test.describe('fault tolerance', () => {
  test.use({ mockDataset: { users: 200, seed: 11 } });

  test('at 5 s latency Save shows it is busy; a double click and Enter twice send one userset; “Saved” arrives', async ({
    page,
    mock,
  }) => {
    await mock.open(paths.user(12), { presenceRate: 0 });
    await expect(profileField(page, 'Name')).toBeVisible({ timeout: PAGE_LOAD });
    await setMockBehaviourElsewhere(page, { latencyMs: 5_000 });
    const traffic = recordMockTraffic(page);

    await profileField(page, 'Name').fill('Patient Saver');
    await saveButton(page).dblclick();
    await expect(saveButton(page)).toBeDisabled();
    await expect(page.getByText('Saving…')).toBeVisible();
    await profileField(page, 'Name').press('Enter');
    await profileField(page, 'Name').press('Enter');

    // The userset takes 5 s, then the refetch of the user another 5 s.
    await expect(savedStatus(page)).toBeVisible({ timeout: 30_000 });
    await expect(saveButton(page)).toBeEnabled();
    expect(traffic.sent('userset'), 'one save, however often it was asked for').toBe(1);
    await expect(userHeading(page, 'Patient Saver')).toBeVisible();
  });

  test('at failure rate 1 a save fails and keeps what was typed; once failures stop, Retry saves it', async ({ page, mock }) => {
    await mock.open(paths.user(13), { presenceRate: 0 });
    await expect(profileField(page, 'Name')).toBeVisible({ timeout: PAGE_LOAD });
    await setMockBehaviourElsewhere(page, { failureRate: 1 });
    const traffic = recordMockTraffic(page);

    await fillProfile(page, { Name: 'Stubborn Saver', Status: 'Kept through failures' });
    await saveButton(page).click();
    await expect(saveFailedAlert(page)).toBeVisible();
    await expect(saveFailedAlert(page)).toContainText('Everything you typed is still here.');
    await expect(profileField(page, 'Name')).toHaveValue('Stubborn Saver');
    await expect(profileField(page, 'Status')).toHaveValue('Kept through failures');
    expect(traffic.sent('userset'), 'a write is never retried on its own').toBe(1);

    await setMockBehaviourElsewhere(page, { failureRate: 0 });
    await saveFailedAlert(page).getByRole('button', { name: 'Retry' }).click();
    await expect(savedStatus(page)).toBeVisible();
    await expect(saveFailedAlert(page)).toHaveCount(0);
    expect(traffic.sent('userset')).toBe(2);

    await page.reload();
    await expect(profileField(page, 'Name')).toHaveValue('Stubborn Saver');
    await expect(profileField(page, 'Status')).toHaveValue('Kept through failures');
  });

  test('at failure rate 0.5 the directory and a user page still load, thanks to retries', async ({ page, mock }) => {
    const traffic = recordMockTraffic(page);
    await mock.open(paths.users(), { failureRate: 0.5, presenceRate: 0 });

    await expect(userRows(page).first()).toBeVisible({ timeout: PAGE_LOAD });
    await expectDirectoryLoaded(page);
    await userRows(page).first().getByRole('link').click();
    await expect(userPageTab(page, 'Profile')).toBeVisible({ timeout: PAGE_LOAD });
    await expect(profileField(page, 'Name')).toBeVisible({ timeout: PAGE_LOAD });
    // Requests failed on purpose (a failed one passes when retried at 0.5), yet nothing showed an error.
    expect(traffic.failedOnPurpose()).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  });

  test('offline: a banner shows, a save fails clearly and keeps its input, and reads resume by themselves once back', async ({
    page,
    mock,
  }) => {
    await mock.open(paths.users(), { presenceRate: 0 });
    await expectDirectoryLoaded(page);
    const link = userRows(page).first().getByRole('link');
    const address = await link.innerText();
    await link.click();
    await expect(profileField(page, 'Status')).toBeVisible();

    await setOffline(page, true);
    await expect(offlineBanner(page)).toContainText('Changes cannot be saved until the connection is back.');
    await profileField(page, 'Status').fill('Typed while offline');
    await saveButton(page).click();
    await expect(saveFailedAlert(page)).toContainText('You are offline');
    await expect(profileField(page, 'Status')).toHaveValue('Typed while offline');

    await setOffline(page, false);
    await saveFailedAlert(page).getByRole('button', { name: 'Retry' }).click();
    await expect(savedStatus(page)).toBeVisible();

    // A read asked for while offline waits, says so, and loads by itself once the connection is back.
    await page.getByRole('link', { name: 'Back to the directory' }).click();
    await expectDirectoryLoaded(page);
    await setOffline(page, true);
    await searchBox(page).fill(address);
    await searchBox(page).press('Enter');
    await expect(loadStatus(page, 'Offline: the users will load when the connection is back.')).toBeVisible();
    await setOffline(page, false);
    await expect(userRows(page)).toHaveCount(1);
    await expect(directoryRow(page, address)).toBeVisible();
    await expect(loadStatus(page, 'Offline')).toHaveCount(0);
  });

  test('a profile edit in one tab shows in the other tab’s directory and user page without a reload', async ({ page, mock }) => {
    await mock.open(paths.user(14), { presenceRate: 0 });
    await expect(profileField(page, 'Name')).toBeVisible();
    const answer = await callMock<{ users: { address: string }[] }>(page, { op: 'usersget', user: { uid: 14 } });
    const address = answer.users[0]?.address ?? '';

    const other = await page.context().newPage();
    let loads = 0;
    other.on('load', () => (loads += 1));
    await other.goto(paths.users());
    await searchBox(other).fill(address);
    await searchBox(other).press('Enter');
    await expect(directoryRow(other, address)).toBeVisible();

    await profileField(page, 'Name').fill('Renamed In Tab One');
    await saveProfile(page);
    await expect(directoryRow(other, address)).toContainText('Renamed In Tab One');

    await directoryRow(other, address).getByRole('link').click();
    await expect(userHeading(other, 'Renamed In Tab One')).toBeVisible();
    await profileField(page, 'Name').fill('Renamed Again');
    await saveProfile(page);
    await expect(userHeading(other, 'Renamed Again')).toBeVisible();
    await expect(profileField(other, 'Name')).toHaveValue('Renamed Again');
    expect(loads, 'the other tab was never reloaded').toBe(1);
  });

  test('a user whose creation lost its answer is not created twice: Retry finds it and opens it', async ({ page, mock }) => {
    await mock.open(paths.newUser(), { presenceRate: 0 });
    await expect(newUserField(page, 'Address')).toBeVisible();
    // Time for the browser to go offline while useradd waits in the mock.
    await setMockBehaviourElsewhere(page, { latencyMs: 4_000 });
    const traffic = recordMockTraffic(page);

    // The connection drops after useradd was sent: the mock applies it, and its answer is lost.
    const useradd = nextRequestWithOp(page, 'useradd');
    await submitNewUser(page, { address: 'lost-answer@example.com', name: 'Lost Answer' });
    await useradd;
    await setOffline(page, true);
    const failure = page.getByRole('alert').filter({ hasText: 'Could not create the user' });
    await expect(failure).toContainText('You are offline', { timeout: 20_000 });
    await expect(newUserField(page, 'Address')).toHaveValue('lost-answer@example.com');

    await setOffline(page, false);
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(userHeading(page, 'Lost Answer')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'the earlier attempt had gone through' })).toBeVisible();
    expect(traffic.sent('useradd'), 'the retry found the user instead of adding it again').toBe(1);
  });
});
