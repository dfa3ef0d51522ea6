import { defaultPermissions, type User } from '../../contract/index.ts';

/** A user record for unit tests of the presence cache patches. */
export function testUser(uid: number, patch: Partial<User> = {}): User {
  return {
    uid,
    address: `user${uid}@example.com`,
    active: true,
    profile: {},
    permissions: defaultPermissions,
    parent: null,
    version: 1,
    createdAt: 0,
    updatedAt: 0,
    online: false,
    lastSeen: null,
    ...patch,
  };
}
