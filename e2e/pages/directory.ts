import { expect, type Page } from '@playwright/test';

/** Column headers the QA contract promises (PRODUCT.md §5); the table may have more. */
export const DIRECTORY_COLUMNS = ['Address', 'Name', 'Presence', 'Last seen'] as const;
/** The promised columns and the others the directory shows as built ("Last changed": in the "Recently changed" view). */
export type DirectoryColumn = (typeof DIRECTORY_COLUMNS)[number] | 'Status' | 'Active' | 'Last changed';
export type ActivityFilter = 'All' | 'Active' | 'Inactive';
export type SortDirection = 'ascending' | 'descending';

export const usersHeading = (page: Page) => page.getByRole('heading', { name: 'Users', level: 1 });
export const usersTable = (page: Page) => page.getByRole('table', { name: 'Users' });
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search users' });
export const clearSearchButton = (page: Page) => page.getByRole('button', { name: 'Clear search' });
export const activityFilter = (page: Page, filter: ActivityFilter) =>
  page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: filter, exact: true });
/**
 * Picks a filter the way a person does and waits until it is the checked one. (Not `check()`: the radio
 * follows the URL, so it turns checked once the navigation it starts commits, not on the click itself.)
 */
export async function chooseActivityFilter(page: Page, filter: ActivityFilter): Promise<void> {
  await activityFilter(page, filter).click();
  await expect(activityFilter(page, filter)).toBeChecked();
}

/** The preset that sorts by last change, newest first (`aria-pressed` while on). */
export const recentlyChangedButton = (page: Page) => page.getByRole('button', { name: 'Recently changed', exact: true });

export const nextPageButton = (page: Page) => page.getByRole('button', { name: 'Next page' });
export const previousPageButton = (page: Page) => page.getByRole('button', { name: 'Previous page' });
export const columnHeader = (page: Page, column: DirectoryColumn) =>
  usersTable(page).getByRole('columnheader', { name: column, exact: true });
export const sortButton = (page: Page, column: DirectoryColumn) =>
  columnHeader(page, column).getByRole('button', { name: column, exact: true });

/** A failed load: an alert with a way to try again. */
export const loadError = (page: Page) => page.getByRole('alert');
export const retryButton = (page: Page) => page.getByRole('button', { name: 'Retry' });

/** The total matching count, shown as text like "1,000 users". */
export const userCount = (page: Page) => page.getByText(/^\s*\d[\d,]* users?\s*$/);

/** "1,000 users" for 1000: the count text the directory shows. */
export function countText(total: number): string {
  return `${total.toLocaleString('en-US')} ${total === 1 ? 'user' : 'users'}`;
}

export async function readUserCount(page: Page): Promise<number> {
  const text = (await userCount(page).innerText()).trim();
  return Number(text.replace(/[^\d]/g, ''));
}

/** Rows of users (each links to its user); header, skeleton and empty-state rows have no link. */
export const userRows = (page: Page) =>
  usersTable(page).getByRole('row').filter({ has: page.getByRole('link') });

/** Waits for the directory to show its heading, the table and at least one user. */
export async function expectDirectoryLoaded(page: Page): Promise<void> {
  await expect(usersHeading(page)).toBeVisible();
  await expect(usersTable(page)).toBeVisible();
  await expect(userRows(page).first()).toBeVisible();
  await expect(userCount(page)).toBeVisible();
}

async function columnIndex(page: Page, column: DirectoryColumn): Promise<number> {
  const headers = (await usersTable(page).getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  // Sort indicators (arrows) may follow the name.
  const index = headers.findIndex((text) => text === column || text.startsWith(column));
  if (index < 0) throw new Error(`no column header "${column}" in [${headers.join(', ')}]`);
  return index;
}

/** The text of `column` in each user row currently shown (read in one go, so a poll sees one render). */
export async function columnValues(page: Page, column: DirectoryColumn): Promise<string[]> {
  const index = await columnIndex(page, column);
  return userRows(page).evaluateAll(
    (rows, cellIndex) =>
      rows.map((row) => {
        const cells = row.querySelectorAll<HTMLElement>(':scope > :is(td, th, [role="cell"], [role="rowheader"], [role="gridcell"])');
        return (cells[cellIndex]?.innerText ?? '').trim();
      }),
    index,
  );
}

/** Types into the search box; the directory searches after its debounce. */
export async function search(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
}

export async function sortDirection(page: Page, column: DirectoryColumn): Promise<SortDirection | 'none'> {
  const value = await columnHeader(page, column).getAttribute('aria-sort');
  return value === 'ascending' || value === 'descending' ? value : 'none';
}

/** Clicks the column's sort button and waits until its header announces the new direction. */
export async function toggleSort(page: Page, column: DirectoryColumn): Promise<SortDirection> {
  const before = await sortDirection(page, column);
  await sortButton(page, column).click();
  const expected: SortDirection = before === 'ascending' ? 'descending' : 'ascending';
  await expect(columnHeader(page, column)).toHaveAttribute('aria-sort', expected);
  return expected;
}

/** How the mock orders names: lower-cased, by code unit (ties by uid). */
export function compareNames(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isSorted(values: string[], direction: SortDirection): boolean {
  const sign = direction === 'ascending' ? 1 : -1;
  return values.every((value, i) => i === 0 || sign * compareNames(values[i - 1] as string, value) <= 0);
}
