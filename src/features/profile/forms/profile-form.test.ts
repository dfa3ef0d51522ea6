import { describe, expect, it } from 'vitest';
import { profileParamsSchema, type CustomFieldDefinition, type Profile } from '../../../contract/index.ts';
import {
  applyProfileChanges,
  formFieldOfWirePath,
  orphanCustomValues,
  profileFormSchema,
  toProfileChanges,
  toProfileFormValues,
  type ProfileFormValues,
} from './profile-form.ts';

const definitions: CustomFieldDefinition[] = [
  { key: 'team', label: 'Team', maxLength: 10 },
  { key: '2024', label: 'Cohort', maxLength: 4 },
];

const stored: Profile = {
  name: 'Ada',
  email: 'ada@example.com',
  role: 40,
  gender: 'female',
  visibility: 'friends',
  custom: { team: 'Core', retired: 'yes' },
};

function formValues(profile: Profile = stored): ProfileFormValues {
  return toProfileFormValues(profile, definitions);
}

describe('toProfileFormValues', () => {
  it('shows absent fields as empty, visibility as "not set", and one custom row per defined key', () => {
    const values = formValues();
    expect(values.name).toBe('Ada');
    expect(values.status).toBe('');
    expect(values.level).toBe('');
    expect(values.role).toBe(40);
    expect(values.allowType).toBe('');
    expect(values.visibility).toBe('friends');
    expect(toProfileFormValues({}, []).visibility).toBe('notSet');
    expect(values.custom).toEqual([
      { key: 'team', value: 'Core' },
      { key: '2024', value: '' },
    ]);
  });

  it('keeps values of keys no longer defined out of the form, listed apart', () => {
    expect(formValues().custom.map((row) => row.key)).not.toContain('retired');
    expect(orphanCustomValues(stored, definitions)).toEqual([['retired', 'yes']]);
  });
});

describe('toProfileChanges', () => {
  it('sends only the changed fields; an emptied field as "" (which removes it)', () => {
    const base = formValues();
    const edited: ProfileFormValues = { ...base, name: 'Ada L.', email: '', role: '', status: 'Hi' };
    expect(toProfileChanges(edited, base)).toEqual({ name: 'Ada L.', email: '', role: '', status: 'Hi' });
  });

  it('sends changed custom values by key and nothing for an untouched form', () => {
    const base = formValues();
    expect(toProfileChanges(base, base)).toEqual({});
    const edited = { ...base, custom: [{ key: 'team', value: '' }, { key: '2024', value: 'Q1' }] };
    expect(toProfileChanges(edited, base)).toEqual({ custom: { team: '', 2024: 'Q1' } });
  });

  it('produces a profile the contract’s request schema accepts, clearing choices and numbers included', () => {
    const base = formValues();
    const changes = toProfileChanges({ ...base, gender: '', role: '', visibility: 'notSet' }, base);
    expect(profileParamsSchema.safeParse({ update: true, ...changes }).success).toBe(true);
  });

  it('round-trips: the baseline with the changes applied equals what was typed', () => {
    const base = formValues();
    const edited: ProfileFormValues = { ...base, level: 7, custom: [{ key: 'team', value: 'Edge' }, { key: '2024', value: '' }] };
    expect(applyProfileChanges(base, toProfileChanges(edited, base))).toEqual(edited);
  });
});

describe('profileFormSchema', () => {
  const schema = profileFormSchema(definitions);
  const errorsOf = (values: ProfileFormValues) => {
    const result = schema.safeParse(values);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
  };

  it('uses the contract’s limits and messages', () => {
    const base = formValues();
    expect(errorsOf({ ...base, name: 'x'.repeat(33) })).toEqual({ name: 'Name must be at most 32 characters' });
    expect(errorsOf({ ...base, email: 'not-an-email' })).toEqual({ email: 'Email must be a valid email address' });
    expect(errorsOf({ ...base, role: 101 })).toEqual({ role: 'Role must be between 0 and 100' });
    expect(errorsOf({ ...base, image: 'javascript:alert(1)' })).toEqual({ image: 'Image URL must be an http:// or https:// URL' });
    expect(errorsOf({ ...base, uniqueId: 'has space' })).toEqual({ uniqueId: 'Unique ID is 1–32 letters and digits' });
    expect(errorsOf({ ...base, name: '', role: '', gender: '' })).toEqual({});
  });

  it('checks each custom value against its key’s maximum length', () => {
    const base = formValues();
    expect(errorsOf({ ...base, custom: [{ key: 'team', value: 'x'.repeat(11) }, { key: '2024', value: '2024' }] })).toEqual({
      'custom.0.value': 'Team must be at most 10 characters',
    });
  });
});

describe('formFieldOfWirePath', () => {
  const rows = formValues().custom;
  it('maps the backend’s dotted paths onto the form’s fields', () => {
    expect(formFieldOfWirePath('user.profile.email', rows)).toBe('email');
    expect(formFieldOfWirePath('user.profile.uniqueId', rows)).toBe('uniqueId');
    expect(formFieldOfWirePath('user.name', rows)).toBe('name');
    expect(formFieldOfWirePath('user.profile.custom.2024', rows)).toBe('custom.1.value');
    expect(formFieldOfWirePath('user.profile.custom.gone', rows)).toBeUndefined();
    expect(formFieldOfWirePath('user.permissions.calls', rows)).toBeUndefined();
    expect(formFieldOfWirePath('user.profile.custom', rows)).toBeUndefined();
  });
});
