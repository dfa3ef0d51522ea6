import { describe, expect, it } from 'vitest';
import { autorefreshText, expiryStatus, formatMinutes } from './token-expiry.ts';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;

describe('token expiry in words', () => {
  it('marks expired tokens, and unexpired ones within seven days as soon', () => {
    expect(expiryStatus(NOW - DAY, NOW)).toEqual({ expired: true, soon: false, text: 'Expired' });
    expect(expiryStatus(NOW, NOW).expired).toBe(true);
    expect(expiryStatus(NOW + 3 * DAY, NOW)).toEqual({ expired: false, soon: true, text: 'expires in 3 days' });
    expect(expiryStatus(NOW + 300 * DAY, NOW)).toMatchObject({ expired: false, soon: false });
  });

  it('shows minutes in the largest whole unit', () => {
    expect(formatMinutes(525_600)).toBe('1 year');
    expect(formatMinutes(43_200)).toBe('30 days');
    expect(formatMinutes(1_440)).toBe('1 day');
    expect(formatMinutes(90)).toBe('90 minutes');
    expect(formatMinutes(120)).toBe('2 hours');
    expect(autorefreshText(0)).toBe('Off');
    expect(autorefreshText(43_200)).toBe('every 30 days');
  });
});
