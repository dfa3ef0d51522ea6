import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Dialog } from '../../../components/dialog.tsx';
import { Field } from '../../../components/field.tsx';
import { PROFILE_LIMITS, type CustomFieldDefinition } from '../../../contract/index.ts';
import { useUpdateAppSettings } from '../../../lib/app-settings-api.ts';
import { errorMessage } from '../../../lib/backend-error.ts';
import { setServerFieldErrors } from '../../../lib/server-field-errors.ts';
import { customFieldFor, editFieldSchema, type EditFieldValues } from '../forms/custom-field-form.ts';

const fieldFor = customFieldFor(['label', 'maxLength'] as const);

/** Changes a field's label and maximum length; the key stays, since users' values are stored under it. */
export function EditFieldDialog({
  field: definition,
  announce,
  onClose,
}: {
  field: CustomFieldDefinition;
  announce: (message: string) => void;
  onClose: () => void;
}) {
  const update = useUpdateAppSettings();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EditFieldValues>({
    resolver: zodResolver(editFieldSchema),
    defaultValues: { label: definition.label, maxLength: definition.maxLength },
  });

  const onSubmit = handleSubmit(async (values) => {
    try {
      await update.mutateAsync({ customField: { key: definition.key, ...values } });
      announce(`Saved. Field ${definition.key} updated.`);
      onClose();
    } catch (error) {
      if (!setServerFieldErrors(error, setError, fieldFor)) setError('root', { message: `Not saved. ${errorMessage(error)}` });
    }
  });

  return (
    <Dialog open title={`Edit field ${definition.key}`} onClose={() => (isSubmitting ? undefined : onClose())}>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label="Label" error={errors.label?.message} hint="The name the profile tab shows, up to 64 characters.">
          {(field) => <input {...field} type="text" data-autofocus {...register('label')} />}
        </Field>
        <Field
          label="Maximum length"
          error={errors.maxLength?.message}
          hint={`Longest value allowed, 1–${PROFILE_LIMITS.customValue} characters. Values already stored are kept as they are.`}
        >
          {(field) => (
            <input {...field} type="number" min={1} max={PROFILE_LIMITS.customValue} step={1} {...register('maxLength', { valueAsNumber: true })} />
          )}
        </Field>
        {errors.root?.message ? (
          <p role="alert" className="form-error">
            {errors.root.message}
          </p>
        ) : null}
        <p className="actions">
          <button type="submit" disabled={isSubmitting}>
            Save field
          </button>
          <button type="button" onClick={onClose} disabled={isSubmitting}>
            Cancel
          </button>
        </p>
      </form>
    </Dialog>
  );
}
