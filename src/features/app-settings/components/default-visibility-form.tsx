import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { GuardedButton } from '../../../components/role-guard.tsx';
import type { AppVisibility } from '../../../contract/index.ts';
import { useUpdateAppSettings } from '../../../lib/app-settings-api.ts';
import { errorMessage } from '../../../lib/backend-error.ts';
import { useCan } from '../../../lib/session/session-context.tsx';
import { defaultVisibilitySchema, visibilityChoices, visibilityLabel, type DefaultVisibilityValues } from '../forms/custom-field-form.ts';

interface DefaultVisibilityFormProps {
  value: AppVisibility;
  announce: (message: string) => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** The app-level profile visibility, used for every user whose own setting is "Not set". */
export function DefaultVisibilityForm({ value, announce, onDirtyChange }: DefaultVisibilityFormProps) {
  const update = useUpdateAppSettings();
  const { allowed } = useCan('defineProfileFields');
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<DefaultVisibilityValues>({ resolver: zodResolver(defaultVisibilitySchema), defaultValues: { defaultVisibility: value } });

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  // A value saved elsewhere (another tab, another admin) shows up unless the admin is choosing one.
  useEffect(() => {
    if (!isDirty) reset({ defaultVisibility: value });
  }, [value, isDirty, reset]);

  const submit = handleSubmit(async ({ defaultVisibility }) => {
    try {
      const { app } = await update.mutateAsync({ defaultVisibility });
      reset({ defaultVisibility: app.defaultVisibility });
      announce(`Saved. Default visibility: ${visibilityLabel(app.defaultVisibility)}.`);
    } catch (error) {
      setError('root', { message: errorMessage(error) });
    }
  });

  return (
    <form className="form" noValidate aria-labelledby="visibility-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="visibility-heading">Visibility</h2>
      <fieldset className="choice-group" aria-describedby="default-visibility-hint" disabled={!allowed}>
        <legend>Default visibility</legend>
        <p id="default-visibility-hint" className="field-hint">
          Who sees a user’s profile when the user’s own visibility is “Not set”.
        </p>
        {visibilityChoices.map((choice) => (
          <div key={choice.value} className="field field-checkbox">
            <input
              type="radio"
              id={`default-visibility-${choice.value}`}
              value={choice.value}
              aria-describedby={`default-visibility-${choice.value}-hint`}
              {...register('defaultVisibility')}
            />
            <label htmlFor={`default-visibility-${choice.value}`}>{choice.label}</label>
            <p id={`default-visibility-${choice.value}-hint`} className="field-hint">
              {choice.help}
            </p>
          </div>
        ))}
      </fieldset>
      {errors.root?.message ? (
        <div role="alert" className="error-state">
          <p className="error-state-title">The default visibility was not saved.</p>
          <p>{errors.root.message}</p>
          <p className="actions">
            <button type="button" onClick={() => void submit()} disabled={isSubmitting}>
              Retry
            </button>
          </p>
        </div>
      ) : null}
      <p className="actions">
        <GuardedButton action="defineProfileFields" type="submit" disabled={isSubmitting}>
          Save
        </GuardedButton>
      </p>
    </form>
  );
}
