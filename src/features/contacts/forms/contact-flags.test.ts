import { describe, expect, it } from 'vitest';
import type { ContactEntry } from '../../../contract/index.ts';
import { addContactSchema, describeChange, parseVisibility, toContactParams, toRemoveParams } from './contact-flags.ts';

const bob: ContactEntry = {
  address: 'bob@example.com',
  uid: 12,
  name: 'Bob',
  contact: true,
  subscribe: false,
  favorite: true,
  pair: false,
  block: false,
  visibility: 3,
};

describe('contact flags ↔ userset contact', () => {
  it('sends every flag, the row’s values with the change on top (mesibo replaces the contact)', () => {
    expect(toContactParams(bob, { pair: true })).toEqual({
      address: 'bob@example.com',
      contact: true,
      subscribe: false,
      favorite: true,
      pair: true,
      block: false,
      visibility: 3,
    });
    expect(toContactParams(bob)).not.toHaveProperty('uid');
    expect(toContactParams(bob)).not.toHaveProperty('name');
  });

  it('removes with remove: true', () => {
    expect(toRemoveParams(bob)).toMatchObject({ address: 'bob@example.com', remove: true });
  });

  it('describes a change for the live region', () => {
    expect(describeChange('bob@example.com', { favorite: false })).toBe('Favorite turned off for bob@example.com');
    expect(describeChange('bob@example.com', { block: true })).toBe('bob@example.com blocked');
    expect(describeChange('bob@example.com', { visibility: 7 })).toBe('Visibility of bob@example.com set to 7');
  });

  it('accepts a visibility of 0–255 only', () => {
    expect(parseVisibility('0')).toEqual({ value: 0 });
    expect(parseVisibility('255')).toEqual({ value: 255 });
    for (const bad of ['256', '-1', '1.5', '', 'abc']) expect(parseVisibility(bad)).toHaveProperty('error');
  });
});

describe('add contact', () => {
  const schema = addContactSchema('alice@example.com', ['bob@example.com']);

  it('uses the contract’s address rule', () => {
    expect(schema.safeParse({ address: 'carol@example.com' }).success).toBe(true);
    expect(schema.safeParse({ address: 'has space' }).error?.issues[0]?.message).toBe('Address cannot contain spaces');
    expect(schema.safeParse({ address: '' }).error?.issues[0]?.message).toBe('Address is required');
  });

  it('refuses the user itself and an existing contact', () => {
    expect(schema.safeParse({ address: 'alice@example.com' }).error?.issues[0]?.message).toBe('A user cannot be their own contact');
    expect(schema.safeParse({ address: 'bob@example.com' }).error?.issues[0]?.message).toMatch(/already a contact/);
  });
});
