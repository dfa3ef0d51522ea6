import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useController, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CheckboxField } from '../../../components/field.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import { GuardedButton, GuardedFieldset } from '../../../components/role-guard.tsx';
import type { Permissions, User } from '../../../contract/index.ts';
import { errorMessage, isBackendError } from '../../../lib/backend-error.ts';
import { setServerFieldErrors } from '../../../lib/server-field-errors.ts';
import { useUnsavedChangesPrompt } from '../../../lib/use-unsaved-changes-prompt.ts';
import { useUpdateUser } from '../../../lib/user-api.ts';
import { flagDescriptions } from '../forms/permission-descriptions.ts';
import {
  changedPermissions,
  permissionKeys,
  permissionsFormSchema,
  toPermissionsForm,
  type PermissionsFormValues,
} from '../forms/permissions-form.ts';
import { PermissionsConflict } from './permissions-conflict.tsx';
import { PeersField } from './peers-field.tsx';

/** What the form was loaded from: a save sends this version and the permissions changed since. */
interface Base {
  version: number;
  permissions: Permissions;
}

/** `user.permissions.calls` → `calls`. */
function fieldFor(wirePath: string): keyof PermissionsFormValues | undefined {
  const key = wirePath.replace(/^user\.permissions\./, '');
  return permissionKeys.find((each) => each === key);
}

/** Whether every permission in `changes` already has that value in `stored`. */
function alreadyStored(changes: Partial<Permissions>, stored: Permissions): boolean {
  return Object.entries(changes).every(([key, value]) => stored[key as keyof Permissions] === value);
}

export function PermissionsForm({ user, onReload }: { user: User; onReload: () => Promise<User | null> }) {
  // Read only in effects and handlers: what a save is based on, not something the form displays.
  const base = useRef<Base>({ version: user.version, permissions: user.permissions });
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ loaded: Permissions; mine: Permissions; latest: User } | null>(null);
  const update = useUpdateUser(user.uid);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    setValue,
    getValues,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<PermissionsFormValues>({
    resolver: zodResolver(permissionsFormSchema),
    defaultValues: toPermissionsForm(user.permissions),
  });
  const peers = useController({ control, name: 'peers' });
  const unsavedChangesPrompt = useUnsavedChangesPrompt(isDirty);

  // A newer user (after a save, or a change made elsewhere) replaces an untouched form; edits in progress
  // are kept, and their save then meets the conflict check.
  useEffect(() => {
    if (isDirty || user.version === base.current.version) return;
    reset(toPermissionsForm(user.permissions));
    base.current = { version: user.version, permissions: user.permissions };
  }, [user, isDirty, reset]);

  /** Saves the changes since `from` (by default what the form was loaded from) with its version. */
  async function save(values: PermissionsFormValues, from: Base = base.current) {
    setFailure(null);
    setAnnouncement('');
    const permissions = changedPermissions(from.permissions, values);
    if (Object.keys(permissions).length === 0) {
      setAnnouncement('Nothing to save: the permissions are unchanged.');
      return;
    }
    try {
      const answer = await update.mutateAsync({ permissions, version: from.version });
      setConflict(null);
      reset(values);
      base.current = { version: answer.user.version ?? from.version + 1, permissions: values };
      setAnnouncement('Saved. Permissions updated.');
    } catch (error) {
      if (isBackendError(error) && error.code === 'CONFLICT') {
        const latest = await onReload();
        if (latest && alreadyStored(permissions, latest.permissions)) {
          // An earlier attempt whose answer was lost landed after all: nothing is left to save.
          setConflict(null);
          reset(toPermissionsForm(latest.permissions));
          base.current = { version: latest.version, permissions: latest.permissions };
          setAnnouncement('Saved. Permissions updated.');
        } else if (latest) setConflict({ loaded: from.permissions, mine: values, latest });
        else setFailure(error);
        return;
      }
      setServerFieldErrors(error, setError, fieldFor);
      setFailure(error);
    }
  }

  // Built at the event, not in render: `save` reads the ref holding what the form was loaded from.
  const submit = (event?: FormEvent) => handleSubmit((values) => save(values))(event);

  return (
    <form className="form permissions-form" noValidate aria-labelledby="permissions-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="permissions-heading">Permissions</h2>
      <LiveRegion message={announcement} className="announcement" />
      {conflict ? (
        <PermissionsConflict
          loaded={conflict.loaded}
          mine={conflict.mine}
          latest={conflict.latest.permissions}
          busy={isSubmitting || update.isPending}
          onReload={() => {
            const { latest } = conflict;
            reset(toPermissionsForm(latest.permissions));
            base.current = { version: latest.version, permissions: latest.permissions };
            setConflict(null);
            setAnnouncement('Reloaded the latest permissions; your changes were discarded.');
          }}
          onSaveAnyway={() => {
            // Only what this admin changed goes on top of the latest version; the rest stays as saved.
            const mine = changedPermissions(conflict.loaded, getValues());
            const latest = { version: conflict.latest.version, permissions: conflict.latest.permissions };
            reset(toPermissionsForm(latest.permissions));
            for (const [key, value] of Object.entries(mine) as [keyof Permissions, boolean | number][]) {
              setValue(key, value, { shouldDirty: true });
            }
            base.current = latest;
            setConflict(null);
            void save(getValues(), latest);
          }}
        />
      ) : null}

      <GuardedFieldset action="editPermissions">
        <fieldset className="permission-flags">
          <legend>Messaging and calls</legend>
          {flagDescriptions.map(({ key, label, help }) => (
            <CheckboxField key={key} label={label} hint={help}>
              {(field) => <input {...field} type="checkbox" {...register(key)} />}
            </CheckboxField>
          ))}
        </fieldset>

        <PeersField
          uid={user.uid}
          value={peers.field.value}
          onChange={peers.field.onChange}
          onBlur={peers.field.onBlur}
          error={errors.peers?.message}
        />
      </GuardedFieldset>

      {failure ? (
        <div role="alert" className="error-state">
          <p className="error-state-title">The permissions were not saved.</p>
          <p>{errorMessage(failure)} Your changes are still here.</p>
          <p className="actions">
            <button type="button" onClick={() => void submit()} disabled={isSubmitting}>
              Retry
            </button>
          </p>
        </div>
      ) : null}
      <p className="actions">
        <GuardedButton action="editPermissions" type="submit" disabled={isSubmitting}>
          Save
        </GuardedButton>
        {isDirty ? <span className="muted">Unsaved changes</span> : null}
      </p>
      {unsavedChangesPrompt}
    </form>
  );
}
