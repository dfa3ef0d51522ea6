import { describe, expect, it } from 'vitest';
import { defaultPermissions } from './permissions.ts';
import { userSchema } from './user.ts';

describe('userSchema', () => {
  it('reads a plain mesibo user (uid and address only) with defaults, and unknowns as unknown', () => {
    expect(userSchema.parse({ uid: 3, address: 'ada@example.com' })).toEqual({
      uid: 3,
      address: 'ada@example.com',
      active: true,
      profile: {},
      permissions: defaultPermissions,
      parent: null,
      version: 0,
      online: null,
      lastSeen: null,
    });
  });

  it('fills each permission left out with mesibo’s default, and keeps the ones given', () => {
    const user = userSchema.parse({ uid: 3, address: 'ada@example.com', active: false, permissions: { calls: false, peers: 2 } });
    expect(user.active).toBe(false);
    expect(user.permissions).toEqual({ ...defaultPermissions, calls: false, peers: 2 });
  });

  it('keeps every extension field an extended backend sends', () => {
    const full = {
      uid: 9,
      address: 'lin@example.com',
      active: true,
      profile: { name: 'Lin' },
      permissions: defaultPermissions,
      parent: 4,
      version: 7,
      createdAt: 1_000,
      updatedAt: 2_000,
      online: false,
      lastSeen: 1_500,
    };
    expect(userSchema.parse(full)).toEqual(full);
  });

  it('still requires the uid and the address', () => {
    expect(userSchema.safeParse({ address: 'ada@example.com' }).success).toBe(false);
    expect(userSchema.safeParse({ uid: 3 }).success).toBe(false);
  });
});
