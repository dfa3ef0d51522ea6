import { z } from 'zod';
import { backendUrlSchema, type BackendConfig, type saveBackendConfig } from '../../../lib/backend-config.ts';

export const backendModes = ['mock', 'remote'] as const;
const APP_TOKEN_MAX = 1024;

/**
 * The backend choice as the form holds it. URL and token only matter for "Remote"; a token already
 * saved may be kept by leaving the field empty (it is never shown again).
 */
export function createBackendFormSchema(hasSavedToken: boolean) {
  return z
    .object({
      mode: z.enum(backendModes),
      url: z.string(),
      appToken: z.string().max(APP_TOKEN_MAX, `App token must be at most ${APP_TOKEN_MAX} characters`),
      remember: z.boolean(),
    })
    .superRefine((values, ctx) => {
      if (values.mode !== 'remote') return;
      const url = backendUrlSchema.safeParse(values.url);
      if (!url.success) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: url.error.issues[0]?.message ?? 'Backend URL is not valid' });
      }
      if (!values.appToken.trim() && !hasSavedToken) {
        ctx.addIssue({ code: 'custom', path: ['appToken'], message: 'App token is required for a remote backend' });
      }
    });
}

export type BackendFormValues = z.input<ReturnType<typeof createBackendFormSchema>>;

export function toBackendFormValues(config: BackendConfig, savedUrl: string): BackendFormValues {
  return {
    mode: config.mode,
    url: config.mode === 'remote' ? config.url : savedUrl,
    appToken: '',
    remember: config.mode === 'remote' ? config.remember : false,
  };
}

export function toBackendChoice(values: BackendFormValues): Parameters<typeof saveBackendConfig>[0] {
  if (values.mode === 'mock') return { mode: 'mock' };
  const token = values.appToken.trim();
  return { mode: 'remote', url: values.url.trim(), appToken: token || undefined, remember: values.remember };
}
