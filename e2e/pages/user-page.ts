import type { Page } from '@playwright/test';

/** The user page's heading: the user's name (or address when there is none). */
export const userHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1, exact: true });

/** The uid a user page's URL (`/users/<uid>`) is about. */
export function uidFromUrl(url: string): number {
  const match = /\/users\/(\d+)(?:[?#]|$)/.exec(new URL(url, 'http://relative.invalid').href);
  if (!match) throw new Error(`not a user page URL: ${url}`);
  return Number(match[1]);
}
