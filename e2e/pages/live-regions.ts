import { expect, type Page } from '@playwright/test';

/** A message that appeared in a live region of the page. */
export interface Announcement {
  /** `status`, `alert`, `log`, or `live` for a bare aria-live. */
  role: string;
  text: string;
  /**
   * Whether the region was already in the page (empty or saying something else) when this text came.
   * Screen readers announce changes to a live region they know, not the text a region is born with;
   * role="alert" is the exception (announced when it appears).
   */
  regionExistedBefore: boolean;
}

declare global {
  interface Window {
    e2eAnnouncements?: Announcement[];
  }
}

/**
 * Starts recording every text that appears in the page's live regions, noting whether the region
 * existed before the text (see Announcement). Lasts until the page is reloaded; in-app navigation
 * keeps it.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const selector = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';
    const lastText = new WeakMap<Element, string>();
    const log: Announcement[] = (window.e2eAnnouncements = []);
    const textOf = (region: Element) => (region.textContent ?? '').replace(/\s+/g, ' ').trim();
    const scan = (record: boolean) => {
      for (const region of document.querySelectorAll(selector)) {
        const text = textOf(region);
        const before = lastText.get(region);
        lastText.set(region, text);
        if (!record || !text || text === before) continue;
        const role = region.getAttribute('role') ?? 'live';
        log.push({ role, text, regionExistedBefore: before !== undefined });
      }
    };
    scan(false);
    new MutationObserver(() => scan(true)).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

export function announcements(page: Page): Promise<Announcement[]> {
  return page.evaluate(() => window.e2eAnnouncements ?? []);
}

/**
 * Waits until a live region says `text`, and expects it said it in a way screen readers announce: in a
 * status region that existed before (or in an alert, which is announced when it appears).
 */
export async function expectAnnounced(page: Page, text: string | RegExp): Promise<void> {
  const matches = (announcement: Announcement) =>
    typeof text === 'string' ? announcement.text.includes(text) : text.test(announcement.text);
  await expect
    .poll(async () => (await announcements(page)).filter(matches), { message: `a live region says ${String(text)}` })
    .not.toEqual([]);
  const said = (await announcements(page)).filter(matches);
  for (const announcement of said) {
    expect(
      announcement.regionExistedBefore || announcement.role === 'alert',
      `“${announcement.text}” appears in a ${announcement.role} region that existed before it, so it is announced`,
    ).toBe(true);
  }
}
