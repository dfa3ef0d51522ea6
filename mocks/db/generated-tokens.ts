import { platforms, type Platform } from '../../src/contract/index.ts';
import { hash32, unit } from './random.ts';
import type { TokenRecord } from './token-registry.ts';

/**
 * The access tokens the generated users hold, derived from (seed, row) like every other generated field:
 * none for some users, one or two devices for others, a realistic mix of platform restrictions, a few
 * expired and a few about to expire. Token strings carry their row, scrambled, so an inspector can find
 * the holder without an index.
 */
const S = { count: 40, platforms: 41, created: 42, expiry: 43, autorefresh: 44, secret: 45 } as const;
const DAY = 86_400_000;
const DEVICES = ['phone', 'laptop'] as const;
export const GENERATED_APP_ID = 'com.example.chat';
const PLATFORM_BIT: Record<Platform, number> = { android: 1, ios: 2, javascript: 4, python: 8, cpp: 16 };
export const ALL_PLATFORMS_MASK = 31;
const ROW_MULTIPLIER = 0x5bd1e995 | 1;
const ROW_INVERSE = (() => {
  let inverse = ROW_MULTIPLIER;
  for (let step = 0; step < 5; step += 1) inverse = Math.imul(inverse, 2 - Math.imul(ROW_MULTIPLIER, inverse));
  return inverse;
})();
const NO_TOKEN = -2_147_483_648;

export function platformMask(list: readonly Platform[]): number {
  return list.reduce((mask, platform) => mask | PLATFORM_BIT[platform], 0);
}

function maskToPlatforms(mask: number): Platform[] {
  return platforms.filter((platform) => (mask & PLATFORM_BIT[platform]) !== 0);
}

/** Restriction mix: Android only, iOS only, web only, unrestricted, Android + iOS, Python + C++. */
function restrictionOf(seed: number, row: number, device: number): number {
  const draw = unit(seed, row, S.platforms + device * 10);
  if (draw < 0.3) return PLATFORM_BIT.android;
  if (draw < 0.55) return PLATFORM_BIT.ios;
  if (draw < 0.7) return PLATFORM_BIT.javascript;
  if (draw < 0.85) return 0;
  if (draw < 0.95) return PLATFORM_BIT.android | PLATFORM_BIT.ios;
  return PLATFORM_BIT.python | PLATFORM_BIT.cpp;
}

export function generatedTokenCount(seed: number, row: number): number {
  const draw = unit(seed, row, S.count);
  return draw < 0.15 ? 0 : draw < 0.8 ? 1 : 2;
}

/** Expiry of a generated token, in milliseconds: mostly a year after issue, some expired, some soon. */
function expiryOf(seed: number, row: number, device: number, epoch: number, createdAt: number): number {
  const draw = unit(seed, row, S.expiry + device * 10);
  if (draw < 0.06) return epoch - Math.floor(unit(seed, row, S.expiry + 100) * 60 * DAY) - DAY;
  if (draw < 0.1) return epoch + Math.floor(unit(seed, row, S.expiry + 200) * 7 * DAY);
  return createdAt + 365 * DAY;
}

function createdOf(seed: number, row: number, device: number, epoch: number): number {
  return epoch - Math.floor((1 + unit(seed, row, S.created + device * 10) * 299) * DAY);
}

/**
 * The platforms each generated token of `row` may be used on, one list per device, without building the
 * records (the presence simulation asks this for thousands of users at start-up).
 */
export function generatedTokenPlatforms(seed: number, row: number): readonly (readonly Platform[])[] {
  const lists: (readonly Platform[])[] = [];
  const count = generatedTokenCount(seed, row);
  for (let device = 0; device < count; device += 1) {
    const mask = restrictionOf(seed, row, device);
    lists.push(mask === 0 ? platforms : maskToPlatforms(mask));
  }
  return lists;
}

export function generatedTokens(seed: number, row: number, epoch: number): TokenRecord[] {
  const tokens: TokenRecord[] = [];
  const count = generatedTokenCount(seed, row);
  for (let device = 0; device < count; device += 1) {
    const mask = restrictionOf(seed, row, device);
    const createdAt = createdOf(seed, row, device, epoch);
    const list = maskToPlatforms(mask);
    tokens.push({
      token: generatedTokenString(seed, row, device),
      uid: row + 1,
      device: DEVICES[device] as string,
      appid: GENERATED_APP_ID,
      platforms: mask === 0 ? [...platforms] : list,
      allPlatforms: mask === 0,
      url: mask & PLATFORM_BIT.javascript ? 'https://chat.example.com/' : null,
      package: mask & PLATFORM_BIT.android ? GENERATED_APP_ID : null,
      bundle: mask & PLATFORM_BIT.ios ? GENERATED_APP_ID : null,
      v2: true,
      expiresAt: expiryOf(seed, row, device, epoch, createdAt),
      autorefreshMinutes: unit(seed, row, S.autorefresh + device * 10) < 0.2 ? 43_200 : 0,
      linkedTo: null,
      createdAt,
      lastLoginAt: null,
    });
  }
  return tokens;
}

function generatedTokenString(seed: number, row: number, device: number): string {
  const scrambled = (Math.imul(row + 1, ROW_MULTIPLIER) ^ (hash32(seed, 0, 98) & 0x7fffffff)) >>> 0;
  const secret = [0, 1, 2, 3].map((part) => hash32(seed, row, S.secret + device * 10 + part).toString(16).padStart(8, '0')).join('');
  return `v2.g${scrambled.toString(36).padStart(7, '0')}${device}.${secret}`;
}

/** The generated row a token string names, if it is one of the generated tokens of `seed`; else -1. */
export function rowOfGeneratedToken(seed: number, size: number, token: string): number {
  const match = /^v2\.g([0-9a-z]{7})([01])\./.exec(token);
  if (!match) return -1;
  const scrambled = Number.parseInt(match[1] as string, 36);
  const uid = Math.imul((scrambled ^ (hash32(seed, 0, 98) & 0x7fffffff)) >>> 0, ROW_INVERSE) >>> 0;
  const row = uid - 1;
  if (row < 0 || row >= size) return -1;
  const device = Number(match[2]);
  return device < generatedTokenCount(seed, row) && generatedTokenString(seed, row, device) === token ? row : -1;
}

/**
 * Per row and device, what the directory's token filters need: expiry (seconds from the epoch; NO_TOKEN
 * where there is none) and the platform mask. Built on first use: a few tens of milliseconds per million.
 */
export class GeneratedTokenFacts {
  readonly expirySeconds: Int32Array;
  readonly masks: Uint8Array;

  constructor(seed: number, size: number, epoch: number) {
    this.expirySeconds = new Int32Array(size * 2).fill(NO_TOKEN);
    this.masks = new Uint8Array(size * 2);
    for (let row = 0; row < size; row += 1) {
      const count = generatedTokenCount(seed, row);
      for (let device = 0; device < count; device += 1) {
        const createdAt = createdOf(seed, row, device, epoch);
        this.expirySeconds[row * 2 + device] = Math.floor((expiryOf(seed, row, device, epoch, createdAt) - epoch) / 1000);
        const mask = restrictionOf(seed, row, device);
        this.masks[row * 2 + device] = mask === 0 ? ALL_PLATFORMS_MASK : mask;
      }
    }
  }

  /** Each device slot of a row: its expiry (ms) and platform mask, or undefined when the slot is empty. */
  slot(row: number, device: number, epoch: number): { expiresAt: number; mask: number } | undefined {
    const seconds = this.expirySeconds[row * 2 + device] as number;
    if (seconds === NO_TOKEN) return undefined;
    return { expiresAt: epoch + seconds * 1000, mask: this.masks[row * 2 + device] as number };
  }
}
