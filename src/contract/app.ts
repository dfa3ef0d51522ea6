import { z } from 'zod';
import { customKeySchema, PROFILE_LIMITS, visibilities } from './profile.ts';

/**
 * App-level settings (Tencent and RongCloud): custom profile keys must be defined before users get
 * values for them, and the profile-visibility default applies to users whose visibility is `notSet`.
 */
export const appVisibilities = visibilities.filter((value) => value !== 'notSet') as ['invisible', 'friends', 'everyone'];
export const appVisibilitySchema = z.enum(appVisibilities);
export type AppVisibility = z.infer<typeof appVisibilitySchema>;

export const customFieldDefinitionSchema = z.object({
  key: customKeySchema,
  label: z.string().trim().min(1, 'Label is required').max(64, 'Label must be at most 64 characters'),
  maxLength: z
    .number({ error: 'Maximum length must be a number' })
    .int('Maximum length must be a whole number')
    .min(1, 'Maximum length must be 1–256')
    .max(PROFILE_LIMITS.customValue, 'Maximum length must be 1–256'),
});
export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>;

export const appSettingsSchema = z.object({
  customFields: z.array(customFieldDefinitionSchema).max(PROFILE_LIMITS.customFields),
  /** RongCloud's app default is invisible. */
  defaultVisibility: appVisibilitySchema,
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = { customFields: [], defaultVisibility: 'invisible' };
