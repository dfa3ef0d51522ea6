import { z } from 'zod';
import { appSettingsSchema, appVisibilitySchema, customFieldDefinitionSchema } from './app.ts';
import { addressSchema, uidSchema } from './common.ts';
import { contactEntrySchema, contactParamsSchema } from './contact.ts';
import { errorDetailSchema } from './errors.ts';
import { permissionsParamsSchema } from './permissions.ts';
import { profileParamsSchema, PROFILE_LIMITS } from './profile.ts';
import { platformSchema, TOKEN_MAX_LENGTH, tokenInfoSchema, tokenParamsSchema, tokenStates } from './token.ts';
import { presenceCountsSchema, presenceStates, userPresenceSchema } from './presence.ts';
import { auditEntrySchema, operatorSchema } from './operators.ts';
import { userSchema } from './user.ts';

/** Every request: `op`, the application token, and an optional id echoed in the answer. */
const envelope = {
  token: z.string().min(1, 'The application token is required'),
  id: z.number().int().optional(),
};

// ---------------------------------------------------------------- useradd / userset

const userChangeFields = {
  active: z.boolean().optional(),
  /** mesibo accepts the name at the top of `user` too; it means `profile.name`. */
  name: z.string().max(PROFILE_LIMITS.name, `Name must be at most ${PROFILE_LIMITS.name} characters`).optional(),
  token: tokenParamsSchema.optional(),
  permissions: permissionsParamsSchema.optional(),
  profile: profileParamsSchema.optional(),
  contact: contactParamsSchema.optional(),
  /** Extension: the version the caller read; a stale one is refused with CONFLICT. */
  version: z.number().int().nonnegative().optional(),
};

export const useraddRequestSchema = z.object({
  op: z.literal('useradd'),
  ...envelope,
  user: z.object({ address: addressSchema, ...userChangeFields }),
});

export const usersetRequestSchema = z.object({
  op: z.literal('userset'),
  ...envelope,
  user: z
    .object({ uid: uidSchema.optional(), address: addressSchema.optional(), ...userChangeFields })
    .refine((user) => user.uid !== undefined || user.address !== undefined, {
      message: 'Give the user’s uid or address',
      path: ['uid'],
    }),
});

const userChangeAnswer = z.object({
  uid: uidSchema,
  address: z.string(),
  /** Present when a token was generated. */
  token: z.string().max(TOKEN_MAX_LENGTH).optional(),
  version: z.number().int().optional(),
});

// ---------------------------------------------------------------- userdel

export const userdelRequestSchema = z.object({
  op: z.literal('userdel'),
  ...envelope,
  user: z
    .object({ uid: uidSchema.optional(), address: addressSchema.optional(), linked: z.boolean().default(false) })
    .refine((user) => (user.uid === undefined) !== (user.address === undefined), {
      message: 'Give either uid or address, not both',
      path: ['uid'],
    }),
});

// ---------------------------------------------------------------- usersget

export const USERSGET_MAX_COUNT = 1000;
export const SEARCH_MAX_LENGTH = 128;
/**
 * `lastSeen` descending is the "recently active" view, `updatedAt` descending the "recently changed" one
 * (both extensions, like every sort: a backend lists the ones it implements in its capabilities).
 */
export const sortFields = ['name', 'address', 'uid', 'lastSeen', 'updatedAt'] as const;
export type SortField = (typeof sortFields)[number];
export const sortOrders = ['asc', 'desc'] as const;
export type SortOrder = (typeof sortOrders)[number];

export const usersFilterSchema = z.object({
  active: z.boolean().optional(),
  /** Users holding an unexpired token usable on this platform. */
  platform: platformSchema.optional(),
  /** `none`: no unexpired token; `expiringSoon`: an unexpired token expiring within seven days. */
  token: z.enum(tokenStates).optional(),
  /** The users linked to this parent (multi-device), by uid; not combined with search or the other filters. */
  parent: uidSchema.optional(),
  /** `online` now, `seen24h`: online or seen in the last day, `dormant30d`: not seen for 30 days. */
  presence: z.enum(presenceStates).optional(),
});
export type UsersFilter = z.infer<typeof usersFilterSchema>;

export const usersgetRequestSchema = z.object({
  op: z.literal('usersget'),
  ...envelope,
  count: z.number().int().min(1).max(USERSGET_MAX_COUNT, `count must be at most ${USERSGET_MAX_COUNT}`).default(20),
  /** mesibo: by uid, or by address where `*` matches any run of characters. */
  user: z
    .object({ uid: uidSchema.optional(), address: z.string().min(1).max(128).optional() })
    .refine((user) => !(user.uid !== undefined && user.address !== undefined), {
      message: 'Give either uid or address, not both',
      path: ['uid'],
    })
    .optional(),
  /** Extension: free text over address (with `*`), name, uniqueId and email. */
  search: z.string().max(SEARCH_MAX_LENGTH, `Search must be at most ${SEARCH_MAX_LENGTH} characters`).optional(),
  /** Extension: filters. */
  filter: usersFilterSchema.optional(),
  /** Extension: sort; ties are broken by uid. */
  sort: z.object({ by: z.enum(sortFields), order: z.enum(sortOrders).default('asc') }).optional(),
  /** Extension: an opaque cursor from a previous answer's `next` or `prev`. */
  cursor: z.string().max(512).optional(),
});
export type UsersgetRequest = z.input<typeof usersgetRequestSchema>;

// ---------------------------------------------------------------- capabilities (extension)

export const capabilitiesSchema = z.object({
  /** Protocol extensions this backend implements, by name (see docs/api.md). */
  version: z.string(),
  usersget: z.object({
    cursor: z.boolean(),
    search: z.boolean(),
    sort: z.array(z.enum(sortFields)),
    filters: z.array(z.string()),
    maxCount: z.number().int().positive(),
  }),
  conflictDetection: z.boolean(),
  /** Ops beyond mesibo's four that this backend answers. */
  extensionOps: z.array(z.string()).default([]),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;

export const capabilitiesRequestSchema = z.object({ op: z.literal('capabilities'), ...envelope });

// ---------------------------------------------------------------- app settings (extension)

export const appgetRequestSchema = z.object({ op: z.literal('appget'), ...envelope });

/** Defines, changes or removes one custom field, and/or sets the visibility default. */
export const appsetRequestSchema = z.object({
  op: z.literal('appset'),
  ...envelope,
  app: z
    .object({
      customField: customFieldDefinitionSchema.extend({ remove: z.boolean().default(false) }).optional(),
      defaultVisibility: appVisibilitySchema.optional(),
    })
    .refine((app) => app.customField !== undefined || app.defaultVisibility !== undefined, {
      message: 'Give a custom field or a default visibility to change',
      path: ['customField'],
    }),
});

const appAnswer = {
  app: appSettingsSchema,
  /** How many users hold a value for each defined custom key. */
  customFieldUsage: z.record(z.string(), z.number().int().nonnegative()),
};

// ---------------------------------------------------------------- contacts (extension)

export const contactsgetRequestSchema = z.object({
  op: z.literal('contactsget'),
  ...envelope,
  user: z.object({ uid: uidSchema }),
  /** Instead of the user's contacts: the users who have this user as a contact, with their flags. */
  reverse: z.boolean().default(false),
});

// ---------------------------------------------------------------- tokens (extension)

export const tokensgetRequestSchema = z.object({ op: z.literal('tokensget'), ...envelope, user: z.object({ uid: uidSchema }) });

/** Whose token is this and what does it allow: for support's "why can't this app log in?". */
export const tokeninspectRequestSchema = z.object({
  op: z.literal('tokeninspect'),
  ...envelope,
  accessToken: z.string().min(1, 'Paste a token').max(TOKEN_MAX_LENGTH, `A token has at most ${TOKEN_MAX_LENGTH} characters`),
  /** Optionally, an app that tries to log in with it: the answer says whether it would be let in, and why not. */
  login: z
    .object({
      platform: platformSchema,
      appid: z.string().max(128).optional(),
      url: z.string().max(256).optional(),
      /** Mock only: really log in, so auto-refresh extends the expiry as a login would. */
      record: z.boolean().default(false),
    })
    .optional(),
});

const inspectedTokenSchema = tokenInfoSchema.extend({
  uid: uidSchema,
  address: z.string(),
  name: z.string().optional(),
});

// ---------------------------------------------------------------- presence (extension)

export const PRESENCE_MAX_UIDS = 1000;

export const presencegetRequestSchema = z.object({
  op: z.literal('presenceget'),
  ...envelope,
  /** Presence of these users (at most 1000); without it only the counts. */
  uids: z.array(uidSchema).max(PRESENCE_MAX_UIDS, `At most ${PRESENCE_MAX_UIDS} users at a time`).optional(),
  /** Include each user's recent ended sessions. */
  history: z.boolean().default(false),
});

/** Mock control for QA: force a user online (on a platform and device) or offline. */
export const presencesetRequestSchema = z.object({
  op: z.literal('presenceset'),
  ...envelope,
  user: z.object({ uid: uidSchema }),
  online: z.boolean(),
  platform: platformSchema.default('android'),
  device: z.string().max(64).default('phone'),
});

// ---------------------------------------------------------------- operators and audit (extension)

/** Who the app token belongs to (the console shows it and disables what the role cannot do). */
export const whoamiRequestSchema = z.object({ op: z.literal('whoami'), ...envelope });

export const AUDIT_MAX_COUNT = 200;

/** The audit log, newest first; `before` is the id to continue below (from `next`). */
export const auditgetRequestSchema = z.object({
  op: z.literal('auditget'),
  ...envelope,
  count: z.number().int().min(1).max(AUDIT_MAX_COUNT).default(50),
  before: z.number().int().positive().optional(),
  filter: z
    .object({
      operator: z.string().max(64).optional(),
      uid: uidSchema.optional(),
      op: z.string().max(32).optional(),
      from: z.number().optional(),
      to: z.number().optional(),
    })
    .optional(),
});

// ---------------------------------------------------------------- the op table

/** Every answer shares this envelope; `result: false` carries an error. */
const success = <Op extends string, Shape extends z.ZodRawShape>(op: Op, shape: Shape) =>
  z.object({ op: z.literal(op), result: z.literal(true), id: z.number().int().optional(), ...shape });

export const failureAnswerSchema = z.object({
  op: z.string().optional(),
  result: z.literal(false),
  id: z.number().int().optional(),
  error: errorDetailSchema,
});
export type FailureAnswer = z.infer<typeof failureAnswerSchema>;

export const operations = {
  useradd: { request: useraddRequestSchema, answer: success('useradd', { user: userChangeAnswer }) },
  userset: { request: usersetRequestSchema, answer: success('userset', { user: userChangeAnswer }) },
  userdel: {
    request: userdelRequestSchema,
    answer: success('userdel', {
      user: z.object({ uid: uidSchema }),
      /** Extension: every uid deleted, the linked users included. */
      deleted: z.array(uidSchema).optional(),
    }),
  },
  usersget: {
    request: usersgetRequestSchema,
    answer: success('usersget', {
      users: z.array(userSchema),
      /** Extensions: matching total, the 0-based position of the first user, and page cursors. */
      total: z.number().int().nonnegative().optional(),
      offset: z.number().int().nonnegative().optional(),
      next: z.string().nullable().optional(),
      prev: z.string().nullable().optional(),
    }),
  },
  capabilities: {
    request: capabilitiesRequestSchema,
    answer: success('capabilities', { capabilities: capabilitiesSchema }),
  },
  appget: { request: appgetRequestSchema, answer: success('appget', appAnswer) },
  appset: { request: appsetRequestSchema, answer: success('appset', appAnswer) },
  contactsget: {
    request: contactsgetRequestSchema,
    answer: success('contactsget', { contacts: z.array(contactEntrySchema) }),
  },
  presenceget: {
    request: presencegetRequestSchema,
    answer: success('presenceget', {
      counts: presenceCountsSchema,
      users: z.array(userPresenceSchema),
      /** Online count sampled every 10 seconds over the last 15 minutes, oldest first. */
      timeline: z.array(z.object({ at: z.number(), online: z.number().int().nonnegative() })),
      /** Whether the backend pushes changes on the presence WebSocket (else: poll this op). */
      stream: z.boolean(),
    }),
  },
  presenceset: { request: presencesetRequestSchema, answer: success('presenceset', { presence: userPresenceSchema }) },
  whoami: { request: whoamiRequestSchema, answer: success('whoami', { operator: operatorSchema }) },
  auditget: {
    request: auditgetRequestSchema,
    answer: success('auditget', {
      entries: z.array(auditEntrySchema),
      total: z.number().int().nonnegative(),
      /** The `before` value for the next (older) page, or null at the end. */
      next: z.number().int().positive().nullable(),
    }),
  },
  tokensget: { request: tokensgetRequestSchema, answer: success('tokensget', { tokens: z.array(tokenInfoSchema) }) },
  tokeninspect: {
    request: tokeninspectRequestSchema,
    answer: success('tokeninspect', {
      /** null: no such token (never issued, or revoked). */
      token: inspectedTokenSchema.nullable(),
      login: z.object({ allowed: z.boolean(), reasons: z.array(z.string()) }).optional(),
    }),
  },
} as const;

export type OpName = keyof typeof operations;
export const opNames = Object.keys(operations) as OpName[];
export type OpRequest<Op extends OpName> = z.input<(typeof operations)[Op]['request']>;
export type OpRequestParsed<Op extends OpName> = z.output<(typeof operations)[Op]['request']>;
export type OpAnswer<Op extends OpName> = z.output<(typeof operations)[Op]['answer']>;
/** What a caller passes: the request without the envelope the adapter adds. */
export type OpParams<Op extends OpName> = Omit<OpRequest<Op>, 'op' | 'token' | 'id'>;

export const anyRequestSchema = z.discriminatedUnion('op', [
  useraddRequestSchema,
  usersetRequestSchema,
  userdelRequestSchema,
  usersgetRequestSchema,
  capabilitiesRequestSchema,
  appgetRequestSchema,
  appsetRequestSchema,
  contactsgetRequestSchema,
  tokensgetRequestSchema,
  tokeninspectRequestSchema,
  presencegetRequestSchema,
  presencesetRequestSchema,
  whoamiRequestSchema,
  auditgetRequestSchema,
]);
export type AnyRequest = z.output<typeof anyRequestSchema>;

export function isOpName(value: unknown): value is OpName {
  return typeof value === 'string' && Object.hasOwn(operations, value);
}
