import type { DemoOperator } from '../../../mocks/mock-settings.ts';

/**
 * Which demo operator this tab session is signed in as, against the in-browser mock. Kept in
 * sessionStorage like the app token: per tab session, gone when the browser closes. The empty string
 * means "signed out"; no entry at all (a fresh session) means the demo admin, so every direct link and
 * test opens signed in.
 */
export const DEMO_CHOICE_KEY = 'user-console.demo-operator';

/** The chosen demo operator, or null when this tab session signed out. */
export function readDemoChoice(operators: readonly DemoOperator[]): DemoOperator | null {
  const saved = safeSession(() => sessionStorage.getItem(DEMO_CHOICE_KEY));
  const admin = operators.find((operator) => operator.role === 'admin') ?? operators[0] ?? null;
  if (saved === null || saved === undefined) return admin;
  if (saved === '') return null;
  // A token no longer in the list (an older build's) falls back to the default, not to signed out.
  return operators.find((operator) => operator.token === saved) ?? admin;
}

/** Remembers the choice for this tab session; null signs out. */
export function saveDemoChoice(token: string | null): void {
  safeSession(() => sessionStorage.setItem(DEMO_CHOICE_KEY, token ?? ''));
}

// Storage access throws in some privacy modes; the choice then lasts until the page reloads.
function safeSession<T>(access: () => T): T | undefined {
  try {
    return access();
  } catch {
    return undefined;
  }
}
