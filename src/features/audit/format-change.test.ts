import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/format.ts';
import { fieldLabel, previewOf, VALUE_PREVIEW_LENGTH, valueText } from './format-change.ts';

describe('audit changes as people read them', () => {
  it('names fields as the user page labels them', () => {
    expect(
      [
        'profile.name',
        'profile.uniqueId',
        'profile.custom.team',
        'permissions.turn',
        'active',
        'parent',
        'contact.bob.smith@example.com',
        'token.default',
        'token.my.phone.expires',
        'token.tablet.lastLogin',
        'app.customField.team',
        'app.defaultVisibility',
        'something.new',
        'profile.constructor',
      ].map(fieldLabel),
    ).toEqual([
      'Name',
      'Unique ID',
      'Custom field team',
      'TURN relay',
      'Active',
      'Linked to',
      'Contact bob.smith@example.com',
      'Token (default device)',
      'Token expiry (my.phone)',
      'Last login (tablet)',
      'Custom field definition team',
      'Default visibility',
      'something.new',
      'profile.constructor',
    ]);
  });

  it('writes values as text: nothing, flags, times, records and markup alike', () => {
    expect(valueText(null)).toBe('(not set)');
    expect(valueText('')).toBe('(empty)');
    expect(valueText(true)).toBe('Yes');
    expect(valueText(3)).toBe('3');
    expect(valueText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(valueText('2026-06-01T09:30:00.000Z')).toBe(formatDateTime(Date.UTC(2026, 5, 1, 9, 30)));
    expect(valueText({ address: 'a@b.c', favorite: true, visibility: null })).toBe('address: a@b.c, favorite: Yes, visibility: (not set)');
    expect(valueText(['android', 'ios'])).toBe('android, ios');
  });

  it('cuts long values to a preview, never inside a character', () => {
    expect(previewOf('short')).toBeNull();
    const long = `${'😀'.repeat(VALUE_PREVIEW_LENGTH)}tail`;
    const preview = previewOf(long) ?? '';
    expect(Array.from(preview)).toHaveLength(VALUE_PREVIEW_LENGTH + 1);
    expect(preview.endsWith('😀…')).toBe(true);
    expect(previewOf('😀'.repeat(VALUE_PREVIEW_LENGTH))).toBeNull();
  });
});
