import { z } from 'zod';
import { appTokenSchema, checkRemoteCredentials, type BackendConfig, type saveBackendConfig } from '../../../lib/backend-config.ts';

export const backendModes = ['mock', 'remote'] as const;

/**
 * The backend choice as the form holds it. URL and token only matter for "Remote"; a token already
 * saved may be kept by leaving the field empty (it is never shown again).
 */
export function createBackendFormSchema(hasSavedToken: boolean) {
  return z
    .object({
      mode: z.enum(backendModes),
      url: z.string(),
      appToken: appTokenSchema,
      remember: z.boolean(),
    })
    .superRefine((values, ctx) => {
      if (values.mode === 'remote') checkRemoteCredentials(values, ctx, hasSavedToken);
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
