import { z } from 'zod';
import {
  DEFAULT_TOKEN_EXPIRY_MINUTES,
  platforms,
  tokenParamsSchema,
  type Platform,
  type TokenInfo,
  type TokenParams,
} from '../../../contract/index.ts';
import { describeRestriction, restrictionOfParams } from '../../../lib/token-restriction.ts';

/**
 * The "Issue token" form. Text inputs hold strings (numbers are parsed on the way out, so an empty or
 * half-typed expiry is an error, not a silent default) and the platform flags are checkboxes. The
 * resolver is the contract's `tokenParamsSchema` run on the mapped request, plus the contradictions only
 * a form can have: a flag unticked while the package or bundle that implies it is filled in.
 */
export interface IssueTokenFormValues {
  appid: string;
  expiry: string;
  autorefresh: string;
  device: string;
  /** A uid or an address; empty for no link. */
  linkto: string;
  v2: boolean;
  android: boolean;
  ios: boolean;
  javascript: boolean;
  python: boolean;
  cpp: boolean;
  url: string;
  package: string;
  bundle: string;
}

export type IssueTokenField = keyof IssueTokenFormValues;

export const defaultIssueTokenValues: IssueTokenFormValues = {
  appid: '',
  expiry: String(DEFAULT_TOKEN_EXPIRY_MINUTES),
  autorefresh: '0',
  device: '',
  linkto: '',
  v2: true,
  android: false,
  ios: false,
  javascript: false,
  python: false,
  cpp: false,
  url: '',
  package: '',
  bundle: '',
};

/**
 * Regenerating a device's token starts from what it allowed: same device, app, platforms and auto-refresh.
 * The expiry starts again at the default rather than at what is left of the old one.
 */
export function valuesForRegenerating(token: TokenInfo): IssueTokenFormValues {
  const ticked = (platform: Platform) => !token.allPlatforms && token.platforms.includes(platform);
  return {
    ...defaultIssueTokenValues,
    appid: token.appid ?? '',
    autorefresh: String(token.autorefreshMinutes),
    device: token.device,
    v2: token.v2,
    android: ticked('android'),
    ios: ticked('ios'),
    javascript: ticked('javascript'),
    python: ticked('python'),
    cpp: ticked('cpp'),
    url: token.url ?? '',
    package: token.package ?? '',
    bundle: token.bundle ?? '',
  };
}

const WHOLE_NUMBER = /^\s*\d+\s*$/;

function wholeNumber(text: string): number | undefined {
  return WHOLE_NUMBER.test(text) ? Number(text) : undefined;
}

/** A non-empty trimmed string, or undefined: an empty field means "not given" on the wire. */
function given(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The form as the `user.token` of a userset. Unticked flags and empty fields are left out. */
export function toTokenParams(values: IssueTokenFormValues): TokenParams {
  const params: TokenParams = { v2: values.v2 };
  const appid = given(values.appid);
  if (appid !== undefined) params.appid = appid;
  const expiry = wholeNumber(values.expiry);
  if (expiry !== undefined) params.expiry = expiry;
  const autorefresh = values.autorefresh.trim() === '' ? 0 : wholeNumber(values.autorefresh);
  if (autorefresh !== undefined && autorefresh > 0) params.autorefresh = autorefresh;
  // The device is kept as typed apart from surrounding spaces: it names the device, it is not validated.
  const device = given(values.device);
  if (device !== undefined) params.device = device;
  const linkto = given(values.linkto);
  if (linkto !== undefined) params.linkto = /^\d{1,15}$/.test(linkto) ? Number(linkto) : linkto;
  for (const platform of platforms) if (values[platform]) params[platform] = true;
  const url = given(values.url);
  if (url !== undefined) params.url = url;
  const pkg = given(values.package);
  if (pkg !== undefined) params.package = pkg;
  const bundle = given(values.bundle);
  if (bundle !== undefined) params.bundle = bundle;
  return params;
}

export interface Contradiction {
  field: IssueTokenField;
  message: string;
}

/**
 * What the request schema cannot see, because on the wire a package simply implies Android: in the form
 * the admin can untick Android after typing a package, and then does not get what the checkboxes say.
 */
export function contradictions(values: IssueTokenFormValues): Contradiction[] {
  const found: Contradiction[] = [];
  const anyFlag = platforms.some((platform) => values[platform]);
  if (given(values.package) && !values.android) {
    found.push({
      field: 'package',
      message: 'An Android package makes the token valid on Android, but Android is unticked: tick Android or clear the Android package',
    });
  }
  if (given(values.bundle) && !values.ios) {
    found.push({
      field: 'bundle',
      message: 'An iOS bundle ID makes the token valid on iOS, but iOS is unticked: tick iOS or clear the iOS bundle ID',
    });
  }
  if (given(values.url) && anyFlag && !values.javascript) {
    found.push({
      field: 'url',
      message: 'The URL prefix applies only in browsers, but JavaScript is unticked: tick JavaScript or clear the URL prefix',
    });
  }
  return found;
}

const FORM_FIELDS = Object.keys(defaultIssueTokenValues) as IssueTokenField[];

function formFieldOf(key: PropertyKey | undefined): IssueTokenField | undefined {
  return FORM_FIELDS.find((field) => field === key);
}

/** `user.token.appid` (a backend's field name) → `appid`. */
export function formFieldOfWirePath(wirePath: string): IssueTokenField | undefined {
  return formFieldOf(/^user\.token\.([a-z0-9]+)/i.exec(wirePath)?.[1]);
}

export const issueTokenFormSchema = z
  .object({
    appid: z.string(),
    expiry: z.string(),
    autorefresh: z.string(),
    device: z.string(),
    linkto: z.string(),
    v2: z.boolean(),
    android: z.boolean(),
    ios: z.boolean(),
    javascript: z.boolean(),
    python: z.boolean(),
    cpp: z.boolean(),
    url: z.string(),
    package: z.string(),
    bundle: z.string(),
  })
  .superRefine((values, ctx) => {
    const flagged = new Set<IssueTokenField>();
    const flag = (field: IssueTokenField, message: string) => {
      // One message per field: the first is the one to act on.
      if (flagged.has(field)) return;
      flagged.add(field);
      ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (wholeNumber(values.expiry) === undefined) flag('expiry', 'Enter the expiry in whole minutes, e.g. 525600 for a year');
    if (values.autorefresh.trim() !== '' && wholeNumber(values.autorefresh) === undefined) {
      flag('autorefresh', 'Enter the auto-refresh interval in whole minutes, or 0 for none');
    }
    for (const { field, message } of contradictions(values)) flag(field, message);
    const checked = tokenParamsSchema.safeParse(toTokenParams(values));
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = formFieldOf(issue.path[0]) ?? 'appid';
        // The contract's union (uid or address) has no message of its own worth showing.
        flag(field, field === 'linkto' ? 'Give the uid or the address of the user to link to' : issue.message);
      }
    }
  });

export type IssueSummary = { issuable: true; text: string } | { issuable: false; text: string };

/**
 * The sentence shown above "Issue": what the token will allow, or the first reason it cannot be issued
 * as it stands, so the admin sees the effect of every tick and keystroke before issuing.
 */
export function issueSummary(values: IssueTokenFormValues): IssueSummary {
  const checked = issueTokenFormSchema.safeParse(values);
  if (!checked.success) {
    return { issuable: false, text: `Cannot be issued yet: ${checked.error.issues[0]?.message ?? 'fix the marked fields'}.` };
  }
  return { issuable: true, text: describeRestriction(restrictionOfParams(toTokenParams(values))) };
}
