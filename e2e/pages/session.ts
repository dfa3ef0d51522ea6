import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_OPERATORS, type DemoOperator } from '../../mocks/mock-settings.ts';
import type { OperatorRole } from '../../src/contract/index.ts';
import { MOCK_BACKEND_URL, paths } from '../../src/config/paths.ts';

/** The mock's demo operator of a role: its name ("Sam Support") and app token ("demo-support-token"). */
export function demoOperator(role: OperatorRole): DemoOperator {
  const operator = DEMO_OPERATORS.find((each) => each.role === role);
  if (!operator) throw new Error(`the mock has no demo operator with role ${role}`);
  return operator;
}

export const signInHeading = (page: Page) => page.getByRole('heading', { name: 'Sign in', level: 1 });
/** "Sign in as Sam Support" on the sign-in screen (in-browser mock). */
export const signInAsButton = (page: Page, role: OperatorRole) =>
  page.getByRole('button', { name: `Sign in as ${demoOperator(role).name}`, exact: true });
export const signOutButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true });
/** The header's "Signed in as Sam Support · support". */
export const signedInAs = (page: Page) => page.getByRole('banner').getByText(/^Signed in as /);

/** Waits until the header says this demo operator is signed in. */
export async function expectSignedInAs(page: Page, role: OperatorRole): Promise<void> {
  await expect(signedInAs(page)).toHaveText(`Signed in as ${demoOperator(role).name} · ${role}`);
}

/** "Sign out" in the header, then waits for the sign-in screen. */
export async function signOut(page: Page): Promise<void> {
  await signOutButton(page).click();
  await expect(signInHeading(page)).toBeVisible();
  await expect(signOutButton(page)).toHaveCount(0);
}

/**
 * Signs in as the mock's demo operator of `role` and comes back to the page the test was on (or the
 * directory): the way to run a test as support or viewer. Call it after `mock.open(…)`; it opens the
 * sign-in screen with the current page as `from`, so the page reloads once.
 */
export async function signInAs(page: Page, role: OperatorRole): Promise<void> {
  const current = new URL(page.url());
  const from = current.protocol.startsWith('http') && current.pathname !== paths.signIn() ? current.pathname + current.search : undefined;
  await page.goto(paths.signIn(from));
  await signInAsButton(page, role).click();
  await expectSignedInAs(page, role);
  if (from) await expect(page).toHaveURL((url) => url.pathname + url.search === from);
}

/** The answer of the in-browser mock to `body`, sent with the app token of `role`'s demo operator. */
export async function callMockAs(page: Page, role: OperatorRole, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ({ url, request }) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
      return (await response.json()) as Record<string, unknown>;
    },
    { url: MOCK_BACKEND_URL, request: { token: demoOperator(role).token, ...body } },
  );
}

/** A refused action's tooltip: shown while its button has focus, and the button's description. */
export async function expectRefusedWithReason(page: Page, button: Locator, reason: string): Promise<void> {
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(new RegExp(`${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await button.focus();
  await expect(button).toBeFocused();
  await expect(page.getByRole('tooltip').filter({ hasText: reason })).toBeVisible();
}
