import { z } from 'zod';
import { MAX_MOCK_USERS, MAX_PRESENCE_RATE, mockUrlParams, type MockSettings } from './mock-settings.ts';

export interface MockUrlRequest {
  dataset?: Pick<MockSettings, 'users' | 'seed'>;
  behaviour: Partial<Pick<MockSettings, 'latencyMs' | 'failureRate' | 'presenceRate'>>;
  /** One sentence per parameter that was present but unusable. */
  problems: string[];
  /** Whether any `mock*` parameter was present (so the address bar should be cleaned). */
  present: boolean;
}

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const rules = {
  users: { schema: wholeNumber(0, MAX_MOCK_USERS), expected: `a whole number from 0 to ${MAX_MOCK_USERS.toLocaleString('en-US')}` },
  seed: { schema: wholeNumber(0, 2 ** 31 - 1), expected: 'a whole number from 0 to 2147483647' },
  latencyMs: { schema: wholeNumber(0, 60_000), expected: 'milliseconds from 0 to 60000' },
  failureRate: { schema: z.coerce.number().min(0).max(1), expected: 'a number from 0 to 1' },
  presenceRate: { schema: z.coerce.number().min(0).max(MAX_PRESENCE_RATE), expected: `events per second from 0 to ${MAX_PRESENCE_RATE}` },
} as const;

/**
 * Reads `mockUsers`, `mockSeed`, `mockLatency` and `mockFailureRate`. A bad value is reported and ignored,
 * never half-applied.
 */
export function readMockUrlParams(search: string, current: MockSettings): MockUrlRequest {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const values: Partial<MockSettings> = {};
  let present = false;
  for (const key of Object.keys(rules) as (keyof typeof rules)[]) {
    const name = mockUrlParams[key];
    const raw = params.get(name);
    if (raw === null) continue;
    present = true;
    const parsed = raw.trim() === '' ? undefined : rules[key].schema.safeParse(raw);
    if (parsed?.success) values[key] = parsed.data;
    else problems.push(`Ignored ${name}=${raw.slice(0, 20)}: it must be ${rules[key].expected}.`);
  }
  const request: MockUrlRequest = { behaviour: {}, problems, present };
  if (values.users !== undefined || values.seed !== undefined) {
    request.dataset = { users: values.users ?? current.users, seed: values.seed ?? current.seed };
  }
  if (values.latencyMs !== undefined) request.behaviour.latencyMs = values.latencyMs;
  if (values.failureRate !== undefined) request.behaviour.failureRate = values.failureRate;
  if (values.presenceRate !== undefined) request.behaviour.presenceRate = values.presenceRate;
  return request;
}

export function withoutMockParams(href: string): string {
  const url = new URL(href);
  for (const name of Object.values(mockUrlParams)) url.searchParams.delete(name);
  return url.pathname + url.search + url.hash;
}
