import { z } from 'zod';
import { addressSchema, auditgetRequestSchema, type OpParams } from '../../contract/index.ts';
import { parseUidParam } from '../../lib/uid-param.ts';

/** The ops whose accepted requests the log records: every op that changes data (reads are never logged). */
export const auditedOps = ['useradd', 'userset', 'userdel', 'appset', 'tokeninspect'] as const;
export type AuditedOp = (typeof auditedOps)[number];

/** The "Action" filter's choices: the op, and what it does in words. */
export const ACTION_LABELS: Readonly<Record<AuditedOp, string>> = {
  useradd: 'useradd (create a user)',
  userset: 'userset (change a user)',
  userdel: 'userdel (delete a user)',
  appset: 'appset (app settings)',
  tokeninspect: 'tokeninspect (recorded login)',
};

/** The log's filters as they live in the URL (and in the form): text, as typed; empty means "any". */
export interface AuditSearch {
  operator: string;
  /** A uid, or one exact address (resolved to the user who has it now). */
  user: string;
  action: AuditedOp | '';
  /** `datetime-local` values, in the browser's time zone. */
  from: string;
  to: string;
}

export const noAuditFilters: AuditSearch = { operator: '', user: '', action: '', from: '', to: '' };

const FIELD_NAMES: Readonly<Record<keyof AuditSearch, string>> = {
  operator: 'Operator',
  user: 'User',
  action: 'Action',
  from: 'From',
  to: 'To',
};

const filterShape = auditgetRequestSchema.shape.filter.unwrap().shape;
const OPERATOR_MAX = filterShape.operator.unwrap().maxLength ?? 64;

/** What a `datetime-local` input gives: minutes, optionally seconds, no zone. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

const localDateTime = (label: string) =>
  z
    .string()
    .regex(LOCAL_DATE_TIME, `${label} must be a date and time like 2026-06-01T09:30`)
    .refine(isRealDateTime, `${label} is not a real date and time`);

/** Date parses 2026-02-30 as March 2nd: a real date reads back the same day, month and time. */
function isRealDateTime(value: string): boolean {
  const [year = 0, month = 0, day = 0, hours = 0, minutes = 0] = value.split(/[-T:]/).map(Number);
  const date = new Date(value);
  return (
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day &&
    date.getHours() === hours && date.getMinutes() === minutes
  );
}

/** One rule per filter, shared by the URL parser and the form, so a link and a typed filter agree. */
export const auditFieldSchemas = {
  operator: z.string().trim().max(OPERATOR_MAX, `Operator must be at most ${OPERATOR_MAX} characters`),
  user: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || parseUidParam(value) !== null || addressSchema.safeParse(value).success,
      'User must be a uid (digits only) or one exact address (no * or spaces)',
    ),
  action: z.union([z.literal(''), z.enum(auditedOps)], { error: 'Action must be one of the listed actions' }),
  from: z.union([z.literal(''), localDateTime('From')]),
  to: z.union([z.literal(''), localDateTime('To')]),
} as const;

/** `from` is not after `to` (both given): otherwise no entry could match, which is surely a slip. */
export function isTimeRangeValid({ from, to }: Pick<AuditSearch, 'from' | 'to'>): boolean {
  return !from || !to || localStart(from) <= localEnd(to);
}

export const TIME_RANGE_MESSAGE = 'To must not be before From';

export const auditFiltersFormSchema = z.object(auditFieldSchemas).superRefine((values, context) => {
  if (!isTimeRangeValid(values)) context.addIssue({ code: 'custom', path: ['to'], message: TIME_RANGE_MESSAGE });
});

export interface ParsedAuditSearch {
  search: AuditSearch;
  /** One sentence per value of the link that was left out, saying why. */
  notes: string[];
}

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * Each parameter is checked on its own: a malformed one is left out with a note saying so, and the rest
 * still apply, so a hand-edited or outdated link opens the log instead of an error.
 */
export function parseAuditSearch(params: URLSearchParams): ParsedAuditSearch {
  const search: AuditSearch = { ...noAuditFilters };
  const notes: string[] = [];
  for (const key of Object.keys(noAuditFilters) as (keyof AuditSearch)[]) {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') continue;
    const parsed = auditFieldSchemas[key].safeParse(raw);
    if (parsed.success) Object.assign(search, { [key]: parsed.data });
    else notes.push(`${FIELD_NAMES[key]} “${shown(raw)}” was left out: ${parsed.error.issues[0]?.message ?? 'not valid'}.`);
  }
  if (!isTimeRangeValid(search)) {
    notes.push(`The time range was left out: To (${search.to}) is before From (${search.from}).`);
    search.from = '';
    search.to = '';
  }
  return { search, notes };
}

/** Only the filters that are set go into the URL, so the plain log is a plain link. */
export function toAuditSearchParams(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(noAuditFilters) as (keyof AuditSearch)[]) {
    const value = search[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

export const isFiltered = (search: AuditSearch) => Object.values(search).some((value) => value !== '');

/** The User filter as typed: nothing, a uid, or an address still to be looked up. */
export type UserRef = { kind: 'none' } | { kind: 'uid'; uid: number } | { kind: 'address'; address: string };

export function userRefOf(user: string): UserRef {
  if (!user) return { kind: 'none' };
  const uid = parseUidParam(user);
  return uid === null ? { kind: 'address', address: user } : { kind: 'uid', uid };
}

export type AuditFilter = NonNullable<OpParams<'auditget'>['filter']>;

// `new Date('2026-06-01T09:30')` reads a zone-less date-time as local time, as the input shows it.
const localStart = (value: string) => new Date(value).getTime();
/** "To 09:30" includes everything that happened during 09:30 (to the second when seconds are given). */
const localEnd = (value: string) => new Date(value).getTime() + (value.length > 16 ? 999 : 59_999);

/** The auditget filter for these values, once the user (if any) is known by uid. */
export function toAuditFilter(search: AuditSearch, uid: number | undefined): AuditFilter {
  const filter: AuditFilter = {};
  if (search.operator) filter.operator = search.operator;
  if (uid !== undefined) filter.uid = uid;
  if (search.action) filter.op = search.action;
  if (search.from) filter.from = localStart(search.from);
  if (search.to) filter.to = localEnd(search.to);
  return filter;
}
