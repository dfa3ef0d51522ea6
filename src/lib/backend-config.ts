import { z } from 'zod';
import { isHttpUrl } from '../contract/index.ts';

/**
 * Which backend the console talks to. The URL is not a secret and lives in localStorage; the app token
 * is kept for the browser session only, unless the admin ticks "Remember".
 */
export type BackendConfig =
  | { mode: 'mock' }
  | { mode: 'remote'; url: string; appToken: string; remember: boolean };

export const BACKEND_URL_MAX = 2048;

export const backendUrlSchema = z
  .string()
  .trim()
  .min(1, 'Backend URL is required')
  .max(BACKEND_URL_MAX, `Backend URL must be at most ${BACKEND_URL_MAX} characters`)
  .refine(isHttpUrl, 'Backend URL must be an http:// or https:// URL');

export const APP_TOKEN_MAX = 1024;

/** The app token as typed; empty is allowed where a saved token may be kept. */
export const appTokenSchema = z.string().max(APP_TOKEN_MAX, `App token must be at most ${APP_TOKEN_MAX} characters`);

/**
 * The rules for reaching a remote backend, for a form schema's superRefine (Settings, the sign-in
 * screen): a valid URL, and an app token unless one is saved and may be kept.
 */
export function checkRemoteCredentials(values: { url: string; appToken: string }, ctx: z.RefinementCtx, hasSavedToken: boolean): void {
  const url = backendUrlSchema.safeParse(values.url);
  if (!url.success) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: url.error.issues[0]?.message ?? 'Backend URL is not valid' });
  }
  if (!values.appToken.trim() && !hasSavedToken) {
    ctx.addIssue({ code: 'custom', path: ['appToken'], message: 'App token is required for a remote backend' });
  }
}

export const storageKeys = {
  mode: 'user-console.backend-mode',
  url: 'user-console.backend-url',
  appToken: 'user-console.app-token',
} as const;

const modeSchema = z.enum(['mock', 'remote']).catch('mock');

/** Reads the saved choice; anything missing or malformed falls back to the mock, never throws. */
export function readBackendConfig(): BackendConfig {
  const mode = modeSchema.parse(safeGet(localStorageOrNull(), storageKeys.mode));
  if (mode === 'mock') return { mode };
  const url = backendUrlSchema.safeParse(safeGet(localStorageOrNull(), storageKeys.url) ?? '');
  if (!url.success) return { mode: 'mock' };
  const remembered = safeGet(localStorageOrNull(), storageKeys.appToken);
  const sessionToken = safeGet(sessionStorageOrNull(), storageKeys.appToken);
  return {
    mode,
    url: url.data,
    appToken: remembered ?? sessionToken ?? '',
    remember: remembered !== null,
  };
}

/** The saved remote URL, also while the mock is chosen, so switching back does not lose it. */
export function readSavedBackendUrl(): string {
  return safeGet(localStorageOrNull(), storageKeys.url) ?? '';
}

export function hasSavedAppToken(): boolean {
  return (
    safeGet(localStorageOrNull(), storageKeys.appToken) !== null || safeGet(sessionStorageOrNull(), storageKeys.appToken) !== null
  );
}

/**
 * Saves the choice. `appToken: undefined` keeps the saved token (moving it between the two storages
 * when "Remember" changes); the token only ever lives in one of them.
 */
export function saveBackendConfig(
  choice: { mode: 'mock' } | { mode: 'remote'; url: string; appToken: string | undefined; remember: boolean },
): void {
  const local = localStorageOrNull();
  const session = sessionStorageOrNull();
  local?.setItem(storageKeys.mode, choice.mode);
  if (choice.mode === 'mock') return;
  local?.setItem(storageKeys.url, choice.url);
  const token = choice.appToken || safeGet(local, storageKeys.appToken) || safeGet(session, storageKeys.appToken);
  local?.removeItem(storageKeys.appToken);
  session?.removeItem(storageKeys.appToken);
  if (!token) return;
  (choice.remember ? local : session)?.setItem(storageKeys.appToken, token);
}

/** Signing out of a remote backend: the app token goes from both storages; the URL stays for next time. */
export function forgetAppToken(): void {
  for (const storage of [localStorageOrNull(), sessionStorageOrNull()]) {
    try {
      storage?.removeItem(storageKeys.appToken);
    } catch {
      // Storage that cannot be written cannot hold the token either.
    }
  }
}

function safeGet(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

// Storage access throws in some privacy modes; the console then simply forgets between visits.
function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
