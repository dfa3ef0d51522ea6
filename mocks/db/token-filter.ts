import { EXPIRING_SOON_MS, type Platform, type TokenState } from '../../src/contract/index.ts';
import { ALL_PLATFORMS_MASK, platformMask, type GeneratedTokenFacts } from './generated-tokens.ts';
import type { TokenRecord } from './token-registry.ts';

export interface TokenFilter {
  platform?: Platform | undefined;
  state?: TokenState | undefined;
}

/** A token filter as two predicates: over a generated row's token facts, and over token records. */
export interface CompiledTokenFilter {
  row(row: number): boolean;
  records(records: readonly TokenRecord[]): boolean;
}

interface TokenFact {
  expiresAt: number;
  mask: number;
}

export function compileTokenFilter(
  filter: TokenFilter,
  now: number,
  facts: () => GeneratedTokenFacts,
  epoch: number,
): CompiledTokenFilter | undefined {
  if (!filter.platform && !filter.state) return undefined;
  const wantedMask = filter.platform ? platformMask([filter.platform]) : 0;
  const soon = now + EXPIRING_SOON_MS;
  const passes = (tokens: readonly TokenFact[]) => {
    const valid = tokens.filter((token) => token.expiresAt > now);
    if (wantedMask !== 0 && !valid.some((token) => (token.mask & wantedMask) !== 0)) return false;
    if (filter.state === 'none' && valid.length > 0) return false;
    if (filter.state === 'expiringSoon' && !valid.some((token) => token.expiresAt <= soon)) return false;
    return true;
  };
  return {
    row: (row) => {
      const table = facts();
      const slots: TokenFact[] = [];
      for (let device = 0; device < 2; device += 1) {
        const slot = table.slot(row, device, epoch);
        if (slot) slots.push(slot);
      }
      return passes(slots);
    },
    records: (records) =>
      passes(records.map((record) => ({
        expiresAt: record.expiresAt,
        mask: record.allPlatforms ? ALL_PLATFORMS_MASK : platformMask(record.platforms),
      }))),
  };
}
