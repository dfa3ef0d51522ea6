import { z } from 'zod';
import { uidSchema } from './common.ts';

/**
 * Console operators and their roles [ext]. admin: everything; support: view everything, edit profiles,
 * custom-field values and contacts (no permissions, tokens, activation, create or delete); viewer: read only.
 */
export const operatorRoles = ['admin', 'support', 'viewer'] as const;
export const operatorRoleSchema = z.enum(operatorRoles);
export type OperatorRole = z.infer<typeof operatorRoleSchema>;

export const operatorSchema = z.object({ name: z.string(), role: operatorRoleSchema });
export type Operator = z.infer<typeof operatorSchema>;

/** One field's change in an audit entry; values are JSON (absent = null). */
export const fieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: z.number(),
  operator: z.string(),
  role: operatorRoleSchema,
  op: z.string(),
  /** The user changed (absent for app-level changes). */
  uid: uidSchema.optional(),
  address: z.string().optional(),
  /** What happened in words, e.g. "created", "token issued for device phone". */
  summary: z.string(),
  changes: z.array(fieldChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
