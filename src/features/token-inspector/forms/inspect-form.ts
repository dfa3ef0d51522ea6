import { z } from 'zod';
import { platformSchema, tokeninspectRequestSchema, type OpParams, type Platform } from '../../../contract/index.ts';

/** The inspector's form: the pasted token, and the app that would try to log in with it. */
export interface InspectFormValues {
  accessToken: string;
  platform: Platform;
  appid: string;
  url: string;
  record: boolean;
}

export const defaultInspectValues: InspectFormValues = { accessToken: '', platform: 'android', appid: '', url: '', record: false };

const loginShape = tokeninspectRequestSchema.shape.login.unwrap().shape;
const accessTokenSchema = tokeninspectRequestSchema.shape.accessToken;

/** The contract's rules, applied to what the op will receive: the pasted text without stray whitespace. */
export const inspectFormSchema = z.object({
  accessToken: z.string().superRefine((text, ctx) => {
    const checked = accessTokenSchema.safeParse(text.trim());
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
  }),
  platform: platformSchema,
  appid: z.string().max(128, 'App ID must be at most 128 characters'),
  url: z.string().max(256, 'Page URL must be at most 256 characters'),
  record: loginShape.record.unwrap(),
});

/**
 * The tokeninspect request. The login is only sent for "Try a login"; an App ID or page URL left empty is
 * not given, so the answer says nothing about it rather than "(nothing) does not match".
 */
export function toInspectParams(values: InspectFormValues, withLogin: boolean): OpParams<'tokeninspect'> {
  const params: OpParams<'tokeninspect'> = { accessToken: values.accessToken.trim() };
  if (!withLogin) return params;
  const appid = values.appid.trim();
  const url = values.url.trim();
  params.login = {
    platform: values.platform,
    ...(appid ? { appid } : {}),
    ...(url ? { url } : {}),
    record: values.record,
  };
  return params;
}
