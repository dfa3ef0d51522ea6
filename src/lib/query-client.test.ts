import { describe, expect, it } from 'vitest';
import { BackendError, isOutcomeUnknown } from './backend-error.ts';
import { createQueryClient, READ_ATTEMPTS, readRetryDelay, shouldRetryRead } from './query-client.ts';

const unavailable = new BackendError('UNAVAILABLE', 'down');

describe('read retries', () => {
  it('tries a read four times in all, and only for failures that may pass on their own', () => {
    expect(READ_ATTEMPTS).toBe(4);
    expect([0, 1, 2, 3].map((failures) => shouldRetryRead(failures, unavailable))).toEqual([true, true, true, false]);
    expect(shouldRetryRead(0, new BackendError('NETWORK', 'offline'))).toBe(true);
    expect(shouldRetryRead(0, new BackendError('TIMEOUT', 'slow'))).toBe(true);
    expect(shouldRetryRead(0, new BackendError('HTTP', 'bad gateway', { status: 502 }))).toBe(true);
    expect(shouldRetryRead(0, new BackendError('VALIDATION', 'bad input'))).toBe(false);
    expect(shouldRetryRead(0, new BackendError('HTTP', 'not found', { status: 404 }))).toBe(false);
    expect(shouldRetryRead(0, new Error('a bug'))).toBe(false);
  });

  it('backs off with jitter, so that every attempt at a failure rate of 1 is spent within about three seconds', () => {
    expect([0, 1, 2].map((failures) => readRetryDelay(failures, () => 0))).toEqual([200, 400, 800]);
    expect([0, 1, 2].map((failures) => readRetryDelay(failures, () => 1))).toEqual([400, 800, 1_600]);
    const longest = [0, 1, 2].reduce((sum, failures) => sum + readRetryDelay(failures, () => 1), 0);
    expect(longest).toBeLessThanOrEqual(3_000);
  });

  it('never retries a write, and sends it even offline so that it fails at once with a clear message', () => {
    const mutations = createQueryClient().getDefaultOptions().mutations;
    expect(mutations).toMatchObject({ retry: false, networkMode: 'always' });
  });
});

describe('isOutcomeUnknown', () => {
  it('holds for failures after which a write may have landed unseen, not for explicit refusals', () => {
    expect(isOutcomeUnknown(new BackendError('NETWORK', 'dropped'))).toBe(true);
    expect(isOutcomeUnknown(new BackendError('TIMEOUT', 'slow'))).toBe(true);
    expect(isOutcomeUnknown(new BackendError('HTTP', 'gateway timeout', { status: 504 }))).toBe(true);
    expect(isOutcomeUnknown(unavailable)).toBe(false);
    expect(isOutcomeUnknown(new BackendError('CONFLICT', 'changed meanwhile'))).toBe(false);
    expect(isOutcomeUnknown(new Error('a bug'))).toBe(false);
  });
});
