import { paths } from '../src/config/paths.ts';
import { expect, test, withMockParams } from './fixtures.ts';
import {
  DIRECTORY_COLUMNS, activityFilter, chooseActivityFilter, clearSearchButton, columnHeader, columnValues, countText,
  expectDirectoryLoaded, isSorted, nextPageButton, previousPageButton, readUserCount, recentlyChangedButton, search,
  searchBox, sortButton, toggleSort, userCount, userRows, usersHeading, usersTable,
} from './pages/directory.ts';
import { navigateTo } from './pages/app-shell.ts';
import { fillProfile, profileField, saveProfile, uidFromUrl, userHeading } from './pages/user-page.ts';

test.describe('directory', () => {
  test('loads the seeded users with the promised table and count', async ({ page, mock }) => {
    await mock.open(paths.users());

    await expect(page).toHaveURL(paths.users());
    await expect(usersHeading(page)).toBeVisible();
    await expect(searchBox(page)).toBeVisible();
    await expect(usersTable(page)).toBeVisible();
    for (const column of DIRECTORY_COLUMNS) {
      await expect(columnHeader(page, column)).toBeVisible();
    }
    await expect(userCount(page)).toHaveText(countText(mock.dataset.users));
    await expect(userRows(page).first()).toBeVisible();
    // Presence is text, visible or for screen readers.
    await expect(userRows(page).first()).toContainText(/Online|Offline/);
  });

  test('search by name narrows the rows and the count', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const [firstName] = await columnValues(page, 'Name');
    expect(firstName, 'the first row has a name').toBeTruthy();
    const query = (firstName as string).split(' ')[0] as string;

    await search(page, query);

    await expect(userCount(page)).not.toHaveText(countText(mock.dataset.users));
    const total = await readUserCount(page);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(mock.dataset.users);
    await expect
      .poll(async () => (await columnValues(page, 'Name')).filter((name) => !name.toLowerCase().includes(query.toLowerCase())))
      .toEqual([]);
    await expect(userRows(page).first()).toBeVisible();
    expect(await userRows(page).count()).toBeLessThanOrEqual(total);
  });

  test('search by address with a * wildcard matches address patterns', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const [address] = await columnValues(page, 'Address');
    // Seeded addresses look like first.last.0000042@example.com: keep "first." and match the rest with *.
    const prefix = (address as string).slice(0, (address as string).indexOf('.') + 1);
    expect(prefix.length, `a dotted address in the first row (${address})`).toBeGreaterThan(1);

    await search(page, `${prefix}*`);

    await expect(userCount(page)).not.toHaveText(countText(mock.dataset.users));
    await expect
      .poll(async () => (await columnValues(page, 'Address')).filter((value) => !value.toLowerCase().startsWith(prefix)))
      .toEqual([]);
    expect(await readUserCount(page)).toBeLessThan(mock.dataset.users);

    // The whole address is a pattern too: one user, the one we started from.
    await search(page, `*${(address as string).slice(prefix.length)}`);
    await expect(userCount(page)).toHaveText(countText(1));
    await expect.poll(() => columnValues(page, 'Address')).toEqual([address]);
  });

  test('a search that matches nothing says so, and "Clear search" brings everyone back', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const query = 'zzz-nobody-has-this-name';

    await search(page, query);

    await expect(userCount(page)).toHaveText(countText(0));
    await expect(userRows(page)).toHaveCount(0);
    await expect(page.getByText(`No users match “${query}”.`)).toBeVisible();

    await clearSearchButton(page).click();

    await expect(searchBox(page)).toHaveValue('');
    await expect(userCount(page)).toHaveText(countText(mock.dataset.users));
    await expect(userRows(page).first()).toBeVisible();
  });

  test('the active / inactive filter splits the users', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    await expect(activityFilter(page, 'All')).toBeChecked();

    await chooseActivityFilter(page, 'Active');
    await expect(userCount(page)).not.toHaveText(countText(mock.dataset.users));
    await expect.poll(async () => new Set(await columnValues(page, 'Active'))).toEqual(new Set(['Yes']));
    const active = await readUserCount(page);

    await chooseActivityFilter(page, 'Inactive');
    await expect(userCount(page)).toHaveText(countText(mock.dataset.users - active));
    await expect.poll(async () => new Set(await columnValues(page, 'Active'))).toEqual(new Set(['No']));

    await chooseActivityFilter(page, 'All');
    await expect(userCount(page)).toHaveText(countText(mock.dataset.users));
  });

  test('sorting by name orders the rows both ways', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    await expect(sortButton(page, 'Name')).toBeVisible();

    const first = await toggleSort(page, 'Name');
    await expect.poll(async () => isSorted(await columnValues(page, 'Name'), first)).toBe(true);
    const firstOrder = await columnValues(page, 'Name');

    const second = await toggleSort(page, 'Name');
    expect(second).not.toBe(first);
    await expect.poll(async () => isSorted(await columnValues(page, 'Name'), second)).toBe(true);
    await expect.poll(() => columnValues(page, 'Name')).not.toEqual(firstOrder);
    await expect(userCount(page)).toHaveText(countText(mock.dataset.users));
  });

  test('paging moves through the users and back', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const firstPage = await columnValues(page, 'Address');
    await expect(previousPageButton(page)).toBeDisabled();

    await nextPageButton(page).click();

    await expect.poll(() => columnValues(page, 'Address')).not.toEqual(firstPage);
    const secondPage = await columnValues(page, 'Address');
    expect(secondPage.filter((address) => firstPage.includes(address)), 'pages do not overlap').toEqual([]);
    await expect(previousPageButton(page)).toBeEnabled();
    await expect(userCount(page)).toHaveText(countText(mock.dataset.users));

    await previousPageButton(page).click();

    await expect.poll(() => columnValues(page, 'Address')).toEqual(firstPage);
    await expect(previousPageButton(page)).toBeDisabled();
  });

  test('sorted pages continue each other', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const direction = await toggleSort(page, 'Name');
    await expect.poll(async () => isSorted(await columnValues(page, 'Name'), direction)).toBe(true);
    const firstPage = await columnValues(page, 'Name');

    await nextPageButton(page).click();

    await expect(previousPageButton(page)).toBeEnabled();
    await expect.poll(async () => {
      const secondPage = await columnValues(page, 'Name');
      return secondPage.length > 0 && isSorted([...firstPage, ...secondPage], direction);
    }).toBe(true);
  });

  test('the URL holds the view: reload and a shared link show the same rows', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const query = 'an';
    await search(page, query);
    await expect(userCount(page)).not.toHaveText(countText(mock.dataset.users));
    const matching = await userCount(page).innerText();
    await chooseActivityFilter(page, 'Active');
    await expect(userCount(page)).not.toHaveText(matching);
    const direction = await toggleSort(page, 'Name');
    await expect.poll(async () => isSorted(await columnValues(page, 'Name'), direction)).toBe(true);
    const firstPage = await columnValues(page, 'Address');
    await nextPageButton(page).click();
    await expect.poll(() => columnValues(page, 'Address')).not.toEqual(firstPage);

    const view = {
      count: await userCount(page).innerText(),
      addresses: await columnValues(page, 'Address'),
    };
    const sharedUrl = page.url();
    expect(new URL(sharedUrl).search, 'the query is in the URL').not.toBe('');

    await page.reload();
    await expect(searchBox(page)).toHaveValue(query);
    await expect(activityFilter(page, 'Active')).toBeChecked();
    await expect(columnHeader(page, 'Name')).toHaveAttribute('aria-sort', direction);
    await expect(userCount(page)).toHaveText(view.count);
    await expect.poll(() => columnValues(page, 'Address')).toEqual(view.addresses);
    await expect(previousPageButton(page)).toBeEnabled();

    const elsewhere = await mock.openElsewhere(sharedUrl);
    await expect(searchBox(elsewhere)).toHaveValue(query);
    await expect(activityFilter(elsewhere, 'Active')).toBeChecked();
    await expect(columnHeader(elsewhere, 'Name')).toHaveAttribute('aria-sort', direction);
    await expect(userCount(elsewhere)).toHaveText(view.count);
    await expect.poll(() => columnValues(elsewhere, 'Address')).toEqual(view.addresses);
  });

  test('a row links to its user page', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const name = (await columnValues(page, 'Name'))[0] ?? '';
    const address = (await columnValues(page, 'Address'))[0] ?? '';
    const title = name || address;
    expect(title, 'the first row has a name or an address').not.toBe('');

    await userRows(page).first().getByRole('link').first().click();

    await expect(page).toHaveURL(/\/users\/\d+$/);
    await expect(userHeading(page, title)).toBeVisible();

    // The same page opened directly, on the same seeded data, is about the same user.
    const uid = uidFromUrl(page.url());
    await mock.open(paths.user(uid));
    await expect(page).toHaveURL(paths.user(uid));
    await expect(userHeading(page, title)).toBeVisible();
  });

  test('"Recently changed" lists the user just edited first, with when', async ({ page, mock }) => {
    await mock.open(paths.user(57));
    await expect(profileField(page, 'Name')).toBeVisible();
    await fillProfile(page, { Status: 'Edited just now' });
    await saveProfile(page);

    await navigateTo(page, 'Users');
    await expectDirectoryLoaded(page);
    await recentlyChangedButton(page).click();

    await expect(recentlyChangedButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/sort=updatedAt&order=desc/);
    await expect(columnHeader(page, 'Last changed')).toHaveAttribute('aria-sort', 'descending');
    await expect(userRows(page).first().getByRole('link')).toHaveAttribute('href', paths.user(57));
    await expect.poll(async () => (await columnValues(page, 'Status'))[0]).toBe('Edited just now');
    await expect.poll(async () => (await columnValues(page, 'Last changed'))[0]).toBe('just now');
  });
});

test.describe('directory data', () => {
  test.use({ mockDataset: { users: 321, seed: 42 } });

  test('a reload keeps the data: the seeded dataset outlives the mock parameters', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    await expect(userCount(page)).toHaveText(countText(321));
    const addresses = await columnValues(page, 'Address');

    await page.reload();
    await expect(userCount(page)).toHaveText(countText(321));
    await expect.poll(() => columnValues(page, 'Address')).toEqual(addresses);

    // A fresh navigation without any mock parameter finds the same data, not the default dataset.
    await page.goto(paths.users());
    await expect(userCount(page)).toHaveText(countText(321));
    await expect.poll(() => columnValues(page, 'Address')).toEqual(addresses);
  });

  test('the same seed gives the same users, another seed other users', async ({ page, mock }) => {
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const addresses = await columnValues(page, 'Address');

    await mock.open(paths.users());
    await expect(userCount(page)).toHaveText(countText(321));
    await expect.poll(() => columnValues(page, 'Address')).toEqual(addresses);

    await page.goto(withMockParams(paths.users(), { users: 321, seed: 43 }));
    await expect(userCount(page)).toHaveText(countText(321));
    await expect.poll(() => columnValues(page, 'Address')).not.toEqual(addresses);
  });
});
