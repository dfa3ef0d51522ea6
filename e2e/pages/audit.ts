import { expect, type Locator, type Page } from '@playwright/test';

export type AuditFilterName = 'Operator' | 'User' | 'Action' | 'From' | 'To';
export type AuditAction = 'useradd' | 'userset' | 'userdel' | 'appset' | 'tokeninspect';

/** The "Action" filter's option for each op (the op, and what it does in words). */
export const AUDIT_ACTION_OPTIONS: Readonly<Record<AuditAction, string>> = {
  useradd: 'useradd (create a user)',
  userset: 'userset (change a user)',
  userdel: 'userdel (delete a user)',
  appset: 'appset (app settings)',
  tokeninspect: 'tokeninspect (recorded login)',
};

export const auditNavLink = (page: Page) => page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true });
export const auditHeading = (page: Page) => page.getByRole('heading', { name: 'Audit log', level: 1 });
export const auditTable = (page: Page) => page.getByRole('table', { name: 'Audit log' });
/** The History tab's table: the same columns as the log, without "User". */
export const historyTable = (page: Page) => page.getByRole('table', { name: 'History' });

/** The entries of an audit table, newest first (the header row left out). */
export const auditRows = (table: Locator) => table.getByRole('row').filter({ has: table.page().getByRole('cell') });

export const auditFilters = (page: Page) => page.getByRole('search', { name: 'Filters' });
export const auditFilter = (page: Page, name: AuditFilterName) => auditFilters(page).getByLabel(name, { exact: true });
export const applyFiltersButton = (page: Page) => page.getByRole('button', { name: 'Apply filters', exact: true });
export const clearFiltersButton = (page: Page) => page.getByRole('button', { name: 'Clear filters', exact: true });
export const loadOlderButton = (page: Page) => page.getByRole('button', { name: 'Load older', exact: true });

/** "12 changes", "1 change": the count of entries matching the filters. */
export const changeCount = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'change' : 'changes'}`;

export async function expectChangeCount(page: Page, count: number): Promise<void> {
  await expect(page.getByText(changeCount(count), { exact: true })).toBeVisible();
}

/** Sets the given filters (text, an action, datetime-local values like 2026-06-01T09:30) and applies them. */
export async function applyAuditFilters(
  page: Page,
  filters: Partial<Record<Exclude<AuditFilterName, 'Action'>, string>> & { Action?: AuditAction | 'any' },
): Promise<void> {
  for (const name of ['Operator', 'User', 'From', 'To'] as const) {
    const value = filters[name];
    if (value !== undefined) await auditFilter(page, name).fill(value);
  }
  if (filters.Action !== undefined) {
    await auditFilter(page, 'Action').selectOption({ label: filters.Action === 'any' ? 'Any action' : AUDIT_ACTION_OPTIONS[filters.Action] });
  }
  await applyFiltersButton(page).click();
}
