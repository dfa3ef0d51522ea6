import { effectivePlatforms, type Platform } from '../../src/contract/index.ts';

/** One issued access token: mesibo keeps one per (user, device). */
export interface TokenRecord {
  token: string;
  uid: number;
  device: string;
  appid: string | null;
  platforms: Platform[];
  /** True when no platform was named: valid everywhere. */
  allPlatforms: boolean;
  url: string | null;
  package: string | null;
  bundle: string | null;
  v2: boolean;
  expiresAt: number;
  autorefreshMinutes: number;
  linkedTo: number | null;
  createdAt: number;
  /** The last (simulated) login with this token. */
  lastLoginAt: number | null;
}

export interface IssueParams {
  appid?: string | undefined;
  expiry: number;
  autorefresh: number;
  device?: string | undefined;
  v2: boolean;
  android?: boolean | undefined;
  ios?: boolean | undefined;
  javascript?: boolean | undefined;
  python?: boolean | undefined;
  cpp?: boolean | undefined;
  url?: string | undefined;
  package?: string | undefined;
  bundle?: string | undefined;
}

/** The default device of tokens issued without one. */
export const DEFAULT_DEVICE = '';

/**
 * Tokens by user and device, and by token string for lookups. A generated user's tokens are derived
 * from the seed until something changes them; from then on the user is `managed` here, even with no
 * token left, so revoked generated tokens never come back.
 */
export class TokenRegistry {
  private readonly byUid = new Map<number, Map<string, TokenRecord>>();
  private readonly byToken = new Map<string, TokenRecord>();
  private readonly managed = new Set<number>();

  manages(uid: number): boolean {
    return this.managed.has(uid);
  }

  /** Takes over a user's token set (its generated tokens, for a generated user). */
  adopt(uid: number, tokens: TokenRecord[]): void {
    if (this.managed.has(uid)) return;
    this.managed.add(uid);
    this.restore(tokens);
  }

  managedUids(): number[] {
    return [...this.managed];
  }

  issue(uid: number, params: IssueParams, linkedTo: number | null, now: number): TokenRecord {
    const device = params.device ?? DEFAULT_DEVICE;
    const explicit = [params.android, params.ios, params.javascript, params.python, params.cpp].some(Boolean) ||
      Boolean(params.package || params.bundle);
    const record: TokenRecord = {
      token: newTokenString(params.v2),
      uid,
      device,
      appid: params.appid ?? null,
      platforms: effectivePlatforms(params),
      allPlatforms: !explicit,
      url: params.url ?? null,
      package: params.package ?? null,
      bundle: params.bundle ?? null,
      v2: params.v2,
      expiresAt: now + params.expiry * 60_000,
      autorefreshMinutes: params.autorefresh,
      linkedTo,
      createdAt: now,
      lastLoginAt: null,
    };
    this.revoke(uid, device);
    this.managed.add(uid);
    let devices = this.byUid.get(uid);
    if (!devices) {
      devices = new Map();
      this.byUid.set(uid, devices);
    }
    devices.set(device, record);
    this.byToken.set(record.token, record);
    return record;
  }

  /** Revokes the token of one device, or every token of the user when `device` is undefined. */
  revoke(uid: number, device?: string): number {
    this.managed.add(uid);
    const devices = this.byUid.get(uid);
    if (!devices) return 0;
    const doomed = device === undefined ? [...devices.values()] : [devices.get(device)].filter((record) => record !== undefined);
    for (const record of doomed) {
      devices.delete(record.device);
      this.byToken.delete(record.token);
    }
    if (devices.size === 0) this.byUid.delete(uid);
    return doomed.length;
  }

  tokensOf(uid: number): TokenRecord[] {
    return [...(this.byUid.get(uid)?.values() ?? [])];
  }

  find(token: string): TokenRecord | undefined {
    return this.byToken.get(token);
  }

  all(): TokenRecord[] {
    return [...this.byToken.values()];
  }

  restore(records: TokenRecord[], managed: number[] = []): void {
    for (const uid of managed) this.managed.add(uid);
    for (const record of records) {
      this.managed.add(record.uid);
      let devices = this.byUid.get(record.uid);
      if (!devices) {
        devices = new Map();
        this.byUid.set(record.uid, devices);
      }
      devices.set(record.device, record);
      this.byToken.set(record.token, record);
    }
  }
}

/** Random, URL-safe, well under mesibo's 256-character limit. */
function newTokenString(v2: boolean): string {
  const bytes = crypto.getRandomValues(new Uint8Array(v2 ? 40 : 24));
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return v2 ? `v2.${hex}` : hex;
}
