import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Field } from '../../../components/field.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import type { MockController, SeedProgress } from '../../../../mocks/mock-settings.ts';
import { MAX_MOCK_USERS } from '../../../../mocks/mock-settings.ts';
import { errorMessage } from '../../../lib/backend-error.ts';
import { formatCount, formatNumber } from '../../../lib/format.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useReportDirty } from '../../../lib/use-dirty-forms.ts';
import { mockDatasetFormSchema, mockFieldErrors, type MockDatasetFormValues } from '../forms/mock-forms.ts';

interface MockDatasetFormProps {
  controller: MockController;
  announce: (message: string) => void;
  /** Whether the form holds a size or seed not applied yet (for the page's "Leave without saving?"). */
  onDirtyChange?: (dirty: boolean) => void;
}

type Step = { kind: 'editing' } | { kind: 'confirming'; values: MockDatasetFormValues } | { kind: 'resetting'; progress: SeedProgress };

/**
 * Dataset size and seed. Applying them throws every mock user away, so it asks first, shows progress
 * while seeding, and refreshes every user query afterwards.
 */
export function MockDatasetForm({ controller, announce, onDirtyChange }: MockDatasetFormProps) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'editing' });
  const [userCount, setUserCount] = useState(() => controller.userCount());
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const previousStep = useRef(step.kind);
  const { users, seed } = controller.settings();
  const {
    register,
    handleSubmit,
    setError,
    reset: resetForm,
    formState: { errors, isDirty },
  } = useForm<MockDatasetFormValues>({
    resolver: zodResolver(mockDatasetFormSchema, { error: mockFieldErrors }),
    defaultValues: { users, seed },
  });
  useReportDirty(isDirty, onDirtyChange);

  // The question replaces "Reset mock data" and goes away again: focus follows, instead of being
  // dropped on <body> with the button that held it.
  useEffect(() => {
    if (step.kind === 'confirming') confirmRef.current?.focus();
    else if (step.kind === 'editing' && previousStep.current !== 'editing') resetRef.current?.focus();
    previousStep.current = step.kind;
  }, [step.kind]);

  const onSubmit = handleSubmit((values) => setStep({ kind: 'confirming', values }));

  async function reset(values: MockDatasetFormValues) {
    setStep({ kind: 'resetting', progress: { done: 0, total: values.users } });
    try {
      await controller.reset(values, (progress) => setStep({ kind: 'resetting', progress }));
      setUserCount(controller.userCount());
      resetForm(values);
      await queryClient.resetQueries({ queryKey: queryKeys.users.all() });
      announce(`Saved. Mock data reset to ${formatCount(values.users, 'user')} from seed ${values.seed}.`);
    } catch (error) {
      setError('root', { message: `The reset failed: ${errorMessage(error)}` });
    } finally {
      setStep({ kind: 'editing' });
    }
  }

  const busy = step.kind !== 'editing';
  return (
    <form className="form" noValidate aria-labelledby="mock-data-heading" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="mock-data-heading">Data</h3>
      <p>The mock holds {formatCount(userCount, 'user')} now.</p>
      <Field label="Users" error={errors.users?.message} hint={`Size of the generated dataset, up to ${formatNumber(MAX_MOCK_USERS)}.`}>
        {(field) => (
          <input {...field} type="number" min={0} max={MAX_MOCK_USERS} step={1} readOnly={busy} {...register('users', { valueAsNumber: true })} />
        )}
      </Field>
      <Field label="Seed" error={errors.seed?.message} hint="The same size and seed always generate the same users.">
        {(field) => <input {...field} type="number" min={0} step={1} readOnly={busy} {...register('seed', { valueAsNumber: true })} />}
      </Field>
      {errors.root?.message ? <p role="alert" className="form-error">{errors.root.message}</p> : null}

      {step.kind === 'confirming' ? (
        <div className="confirm" role="group" aria-labelledby="mock-reset-question">
          <p id="mock-reset-question">
            Replace all mock data with {formatCount(step.values.users, 'generated user')} from seed {step.values.seed}? Changes made in
            the mock are lost.
          </p>
          <p className="actions">
            <button ref={confirmRef} type="button" className="danger" onClick={() => void reset(step.values)}>
              Confirm reset
            </button>
            <button type="button" onClick={() => setStep({ kind: 'editing' })}>
              Cancel
            </button>
          </p>
        </div>
      ) : step.kind === 'resetting' ? (
        <ProgressBar label="Resetting mock data…" done={step.progress.done} total={step.progress.total} />
      ) : (
        <p className="actions">
          <button ref={resetRef} type="submit">
            Reset mock data
          </button>
        </p>
      )}
    </form>
  );
}
