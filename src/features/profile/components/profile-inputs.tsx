import type { ReactNode } from 'react';
import { get, useFormContext, type FieldError, type Path } from 'react-hook-form';
import { Field } from '../../../components/field.tsx';
import type { ProfileFormInput } from '../forms/profile-form.ts';

type Name = Path<ProfileFormInput>;

interface InputProps {
  name: Name;
  label: string;
  hint?: ReactNode;
}

/** The validation message of a field, wherever it sits in the form (custom rows included). */
export function useFieldError(name: Name): string | undefined {
  const { formState } = useFormContext<ProfileFormInput>();
  const error: FieldError | undefined = get(formState.errors, name);
  return error?.message;
}

export function TextInput({
  name,
  label,
  hint,
  type = 'text',
  autoComplete = 'off',
}: InputProps & { type?: 'text' | 'email' | 'tel' | 'url'; autoComplete?: string }) {
  const { register } = useFormContext<ProfileFormInput>();
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...control} type={type} autoComplete={autoComplete} spellCheck={false} {...register(name)} />}
    </Field>
  );
}

export function TextArea({ name, label, hint }: InputProps) {
  const { register } = useFormContext<ProfileFormInput>();
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} rows={4} {...register(name)} />}
    </Field>
  );
}

/** 0–100, or blank for "not set": the blank stays "" (sent as "" to remove it), a number is a number. */
export function ScoreInput({ name, label, hint }: InputProps) {
  const { register } = useFormContext<ProfileFormInput>();
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          {...register(name, { setValueAs: (value: unknown) => (value === '' || value === null ? '' : Number(value)) })}
        />
      )}
    </Field>
  );
}

export function SelectInput({ name, label, hint, options }: InputProps & { options: readonly [string, string][] }) {
  const { register } = useFormContext<ProfileFormInput>();
  const error = useFieldError(name);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} {...register(name)}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
