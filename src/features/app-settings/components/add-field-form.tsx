import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ErrorState } from '../../../components/error-state.tsx';
import { Field } from '../../../components/field.tsx';
import { PROFILE_LIMITS } from '../../../contract/index.ts';
import { useUpdateAppSettings } from '../../../lib/app-settings-api.ts';
import { errorMessage, isBackendError, isRetryable } from '../../../lib/backend-error.ts';
import { setServerFieldErrors } from '../../../lib/server-field-errors.ts';
import { useCan } from '../../../lib/session/session-context.tsx';
import { CUSTOM_FIELDS_LIMIT, customFieldFor, newFieldSchema, type NewFieldValues } from '../forms/custom-field-form.ts';

const EMPTY: NewFieldValues = { key: '', label: '', maxLength: 64 };
const fieldFor = customFieldFor(['key', 'label', 'maxLength'] as const);

interface AddFieldFormProps {
  existingKeys: readonly string[];
  announce: (message: string) => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** Defines a new custom profile field; refused here once the app has its 20, and by the backend too. */
export function AddFieldForm({ existingKeys, announce, onDirtyChange }: AddFieldFormProps) {
  const update = useUpdateAppSettings();
  const schema = useMemo(() => newFieldSchema(existingKeys), [existingKeys]);
  const full = existingKeys.length >= CUSTOM_FIELDS_LIMIT;
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<NewFieldValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  // A failure worth trying again (the backend down, a timeout): the fields stay as typed.
  const [failure, setFailure] = useState<unknown>(null);

  // Refused, the form stays visible but disabled; the page's note says why.
  const { allowed } = useCan('defineProfileFields');

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { app } = await update.mutateAsync({ customField: values });
      reset(EMPTY);
      const added = app.customFields.find((field) => field.key.toLowerCase() === values.key.toLowerCase());
      announce(`Saved. Field ${added?.key ?? values.key} added.`);
    } catch (error) {
      // The limit is about the app, not the key the admin typed: it goes in the form's alert.
      const aboutTheApp = isBackendError(error) && error.code === 'LIMIT_EXCEEDED';
      const placed = !aboutTheApp && setServerFieldErrors(error, setError, fieldFor);
      if (placed) return;
      if (isRetryable(error)) setFailure(error);
      else setError('root', { message: `The field was not added. ${errorMessage(error)}` });
    }
  });

  return (
    <form className="form add-field" noValidate aria-labelledby="add-field-heading" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="add-field-heading">Add field</h3>
      {full ? (
        <p className="notice">
          This app has {CUSTOM_FIELDS_LIMIT} custom fields, the most it can have. Remove one to add another.
        </p>
      ) : null}
      <fieldset disabled={full || isSubmitting || !allowed} className="plain-fieldset">
        <Field label="Key" error={errors.key?.message} hint="1–32 letters and digits, e.g. team. Users’ values are stored under it; it cannot be changed later.">
          {(field) => <input {...field} type="text" autoComplete="off" spellCheck={false} {...register('key')} />}
        </Field>
        <Field label="Label" error={errors.label?.message} hint="The name the profile tab shows, up to 64 characters.">
          {(field) => <input {...field} type="text" {...register('label')} />}
        </Field>
        <Field label="Maximum length" error={errors.maxLength?.message} hint={`Longest value allowed, 1–${PROFILE_LIMITS.customValue} characters.`}>
          {(field) => (
            <input {...field} type="number" min={1} max={PROFILE_LIMITS.customValue} step={1} {...register('maxLength', { valueAsNumber: true })} />
          )}
        </Field>
        {errors.root?.message ? (
          <p role="alert" className="form-error">
            {errors.root.message}
          </p>
        ) : null}
        {failure ? <ErrorState title="The field was not added." error={failure} onRetry={() => void onSubmit()} /> : null}
        <p className="actions">
          <button type="submit">Add field</button>
        </p>
      </fieldset>
    </form>
  );
}
