import { useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ErrorState } from '../../../components/error-state.tsx';
import { Field } from '../../../components/field.tsx';
import { UserCombobox } from '../../../components/user-combobox.tsx';
import type { ContactParams, User } from '../../../contract/index.ts';
import { isBackendError, isRetryable } from '../../../lib/backend-error.ts';
import { setServerFieldErrors } from '../../../lib/server-field-errors.ts';
import { useUnsavedChangesPrompt } from '../../../lib/use-unsaved-changes-prompt.ts';
import { useUserSuggestions } from '../../../lib/use-user-suggestions.ts';
import { addContactSchema, type AddContactValues } from '../forms/contact-flags.ts';

interface AddContactFormProps {
  user: User;
  existingAddresses: readonly string[];
  save: (contact: ContactParams) => Promise<void>;
  /** After a conflict: reload the user and its contacts before the admin tries again. */
  reload: () => Promise<void>;
  onAdded: (address: string) => void;
  disabled: boolean;
}

/** Adds a contact by address, suggesting directory users as the admin types. */
export function AddContactForm({ user, existingAddresses, save, reload, onAdded, disabled }: AddContactFormProps) {
  const schema = useMemo(() => addContactSchema(user.address, existingAddresses), [user.address, existingAddresses]);
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddContactValues>({ resolver: zodResolver(schema), defaultValues: { address: '' } });
  const address = useController({ control, name: 'address' });
  // A failure that is not about the address (the backend down, a timeout): the address stays typed.
  const [failure, setFailure] = useState<unknown>(null);

  const onSubmit = handleSubmit(async ({ address: contactAddress }) => {
    setFailure(null);
    try {
      await save({ address: contactAddress });
      reset({ address: '' });
      onAdded(contactAddress);
    } catch (error) {
      if (isBackendError(error) && error.code === 'CONFLICT') {
        await reload();
        setError('root', { message: 'Someone else changed this user meanwhile; the contacts are reloaded. Add the contact again if it is still missing.' });
        return;
      }
      const placed = setServerFieldErrors(error, setError, (path) => (path === 'user.contact.address' ? 'address' : undefined));
      if (!placed) setFailure(error);
    }
  });

  const exclude = (candidate: User) => candidate.uid === user.uid || existingAddresses.includes(candidate.address);
  const { suggestions, settled } = useUserSuggestions(address.field.value, exclude);
  // A typed address is the whole form: leaving the page would lose it.
  const unsavedChangesPrompt = useUnsavedChangesPrompt(address.field.value.trim() !== '');

  return (
    <form className="form add-contact" noValidate aria-labelledby="add-contact-heading" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="add-contact-heading">Add contact</h3>
      <Field label="Address" error={errors.address?.message} hint="The address of another user in the directory. Type to search by address, name or email.">
        {(field) => (
          <UserCombobox
            control={field}
            name={address.field.name}
            inputRef={address.field.ref}
            value={address.field.value}
            onChange={address.field.onChange}
            onBlur={address.field.onBlur}
            suggestions={suggestions}
            settled={settled}
          />
        )}
      </Field>
      {errors.root?.message ? (
        <p role="alert" className="form-error">
          {errors.root.message}
        </p>
      ) : null}
      {failure ? (
        <ErrorState title="The contact was not added." error={failure} onRetry={isRetryable(failure) ? () => void onSubmit() : undefined} />
      ) : null}
      <p className="actions">
        <button type="submit" disabled={isSubmitting || disabled}>
          Add contact
        </button>
      </p>
      {unsavedChangesPrompt}
    </form>
  );
}
