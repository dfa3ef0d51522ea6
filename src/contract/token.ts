import { z } from 'zod';
import { httpUrl, uidSchema } from './common.ts';

export const TOKEN_MAX_LENGTH = 256;
/** mesibo's default expiry: one year, in minutes. */
export const DEFAULT_TOKEN_EXPIRY_MINUTES = 525_600;
export const MAX_TOKEN_EXPIRY_MINUTES = 10 * DEFAULT_TOKEN_EXPIRY_MINUTES;

export const platforms = ['android', 'ios', 'javascript', 'python', 'cpp'] as const;
export type Platform = (typeof platforms)[number];
export const platformSchema = z.enum(platforms);

/**
 * appid: lower case, dot-separated, not numeric. On Android it must equal the package name, on iOS the
 * bundle ID; elsewhere it is the string passed to setAppName.
 */
export const appIdSchema = z
  .string()
  .max(128, 'App ID must be at most 128 characters')
  .regex(
    /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/,
    'App ID must be lower case, dot-separated words that start with a letter, e.g. com.example.app',
  );

const androidPackageSchema = z
  .string()
  .max(128, 'Android package must be at most 128 characters')
  .regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/, 'Android package must look like com.example.app');

const iosBundleSchema = z
  .string()
  .max(128, 'iOS bundle ID must be at most 128 characters')
  .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'iOS bundle ID must look like com.example.app');

/** The token generation parameters, as the request carries them. */
const tokenFieldsSchema = z.object({
  appid: appIdSchema.optional(),
  expiry: z
    .number()
    .int('Expiry must be whole minutes')
    .min(1, 'Expiry must be at least 1 minute')
    .max(MAX_TOKEN_EXPIRY_MINUTES, 'Expiry must be at most ten years')
    .default(DEFAULT_TOKEN_EXPIRY_MINUTES),
  autorefresh: z.number().int().min(0, 'Auto-refresh must be 0 or more minutes').default(0),
  device: z.string().max(64, 'Device must be at most 64 characters').optional(),
  /** Links the token's user to another user (multi-device): that user's uid or address. */
  linkto: z.union([uidSchema, z.string().min(1).max(64)]).optional(),
  /** Since 2025 the v2 format is mesibo's default. */
  v2: z.boolean().default(true),
  android: z.boolean().optional(),
  ios: z.boolean().optional(),
  javascript: z.boolean().optional(),
  python: z.boolean().optional(),
  cpp: z.boolean().optional(),
  url: httpUrl(256, 'URL prefix').optional(),
  package: androidPackageSchema.optional(),
  bundle: iosBundleSchema.optional(),
  /** userset only: revoke the user's token (of `device`, or all when no device is named). */
  remove: z.boolean().default(false),
});

export const tokenParamsSchema = tokenFieldsSchema.superRefine((token, ctx) => {
  if (token.remove) return;
  const restricted = token.android || token.ios || token.javascript || token.python || token.cpp;
  if (!token.v2 && (restricted || token.url || token.package || token.bundle)) {
    ctx.addIssue({ code: 'custom', path: ['v2'], message: 'Platform restrictions need the v2 token format' });
  }
  if (!token.v2 && !token.appid) {
    ctx.addIssue({ code: 'custom', path: ['appid'], message: 'App ID is required for v1 tokens' });
  }
  const platformsAllowed = effectivePlatforms(token);
  const androidNeedsAppId = platformsAllowed.includes('android') && !token.package;
  const iosNeedsAppId = platformsAllowed.includes('ios') && !token.bundle;
  if (token.v2 && !token.appid && (androidNeedsAppId || iosNeedsAppId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['appid'],
      message: 'App ID is required when the token is valid on Android or iOS (or give the package / bundle ID)',
    });
  }
});
export type TokenParams = z.input<typeof tokenParamsSchema>;

/**
 * The platforms a token is valid on: the flags given, plus Android when a package is given and iOS when
 * a bundle is given; no restriction at all means every platform.
 */
export function effectivePlatforms(token: {
  android?: boolean | undefined;
  ios?: boolean | undefined;
  javascript?: boolean | undefined;
  python?: boolean | undefined;
  cpp?: boolean | undefined;
  package?: string | undefined;
  bundle?: string | undefined;
}): Platform[] {
  const chosen = platforms.filter((platform) => token[platform] === true);
  if (token.package && !chosen.includes('android')) chosen.push('android');
  if (token.bundle && !chosen.includes('ios')) chosen.push('ios');
  return chosen.length === 0 ? [...platforms] : platforms.filter((platform) => chosen.includes(platform));
}

/** An issued token as the inventory shows it: the token itself only masked. */
export const tokenInfoSchema = z.object({
  device: z.string(),
  appid: z.string().nullable(),
  platforms: z.array(platformSchema),
  /** True when no restriction was given: valid on every platform. */
  allPlatforms: z.boolean(),
  url: z.string().nullable(),
  package: z.string().nullable(),
  bundle: z.string().nullable(),
  v2: z.boolean(),
  expiresAt: z.number(),
  autorefreshMinutes: z.number().int().nonnegative(),
  linkedTo: uidSchema.nullable(),
  createdAt: z.number(),
  lastLoginAt: z.number().nullable(),
  /** e.g. `v2.8f3a…c41e`: enough to tell tokens apart, never enough to use one. */
  masked: z.string(),
});
export type TokenInfo = z.infer<typeof tokenInfoSchema>;

/** Directory filters on tokens: users with no unexpired token, or one expiring within seven days. */
export const tokenStates = ['none', 'expiringSoon'] as const;
export type TokenState = (typeof tokenStates)[number];
export const EXPIRING_SOON_MS = 7 * 86_400_000;
