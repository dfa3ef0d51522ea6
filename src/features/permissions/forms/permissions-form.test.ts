import { describe, expect, it } from 'vitest';
import { defaultPermissions, permissionsParamsSchema } from '../../../contract/index.ts';
import { changedPermissions, permissionsFormSchema, toPermissionsForm } from './permissions-form.ts';
import { fieldDifferences } from '../../../lib/field-differences.ts';
import { permissionVersions } from '../components/permissions-conflict.tsx';

describe('permissions ↔ form', () => {
  it('starts the form from the user’s permissions, all nine', () => {
    const loaded = { ...defaultPermissions, calls: false, peers: 2 };
    expect(toPermissionsForm(loaded)).toEqual(loaded);
    expect(Object.keys(toPermissionsForm(loaded))).toHaveLength(9);
  });

  it('sends only the permissions the admin changed', () => {
    const loaded = { ...defaultPermissions };
    expect(changedPermissions(loaded, { ...loaded })).toEqual({});
    expect(changedPermissions(loaded, { ...loaded, webhook: true, peers: 1 })).toEqual({ webhook: true, peers: 1 });
    expect(changedPermissions({ ...loaded, calls: false }, { ...loaded, calls: true })).toEqual({ calls: true });
  });

  it('validates with the contract: peers is 0–3 and nothing may be missing', () => {
    expect(permissionsFormSchema.safeParse({ ...defaultPermissions, peers: 4 }).success).toBe(false);
    expect(permissionsFormSchema.safeParse({ ...defaultPermissions, peers: 3 }).success).toBe(true);
    const { calls, ...withoutCalls } = defaultPermissions;
    expect(calls).toBe(true);
    expect(permissionsFormSchema.safeParse(withoutCalls).success).toBe(false);
  });

  it('a request’s permissions keep only what was given, so the others stay as stored', () => {
    expect(permissionsParamsSchema.parse({ groupCreate: false })).toEqual({ groupCreate: false });
  });

  it('lists what differs after a conflict, and who changed it', () => {
    const loaded = { ...defaultPermissions };
    const mine = { ...loaded, groupCreate: false };
    const theirs = { ...loaded, turn: false, peers: 3 };
    expect(fieldDifferences(permissionVersions(loaded, mine, theirs))).toEqual([
      { label: 'TURN relay', mine: 'On', theirs: 'Off', editedByYou: false, changedByOthers: true },
      { label: 'Group creation', mine: 'Off', theirs: 'On', editedByYou: true, changedByOthers: false },
      { label: 'Peers', mine: 'All', theirs: 'Favorites only', editedByYou: false, changedByOthers: true },
    ]);
  });
});
