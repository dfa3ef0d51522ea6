import type { Page } from '@playwright/test';

export type NavTarget = 'Users' | 'Dashboard' | 'Settings';

export function navLink(page: Page, name: NavTarget) {
  return page.getByRole('navigation').getByRole('link', { name, exact: true });
}

/** Moves within the single-page app the way a person does: through the navigation. */
export async function navigateTo(page: Page, name: NavTarget): Promise<void> {
  await navLink(page, name).click();
}

/** The page's main heading. */
export function mainHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}
