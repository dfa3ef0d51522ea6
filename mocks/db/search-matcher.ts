import { ADDRESS_DOMAINS } from './names.ts';
import type { GeneratedDataset } from './generated-dataset.ts';
import { COMBO_COUNT, DOMAIN_COUNT, comboKeys } from './generated-dataset.ts';

/** The searchable fields of one user, whatever it is stored as. */
export interface SearchableUser {
  name: string;
  address: string;
  email: string | undefined;
  uniqueId: string | undefined;
}

export interface SearchCriteria {
  /** Free text: name contains it, or address / email starts with it, or uniqueId equals it; with `*`, an address pattern. */
  text?: string | undefined;
  /** mesibo `user.address`: exact, or a pattern where `*` matches any run of characters. */
  address?: string | undefined;
}

/** Per combo: no row can match, every row matches, or each row must be tested. */
export const enum ComboMatch {
  None = 0,
  All = 1,
  Some = 2,
}

export interface Matcher {
  matches(user: SearchableUser): boolean;
  /** null when there are no criteria: everything matches. */
  comboStates: Uint8Array | null;
  /**
   * For `Some` combos, per (combo × DOMAIN_COUNT + domain): 1 when every generated row of that combo and
   * address domain matches, 0 when none does, -1 when each row must be tested. null: always test.
   */
  domainDecisions: Int8Array | null;
}

/** Decides a criterion for all generated rows of one combo and address domain, or undefined if it cannot. */
type DomainDecider = (combo: number, domain: number) => boolean | undefined;

interface Criterion {
  matches: (user: SearchableUser) => boolean;
  classify: (combo: number) => ComboMatch;
  decideByDomain?: DomainDecider;
}

const CONTAINS_WILDCARD = /\*/;

/**
 * Compiles search criteria into a row predicate (the truth) and a per-combo classification that lets
 * the query skip whole buckets of the generated dataset. The classification is conservative: a combo
 * is `All` or `None` only when that holds for every row in it.
 */
export function compileMatcher(criteria: SearchCriteria, dataset: GeneratedDataset): Matcher {
  const parts: Criterion[] = [];
  const text = criteria.text?.trim().toLowerCase();
  if (text) parts.push(CONTAINS_WILDCARD.test(text) ? addressPattern(text) : freeText(text, dataset));
  const address = criteria.address?.trim();
  if (address) {
    parts.push(CONTAINS_WILDCARD.test(address) ? addressPattern(address.toLowerCase()) : exactAddress(address));
  }
  if (parts.length === 0) return { matches: () => true, comboStates: null, domainDecisions: null };
  const comboStates = new Uint8Array(COMBO_COUNT);
  for (let combo = 0; combo < COMBO_COUNT; combo += 1) {
    let state = ComboMatch.All;
    for (const part of parts) {
      const partState = part.classify(combo);
      if (partState === ComboMatch.None) {
        state = ComboMatch.None;
        break;
      }
      if (partState === ComboMatch.Some) state = ComboMatch.Some;
    }
    comboStates[combo] = state;
  }
  return {
    matches: (user) => parts.every((part) => part.matches(user)),
    comboStates,
    domainDecisions: decideByDomain(parts, comboStates),
  };
}

function decideByDomain(parts: Criterion[], comboStates: Uint8Array): Int8Array | null {
  if (!parts.some((part) => part.decideByDomain)) return null;
  const decisions = new Int8Array(COMBO_COUNT * DOMAIN_COUNT).fill(-1);
  for (let combo = 0; combo < COMBO_COUNT; combo += 1) {
    if (comboStates[combo] !== ComboMatch.Some) continue;
    for (let domain = 0; domain < DOMAIN_COUNT; domain += 1) {
      let decision = 1;
      for (const part of parts) {
        const partDecision = part.decideByDomain?.(combo, domain);
        if (partDecision === false) {
          decision = 0;
          break;
        }
        if (partDecision === undefined) decision = -1;
      }
      decisions[combo * DOMAIN_COUNT + domain] = decision;
    }
  }
  return decisions;
}

function freeText(text: string, dataset: GeneratedDataset): Criterion {
  const uniqueIdRow = dataset.rowOfUniqueId(text);
  const uniqueIdCombo = uniqueIdRow >= 0 ? dataset.comboOf[uniqueIdRow] : -1;
  return {
    matches: (user: SearchableUser) =>
      user.name.toLowerCase().includes(text) ||
      user.address.toLowerCase().startsWith(text) ||
      (user.email?.toLowerCase().startsWith(text) ?? false) ||
      user.uniqueId?.toLowerCase() === text,
    classify: (combo: number) => {
      const addressKey = comboKeys.address(combo);
      if (comboKeys.name(combo).includes(text) || addressKey.startsWith(text)) return ComboMatch.All;
      const emailKey = comboKeys.email(combo);
      if (text.startsWith(addressKey) || emailKey.startsWith(text) || text.startsWith(emailKey) || combo === uniqueIdCombo) {
        return ComboMatch.Some;
      }
      return ComboMatch.None;
    },
  };
}

/** `*` wildcards, anchored at both ends, case-insensitive (as SQL LIKE is in mesibo's default collation). */
export function wildcardToRegExp(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * A pattern whose literal parts hold no digit cannot match inside a generated address's uid digits, so
 * whether it matches `key + digits + @domain` does not depend on the digits: testing it once against
 * `key + '#' + @domain` decides every row of that combo and domain.
 */
const DIGIT_FREE_PLACEHOLDER = '#';

function addressPattern(pattern: string): Criterion {
  const regex = wildcardToRegExp(pattern);
  const prefix = pattern.slice(0, pattern.indexOf('*'));
  const isPrefixOnly = pattern === `${prefix}*`;
  const decidable = !/[0-9#]/.test(pattern);
  return {
    decideByDomain: decidable
      ? (combo, domain) => regex.test(`${comboKeys.address(combo)}${DIGIT_FREE_PLACEHOLDER}@${ADDRESS_DOMAINS[domain] ?? ''}`)
      : undefined,
    matches: (user: SearchableUser) => regex.test(user.address),
    classify: (combo: number) => {
      if (prefix === '') return isPrefixOnly ? ComboMatch.All : ComboMatch.Some;
      const addressKey = comboKeys.address(combo);
      if (addressKey.startsWith(prefix)) return isPrefixOnly ? ComboMatch.All : ComboMatch.Some;
      return prefix.startsWith(addressKey) ? ComboMatch.Some : ComboMatch.None;
    },
  };
}

function exactAddress(address: string): Criterion {
  return {
    matches: (user: SearchableUser) => user.address === address,
    classify: (combo: number) => (address.startsWith(comboKeys.address(combo)) ? ComboMatch.Some : ComboMatch.None),
  };
}
