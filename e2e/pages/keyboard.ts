import { expect, type Locator, type Page } from '@playwright/test';

/** Whether `target` has the keyboard focus now (a single read, for loops that press keys). */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until `target` has the focus, as a keyboard user does, and
 * answers how many presses it took. Fails when `max` presses do not get there: the control is out of
 * the tab order, or much further away than it should be.
 */
export async function tabTo(page: Page, target: Locator, { max = 40, backwards = false } = {}): Promise<number> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocus(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const landedOn = await describeFocus(page);
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()} (focus is on ${landedOn})`);
}

/** The focused element in a few words (tag, role, name or text), for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page body (focus was lost)';
    const label = element.getAttribute('aria-label') ?? (element as HTMLElement).innerText?.slice(0, 40) ?? '';
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> ${label}`.trim();
  });
}

interface FocusStop {
  /** A number the page gives each element the first time it is seen focused, to recognise a cycle. */
  id: number;
  inside: boolean;
  description: string;
}

/** Where the focus is now, relative to `container`. */
function locateFocus(container: Locator): Promise<FocusStop> {
  return container.evaluate((root) => {
    const page = window as unknown as { focusMarks?: WeakMap<Element, number>; focusMarkCount?: number };
    const marks = (page.focusMarks ??= new WeakMap());
    const element = document.activeElement;
    if (!element || element === document.body) return { id: -1, inside: false, description: 'the page body' };
    let id = marks.get(element);
    if (id === undefined) {
      id = page.focusMarkCount = (page.focusMarkCount ?? 0) + 1;
      marks.set(element, id);
    }
    const name = element.getAttribute('aria-label') ?? (element as HTMLElement).innerText?.slice(0, 30) ?? '';
    return { id, inside: root.contains(element) && element !== root, description: `<${element.tagName.toLowerCase()}> ${name}`.trim() };
  });
}

/**
 * Tab keeps the focus inside `container` (a modal dialog): from where the focus is, pressing it walks
 * through the controls and comes back without ever leaving; Shift+Tab walks the same cycle backwards.
 * Answers the number of stops in the cycle.
 */
export async function expectFocusTrapped(page: Page, container: Locator, { maxStops = 60 } = {}): Promise<number> {
  const forward = await walkCycle(page, container, 'Tab', maxStops);
  const backward = await walkCycle(page, container, 'Shift+Tab', maxStops);
  const start = forward[forward.length - 1] as number;
  expect(backward, 'Shift+Tab visits the same controls as Tab, in reverse').toEqual([...forward.slice(0, -1).reverse(), start]);
  return forward.length;
}

/** Presses `key` until the focus is back where it started; every stop must be inside `container`. */
async function walkCycle(page: Page, container: Locator, key: 'Tab' | 'Shift+Tab', maxStops: number): Promise<number[]> {
  const start = await locateFocus(container);
  expect(start.inside, `focus starts inside the dialog (it is on ${start.description})`).toBe(true);
  const visited: number[] = [];
  for (let presses = 1; presses <= maxStops; presses++) {
    await page.keyboard.press(key);
    const stop = await locateFocus(container);
    expect(stop.inside, `${key} keeps the focus inside the dialog (after ${presses} presses it is on ${stop.description})`).toBe(true);
    visited.push(stop.id);
    if (stop.id === start.id) return visited;
  }
  throw new Error(`${key} did not come back to ${start.description} within ${maxStops} presses`);
}

/**
 * Tabs through the page from the top, `stops` times, and answers each control the focus landed on
 * whose focus indicator is missing: no outline of at least 2px (the console's :focus-visible ring) and
 * no box-shadow either.
 */
export async function controlsWithoutFocusRing(page: Page, stops: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const missing: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      if (ring || style.boxShadow !== 'none') return null;
      const name = element.getAttribute('aria-label') ?? (element as HTMLElement).innerText?.slice(0, 30) ?? '';
      return `<${element.tagName.toLowerCase()}> ${name}`.trim();
    });
    if (problem) missing.push(problem);
  }
  return missing;
}
