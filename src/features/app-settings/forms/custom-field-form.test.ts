import { describe, expect, it } from 'vitest';
import { customFieldFor, editFieldSchema, newFieldSchema, removalWarning } from './custom-field-form.ts';

describe('custom field definitions', () => {
  const schema = newFieldSchema(['team']);
  const valid = { key: 'floor', label: 'Floor', maxLength: 8 };

  it('validates with the contract: key letters and digits up to 32, maximum length 1–256', () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, key: 'has space' }).error?.issues[0]).toMatchObject({
      path: ['key'],
      message: 'Custom field keys are 1–32 letters and digits',
    });
    expect(schema.safeParse({ ...valid, key: 'a'.repeat(33) }).success).toBe(false);
    expect(schema.safeParse({ ...valid, key: 'a'.repeat(32) }).success).toBe(true);
    expect(schema.safeParse({ ...valid, maxLength: 300 }).error?.issues[0]?.message).toBe('Maximum length must be 1–256');
    expect(schema.safeParse({ ...valid, maxLength: Number.NaN }).error?.issues[0]?.message).toBe('Maximum length must be a number');
    expect(schema.safeParse({ ...valid, label: '  ' }).error?.issues[0]?.message).toBe('Label is required');
  });

  it('refuses a key that is already defined, whatever its case (appset would overwrite it)', () => {
    expect(schema.safeParse({ ...valid, key: 'Team' }).error?.issues[0]?.message).toMatch(/already exists/);
  });

  it('edits label and maximum length only', () => {
    expect(editFieldSchema.parse({ label: ' Team ', maxLength: 12, key: 'ignored' })).toEqual({ label: 'Team', maxLength: 12 });
  });

  it('maps appset field paths to the form’s fields', () => {
    const fieldFor = customFieldFor(['key', 'maxLength'] as const);
    expect(fieldFor('app.customField.key')).toBe('key');
    expect(fieldFor('app.customField.maxLength')).toBe('maxLength');
    expect(fieldFor('app.customField.label')).toBeUndefined();
  });

  it('warns how many users keep a hidden value', () => {
    const team = { key: 'team', label: 'Team', maxLength: 20 };
    expect(removalWarning(team, 3)).toBe('3 users have a value for team; their values stay stored but are hidden.');
    expect(removalWarning(team, 1)).toBe('1 user has a value for team; their value stays stored but is hidden.');
    expect(removalWarning(team, 0)).toMatch(/No user has a value for team/);
  });
});
