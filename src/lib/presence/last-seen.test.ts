import { describe, expect, it } from 'vitest';
import { describeLastSeen, presenceLabel } from './last-seen.ts';

const now = Date.UTC(2026, 10, 20, 12, 0, 0);
const minute = 60_000;

describe('describeLastSeen', () => {
  it('says how long ago, coarsely, with the exact time for the title', () => {
    expect(describeLastSeen(now - 20_000, false, now).text).toBe('just now');
    expect(describeLastSeen(now - 5 * minute, false, now).text).toBe('5 minutes ago');
    expect(describeLastSeen(now - 3 * 60 * minute, false, now).text).toBe('3 hours ago');
    expect(describeLastSeen(now - 26 * 60 * minute, false, now).text).toBe('yesterday');
    expect(describeLastSeen(now - 45 * 24 * 60 * minute, false, now).text).toBe('last month');
    const { exact } = describeLastSeen(now - 5 * minute, false, now);
    expect(exact?.dateTime).toBe(new Date(now - 5 * minute).toISOString());
    expect(exact?.title).toMatch(/2026/);
  });

  it('moves on as time passes', () => {
    const seen = now - 30_000;
    expect(describeLastSeen(seen, false, now).text).toBe('just now');
    expect(describeLastSeen(seen, false, now + 3 * minute).text).toBe('3 minutes ago');
  });

  it('says "Now" while online, with the session start in the title', () => {
    const view = describeLastSeen(now - 10 * minute, true, now);
    expect(view.text).toBe('Now');
    expect(view.exact?.title).toMatch(/^Online since /);
  });

  it('says "Never" for a user never seen, and "just now" for a time ahead of our clock', () => {
    expect(describeLastSeen(null, false, now)).toEqual({ text: 'Never' });
    expect(describeLastSeen(now + 3 * minute, false, now).text).toBe('just now');
  });

  it('says "Unknown", not "Never", when the backend does not report presence', () => {
    expect(describeLastSeen(null, null, now)).toEqual({ text: 'Unknown' });
    expect(describeLastSeen(now - 5 * minute, null, now).text).toBe('5 minutes ago');
  });
});

describe('presenceLabel', () => {
  it('names the platform while online', () => {
    expect(presenceLabel(true, 'android')).toBe('Online · Android');
    expect(presenceLabel(true, 'cpp')).toBe('Online · C++');
    expect(presenceLabel(true)).toBe('Online');
    expect(presenceLabel(false, 'ios')).toBe('Offline');
  });

  it('says "Unknown" when the backend does not report presence', () => {
    expect(presenceLabel(null)).toBe('Unknown');
  });
});
