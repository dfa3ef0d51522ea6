import { useEffect, useMemo, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { CustomFieldDefinition, User } from '../../../contract/index.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { isBackendError } from '../../../lib/backend-error.ts';
import { fieldDifferences, type FieldDifference } from '../../../lib/field-differences.ts';
import { setServerFieldErrors } from '../../../lib/server-field-errors.ts';
import { userQueryOptions, useUpdateUser } from '../../../lib/user-api.ts';
import { profileFieldVersions } from '../forms/profile-display.ts';
import {
  applyProfileChanges,
  formFieldOfWirePath,
  hasChanges,
  profileFormSchema,
  toProfileChanges,
  toProfileFormValues,
  type ProfileFormInput,
  type ProfileFormValues,
} from '../forms/profile-form.ts';

/** What the form was loaded from: a save sends this version and the fields changed since these values. */
interface Baseline {
  version: number;
  values: ProfileFormValues;
  definitionsKey: string;
}

export interface ProfileConflict {
  /** The values the edit started from (my changes are the fields that differ from these). */
  loaded: ProfileFormValues;
  /** The user as stored now, and its profile as form values. */
  latest: User;
  latestValues: ProfileFormValues;
  differences: FieldDifference[];
}

interface SaveBasis {
  version: number;
  /** My changes are the fields that differ from these. */
  changesFrom: ProfileFormValues;
  /** What is stored before my changes land (differs from changesFrom after a conflict). */
  storedBefore: ProfileFormValues;
}

const definitionsKeyOf = (definitions: readonly CustomFieldDefinition[]) => JSON.stringify(definitions);
const sameValues = (a: ProfileFormValues, b: ProfileFormValues) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The profile tab's form and everything about saving it safely: only changed fields are sent, merged
 * (`profile.update`) onto the version the form was loaded from; a refused save keeps every keystroke;
 * a save refused because someone else changed the profile meanwhile becomes a conflict to resolve.
 */
export function useProfileEditor(user: User, definitions: readonly CustomFieldDefinition[]) {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  const update = useUpdateUser(user.uid);
  const schema = useMemo(() => profileFormSchema(definitions), [definitions]);
  const form = useForm<ProfileFormInput, unknown, ProfileFormValues>({
    resolver: zodResolver(schema),
    defaultValues: toProfileFormValues(user.profile, definitions),
  });
  const { reset, setError, handleSubmit } = form;
  // Read only in effects and handlers: what a save is based on, not something the form displays.
  const baseline = useRef<Baseline>({
    version: user.version,
    values: toProfileFormValues(user.profile, definitions),
    definitionsKey: definitionsKeyOf(definitions),
  });
  const busy = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ProfileConflict | null>(null);
  const { isDirty } = form.formState;

  // A newer user (changed elsewhere, or the refetch after our own save) or new custom field definitions
  // replace an untouched form. Edits in progress are never replaced: their save meets the version check.
  // Versions only grow, so an older answer still in flight never rolls the form back.
  useEffect(() => {
    if (isDirty || busy.current || user.version < baseline.current.version) return;
    const definitionsKey = definitionsKeyOf(definitions);
    if (user.version === baseline.current.version && definitionsKey === baseline.current.definitionsKey) return;
    const values = toProfileFormValues(user.profile, definitions);
    baseline.current = { version: user.version, values, definitionsKey };
    reset(values);
  }, [user, definitions, isDirty, reset]);

  async function latestUser(): Promise<User | null> {
    return queryClient.fetchQuery({ ...userQueryOptions(client, user.uid), staleTime: 0 });
  }

  function rebase(latest: User): ProfileFormValues {
    const values = toProfileFormValues(latest.profile, definitions);
    baseline.current = { version: latest.version, values, definitionsKey: definitionsKeyOf(definitions) };
    return values;
  }

  async function save(values: ProfileFormValues, basis: SaveBasis, canRebase = true): Promise<void> {
    const changes = toProfileChanges(values, basis.changesFrom);
    if (!hasChanges(changes)) {
      setAnnouncement('Nothing to save: the profile is unchanged.');
      return;
    }
    busy.current = true;
    try {
      const answer = await update.mutateAsync({ version: basis.version, profile: { update: true, ...changes } });
      const saved = applyProfileChanges(basis.storedBefore, changes);
      baseline.current = { version: answer.user.version ?? basis.version + 1, values: saved, definitionsKey: definitionsKeyOf(definitions) };
      // Keystrokes made while the save was on the way stay; everything else shows what is stored now.
      reset(saved, { keepDirtyValues: true });
      setConflict(null);
      setAnnouncement('Saved.');
    } catch (error) {
      if (isBackendError(error) && error.code === 'CONFLICT') {
        await resolveConflict(values, basis, canRebase, error);
      } else if (!setServerFieldErrors(error, setError, (wire) => formFieldOfWirePath(wire, values.custom))) {
        setFailure(error);
      }
    } finally {
      busy.current = false;
    }
  }

  async function resolveConflict(values: ProfileFormValues, basis: SaveBasis, canRebase: boolean, error: unknown) {
    let latest: User | null;
    try {
      latest = await latestUser();
    } catch {
      setFailure(error);
      return;
    }
    if (!latest) {
      setFailure(new Error('This user has been deleted meanwhile, so the profile cannot be saved.'));
      return;
    }
    const latestValues = toProfileFormValues(latest.profile, definitions);
    if (sameValues(applyProfileChanges(latestValues, toProfileChanges(values, basis.changesFrom)), latestValues)) {
      // Every change of mine is stored already: typically an earlier attempt whose answer was lost (a
      // timeout, the connection dropping) landed after all, and this retry met its new version. Sending
      // it again would change nothing, so it counts as saved.
      baseline.current = { version: latest.version, values: latestValues, definitionsKey: definitionsKeyOf(definitions) };
      reset(latestValues, { keepDirtyValues: true });
      setAnnouncement('Saved.');
      return;
    }
    if (canRebase && sameValues(latestValues, basis.storedBefore)) {
      // Only other parts of the user changed (active, permissions, contacts): no profile edit to lose,
      // so the save goes on top of the new version without asking.
      await save(values, { version: latest.version, changesFrom: basis.changesFrom, storedBefore: latestValues }, false);
      return;
    }
    setConflict({
      loaded: basis.changesFrom,
      latest,
      latestValues,
      differences: fieldDifferences(profileFieldVersions(basis.changesFrom, values, latestValues, definitions)),
    });
  }

  // handleSubmit is called in the event, not during render: its callbacks read refs.
  const submit = (event?: BaseSyntheticEvent) => handleSubmit(saveEdits)(event);
  const saveAnyway = () => handleSubmit(saveOnTopOfLatest)();

  async function saveEdits(values: ProfileFormValues) {
    if (busy.current) return;
    setFailure(null);
    setAnnouncement('');
    setConflict(null);
    const { version, values: loaded } = baseline.current;
    await save(values, { version, changesFrom: loaded, storedBefore: loaded });
  }

  /** Conflict: discard my edits and show what is stored now. */
  function reloadLatest() {
    if (!conflict) return;
    reset(rebase(conflict.latest));
    setConflict(null);
    setAnnouncement('Reloaded the current profile; your changes were discarded.');
  }

  /** Conflict: put the fields I changed on top of what is stored now. */
  async function saveOnTopOfLatest(values: ProfileFormValues) {
    if (!conflict || busy.current) return;
    setFailure(null);
    setAnnouncement('');
    const { latest, latestValues, loaded } = conflict;
    await save(values, { version: latest.version, changesFrom: loaded, storedBefore: latestValues }, false);
  }

  /** `profile.remove`: deletes every profile field, on the version the form was loaded from. */
  async function clearProfile(): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setFailure(null);
    setAnnouncement('');
    setConflict(null);
    try {
      const answer = await update.mutateAsync({ version: baseline.current.version, profile: { remove: true } });
      const cleared = toProfileFormValues({}, definitions);
      baseline.current = { version: answer.user.version ?? baseline.current.version + 1, values: cleared, definitionsKey: definitionsKeyOf(definitions) };
      reset(cleared);
      setAnnouncement('Saved. The profile is cleared.');
    } catch (error) {
      if (isBackendError(error) && error.code === 'CONFLICT') {
        // Clearing on top of a change nobody here has seen would destroy it unseen: show it instead.
        const latest = await latestUser().catch(() => null);
        if (latest) reset(rebase(latest));
        setFailure(new Error('Someone else changed this user meanwhile, so the profile was not cleared. The current profile is shown now; clear it again if you still want to.'));
      } else {
        setFailure(error);
      }
    } finally {
      busy.current = false;
    }
  }

  return {
    form,
    announcement,
    failure,
    conflict,
    saving: update.isPending,
    submit,
    reloadLatest,
    saveAnyway,
    clearProfile,
  };
}
