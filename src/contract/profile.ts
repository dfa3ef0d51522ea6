import { z } from 'zod';
import { httpUrl } from './common.ts';

/**
 * The user profile: mesibo's fields plus the extended fields of the other seeds (Tencent Cloud Chat,
 * RongCloud, MirrorFly), one field per notion, with the seeds' limits.
 */
export const PROFILE_LIMITS = {
  name: 32,
  image: 128,
  tn: 16_384,
  status: 140,
  description: 1024,
  email: 128,
  mobile: 20,
  birthday: 32,
  location: 32,
  language: 16,
  uniqueId: 32,
  customKey: 32,
  customValue: 256,
  customFields: 20,
} as const;

export const genders = ['unknown', 'female', 'male'] as const;
export const allowTypes = ['allowAny', 'needConfirm', 'denyAny'] as const;
export const adminForbidTypes = ['none', 'sendOut'] as const;
export const messageSettings = ['receive', 'doNotReceive'] as const;
export const visibilities = ['notSet', 'invisible', 'friends', 'everyone'] as const;

const tooLong = (label: string, max: number) => `${label} must be at most ${max} characters`;
const text = (label: string, max: number) => z.string().max(max, tooLong(label, max));

/** base64 thumbnail: bare base64, or a data:image URL (never data:text/html or SVG, which can script). */
const THUMBNAIL_PATTERN = /^(data:image\/(png|jpeg|webp|gif);base64,)?[A-Za-z0-9+/]*={0,2}$/;
const thumbnailSchema = z
  .string()
  .max(PROFILE_LIMITS.tn, tooLong('Thumbnail', PROFILE_LIMITS.tn))
  .regex(THUMBNAIL_PATTERN, 'Thumbnail must be base64 image data (PNG, JPEG, WebP or GIF)');

/** Whether a stored `tn` is raster image data the contract allows, for render-time checks of any backend's data. */
export function isThumbnailData(value: string): boolean {
  return value.length <= PROFILE_LIMITS.tn && THUMBNAIL_PATTERN.test(value);
}

export const customKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9]{1,32}$/, 'Custom field keys are 1–32 letters and digits');

export const customFieldsSchema = z
  .record(customKeySchema, z.string().max(PROFILE_LIMITS.customValue, tooLong('Custom field value', 256)))
  .refine(
    (fields) => Object.keys(fields).length <= PROFILE_LIMITS.customFields,
    `At most ${PROFILE_LIMITS.customFields} custom fields`,
  );

const score = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} must be between 0 and 100`)
    .max(100, `${label} must be between 0 and 100`);

/** Every profile field, each optional: a stored profile and a request's profile share this shape. */
export const profileFieldsSchema = z.object({
  name: text('Name', PROFILE_LIMITS.name),
  image: z.union([z.literal(''), httpUrl(PROFILE_LIMITS.image, 'Image URL')]),
  tn: z.union([z.literal(''), thumbnailSchema]),
  status: text('Status', PROFILE_LIMITS.status),
  description: text('Description', PROFILE_LIMITS.description),
  email: z.union([
    z.literal(''),
    z.email('Email must be a valid email address').max(PROFILE_LIMITS.email, tooLong('Email', PROFILE_LIMITS.email)),
  ]),
  mobile: z.union([
    z.literal(''),
    z.string().regex(/^\+?[0-9][0-9 ()-]{2,19}$/, 'Mobile must be a phone number like +14155550123'),
  ]),
  gender: z.enum(genders),
  birthday: text('Birthday', PROFILE_LIMITS.birthday),
  location: text('Location', PROFILE_LIMITS.location),
  language: text('Language', PROFILE_LIMITS.language),
  role: score('Role'),
  level: score('Level'),
  uniqueId: z.union([
    z.literal(''),
    z.string().regex(/^[A-Za-z0-9]{1,32}$/, 'Unique ID is 1–32 letters and digits'),
  ]),
  allowType: z.enum(allowTypes),
  messageSettings: z.enum(messageSettings),
  adminForbidType: z.enum(adminForbidTypes),
  visibility: z.enum(visibilities),
  custom: customFieldsSchema,
});
export type ProfileFields = z.infer<typeof profileFieldsSchema>;

/** A stored profile: fields that were never set are absent. */
export const profileSchema = profileFieldsSchema.partial();
export type Profile = z.infer<typeof profileSchema>;

/**
 * `user.profile` in useradd / userset. mesibo: `update: true` merges into the stored profile,
 * `false` (the default) overwrites it; `remove: true` deletes the profile.
 */
export const profileParamsSchema = profileSchema.extend({
  // In a merge an empty string removes a field; the text fields accept "" already, these need saying so.
  gender: clearable(profileFieldsSchema.shape.gender),
  role: clearable(profileFieldsSchema.shape.role),
  level: clearable(profileFieldsSchema.shape.level),
  allowType: clearable(profileFieldsSchema.shape.allowType),
  messageSettings: clearable(profileFieldsSchema.shape.messageSettings),
  adminForbidType: clearable(profileFieldsSchema.shape.adminForbidType),
  visibility: clearable(profileFieldsSchema.shape.visibility),
  update: z.boolean().default(false),
  remove: z.boolean().default(false),
});
export type ProfileParams = z.input<typeof profileParamsSchema>;
/** The fields of a parsed `user.profile` request: a value sets a field, "" removes it. */
export type ProfileChanges = Omit<z.output<typeof profileParamsSchema>, 'update' | 'remove'>;

function clearable<Schema extends z.ZodType>(schema: Schema) {
  return z.union([z.literal(''), schema]).optional();
}
