import { z } from 'zod';
import { paths } from '../../../config/paths.ts';
import { appTokenSchema, checkRemoteCredentials } from '../../../lib/backend-config.ts';

/**
 * Signing in to a remote backend: its URL and an app token, by the same rules as Settings. A token
 * already saved (the backend was unreachable, or refused it at start) may be tried again by leaving the
 * field empty.
 */
export function createRemoteSignInSchema(hasSavedToken: boolean) {
  return z
    .object({ url: z.string(), appToken: appTokenSchema, remember: z.boolean() })
    .superRefine((values, ctx) => checkRemoteCredentials(values, ctx, hasSavedToken));
}

export type RemoteSignInValues = z.input<ReturnType<typeof createRemoteSignInSchema>>;

/**
 * Where to go after signing in: the `from` path the sign-in screen was sent with, if it is a path of
 * this app, else `fallback`. Never another site: `//host`, and anything with a backslash or a control
 * character (browsers drop or rewrite those into `//host`), is refused.
 */
export function returnPath(from: string | null, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (!from || !from.startsWith('/') || from.startsWith('//') || /[\u0000-\u001f\u007f\\]/.test(from)) return fallback;
  const signIn = paths.signIn();
  if (from === signIn || from.startsWith(`${signIn}?`) || from.startsWith(`${signIn}#`)) return fallback;
  return from;
}
