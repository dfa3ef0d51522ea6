import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate } from 'react-router';
import { CheckboxField, Field } from '../../../components/field.tsx';
import { GuardedButton, GuardedFieldset } from '../../../components/role-guard.tsx';
import { paths } from '../../../config/paths.ts';
import type { User } from '../../../contract/index.ts';
import { errorMessage, isRetryable } from '../../../lib/backend-error.ts';
import { setServerFieldErrors } from '../../../lib/server-field-errors.ts';
import { withStatusMessage } from '../../../lib/navigation-status.ts';
import { skipUnsavedChangesPrompt, useUnsavedChangesPrompt } from '../../../lib/use-unsaved-changes-prompt.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { AddressTakenError, useCreateUser } from '../api/create-user.ts';
import {
  newUserDefaults,
  newUserFormSchema,
  toNewUser,
  type NewUserFormInput,
  type NewUserFormValues,
} from '../forms/new-user-form.ts';

const WIRE_FIELDS: Record<string, keyof NewUserFormInput> = {
  'user.address': 'address',
  'user.active': 'active',
  'user.name': 'name',
  'user.profile.name': 'name',
  'user.profile.status': 'status',
};

/** /users/new: create a user, then open it. */
export function NewUserRoute() {
  useDocumentTitle('New user');
  const navigate = useNavigate();
  const create = useCreateUser();
  const [existing, setExisting] = useState<{ user: User; mayBeOurs: boolean } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty },
  } = useForm<NewUserFormInput, unknown, NewUserFormValues>({
    resolver: zodResolver(newUserFormSchema),
    defaultValues: newUserDefaults,
  });
  const unsavedChangesPrompt = useUnsavedChangesPrompt(isDirty && !create.isSuccess);

  const onSubmit = handleSubmit(async (values) => {
    if (create.isPending) return;
    setExisting(null);
    setFailure(null);
    try {
      const created = await create.mutateAsync(toNewUser(values));
      const state = created.recovered
        ? withStatusMessage(`Created ${values.address}: the earlier attempt had gone through, only its answer was lost.`)
        : skipUnsavedChangesPrompt;
      await navigate(paths.user(created.uid), { state });
    } catch (error) {
      if (error instanceof AddressTakenError) {
        setExisting({ user: error.existing, mayBeOurs: error.mayBeOurs });
        setError('address', { type: 'taken', message: error.message }, { shouldFocus: true });
      } else if (!setServerFieldErrors(error, setError, (wire) => WIRE_FIELDS[wire])) {
        setFailure(error);
      }
    }
  });

  const addressError =
    existing && errors.address?.type === 'taken' ? (
      <>
        {errors.address.message}: <Link to={paths.user(existing.user.uid)}>{existing.user.profile.name || existing.user.address}</Link>
        {existing.mayBeOurs ? '. Your earlier attempt may have created it before its answer was lost (with other values than these): open it to check.' : null}
      </>
    ) : (
      errors.address?.message
    );
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={paths.users()}>Back to the directory</Link>
      </p>
      <h1>New user</h1>
      <form className="form" noValidate aria-label="New user" onSubmit={(event) => void onSubmit(event)}>
        <GuardedFieldset action="createUser">
          <Field
            label="Address"
            hint="Required. The user’s unique identity: a phone number, email or ID, without spaces."
            error={addressError}
          >
            {(control) => <input {...control} autoComplete="off" spellCheck={false} aria-required="true" {...register('address')} />}
          </Field>
          <Field label="Name" error={errors.name?.message} hint="Optional. At most 32 characters.">
            {(control) => <input {...control} autoComplete="off" {...register('name')} />}
          </Field>
          <Field label="Status" error={errors.status?.message} hint="Optional. At most 140 characters.">
            {(control) => <input {...control} autoComplete="off" {...register('status')} />}
          </Field>
          <CheckboxField label="Active" hint="An inactive user cannot log in.">
            {(control) => <input {...control} type="checkbox" {...register('active')} />}
          </CheckboxField>
        </GuardedFieldset>
        {failure ? (
          <div role="alert" className="form-error">
            <p>Could not create the user: {errorMessage(failure)}</p>
            {isRetryable(failure) ? (
              <button type="button" onClick={() => void onSubmit()}>
                Retry
              </button>
            ) : null}
          </div>
        ) : null}
        <p className="actions">
          <GuardedButton action="createUser" type="submit" aria-disabled={create.isPending || undefined}>
            {create.isPending ? 'Creating…' : 'Create user'}
          </GuardedButton>
          <Link to={paths.users()}>Cancel</Link>
        </p>
        {unsavedChangesPrompt}
      </form>
    </section>
  );
}
