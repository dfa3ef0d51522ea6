import type { OpAnswer, OpRequestParsed, Platform, TokenInfo } from '../../src/contract/index.ts';
import type { TokenRecord } from '../db/token-registry.ts';
import { deviceWords, diffFields, isoTime, tokenField } from './audit.ts';
import type { OpContext } from './op-context.ts';
import { OpError } from './op-error.ts';

type Answer<Op extends 'tokensget' | 'tokeninspect'> = Omit<OpAnswer<Op>, 'op' | 'result' | 'id'>;

const PLATFORM_NAMES: Record<Platform, string> = {
  android: 'Android', ios: 'iOS', javascript: 'JavaScript', python: 'Python', cpp: 'C++',
};

export function maskToken(token: string): string {
  return token.length <= 12 ? '••••' : `${token.slice(0, 6)}…${token.slice(-4)}`;
}

export function tokenInfo(record: TokenRecord): TokenInfo {
  const { token, uid: _uid, ...rest } = record;
  return { ...rest, masked: maskToken(token) };
}

/** Every token the user holds, one per device, the strings masked. */
export function tokensget(context: OpContext, request: OpRequestParsed<'tokensget'>): Answer<'tokensget'> {
  const { db } = context;
  if (!db.users.has(request.user.uid)) throw new OpError('NOT_FOUND', `No user has uid ${request.user.uid}`, 'user.uid');
  const tokens = db.tokensOf(request.user.uid).sort((a, b) => a.device.localeCompare(b.device));
  return { tokens: tokens.map(tokenInfo) };
}

/**
 * Whose token this is and what it allows; with `login`, whether that app would be let in and every reason
 * why not. `login.record` simulates the login: it stamps the time and applies auto-refresh.
 */
export function tokeninspect(context: OpContext, request: OpRequestParsed<'tokeninspect'>): Answer<'tokeninspect'> {
  const { db, now } = context;
  const record = db.findToken(request.accessToken.trim());
  const holder = record ? db.users.get(record.uid) : undefined;
  if (!record || !holder) {
    return { token: null, ...(request.login ? { login: { allowed: false, reasons: ['No such token: it was never issued, or it was revoked.'] } } : {}) };
  }
  let login: { allowed: boolean; reasons: string[] } | undefined;
  if (request.login) {
    const reasons = refusalReasons(record, request.login, now);
    if (!holder.active) reasons.push('The user is deactivated.');
    login = { allowed: reasons.length === 0, reasons };
    if (login.allowed && request.login.record) {
      // Read before recording: for an issued token `record` is the stored object itself.
      const before = loginFacts(record);
      db.recordLogin(record, now);
      context.audit?.({
        uid: holder.uid,
        address: holder.address,
        summary: `login recorded on ${PLATFORM_NAMES[request.login.platform]} with the token of ${deviceWords(record.device)}`,
        changes: diffFields(before, loginFacts(db.findToken(record.token) ?? record)),
      });
    }
  }
  return {
    token: { ...tokenInfo(record), uid: holder.uid, address: holder.address, ...(holder.profile.name ? { name: holder.profile.name } : {}) },
    ...(login ? { login } : {}),
  };
}

/** What a recorded login changes: the last login, and the expiry when auto-refresh moves it. */
function loginFacts(record: TokenRecord): Record<string, unknown> {
  const field = tokenField(record.device);
  return { [`${field}.lastLogin`]: isoTime(record.lastLoginAt), [`${field}.expires`]: isoTime(record.expiresAt) };
}

/** mesibo's restriction rules, each failure as a sentence support can read out. */
export function refusalReasons(
  record: TokenRecord,
  login: { platform: Platform; appid?: string | undefined; url?: string | undefined },
  now: number,
): string[] {
  const reasons: string[] = [];
  if (record.expiresAt <= now) reasons.push(`The token expired on ${new Date(record.expiresAt).toISOString().slice(0, 10)}.`);
  if (!record.platforms.includes(login.platform)) {
    reasons.push(
      `The token is valid only on ${record.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ')}, not on ${PLATFORM_NAMES[login.platform]}.`,
    );
  }
  const expectedAppId =
    login.platform === 'android' ? (record.package ?? record.appid) : login.platform === 'ios' ? (record.bundle ?? record.appid) : record.appid;
  if (expectedAppId && login.appid !== undefined && login.appid !== expectedAppId) {
    reasons.push(`The app identifies as ${login.appid || '(nothing)'}, but the token is for ${expectedAppId}.`);
  }
  if (login.platform === 'javascript' && record.url) {
    if (!login.url || !login.url.toLowerCase().startsWith(record.url.toLowerCase())) {
      reasons.push(`The page must be under ${record.url} (compared case-insensitively); it is ${login.url || 'not given'}.`);
    }
  }
  return reasons;
}
