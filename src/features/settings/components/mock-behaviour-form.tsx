import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Field } from '../../../components/field.tsx';
import { MAX_PRESENCE_RATE, type MockController } from '../../../../mocks/mock-settings.ts';
import { errorMessage } from '../../../lib/backend-error.ts';
import { useReportDirty } from '../../../lib/use-dirty-forms.ts';
import { mockBehaviourFormSchema, mockFieldErrors, type MockBehaviourFormValues } from '../forms/mock-forms.ts';

interface MockBehaviourFormProps {
  controller: MockController;
  announce: (message: string) => void;
  /** Whether the form holds values not applied yet (for the page's "Leave without saving?"). */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Latency, failure rate and presence churn: they apply at once and leave the data alone. */
export function MockBehaviourForm({ controller, announce, onDirtyChange }: MockBehaviourFormProps) {
  const { latencyMs, failureRate, presenceRate } = controller.settings();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<MockBehaviourFormValues>({
    resolver: zodResolver(mockBehaviourFormSchema, { error: mockFieldErrors }),
    defaultValues: { latencyMs, failureRate, presenceRate },
  });
  useReportDirty(isDirty, onDirtyChange);

  const onSubmit = handleSubmit(async (values) => {
    try {
      await controller.setBehaviour(values);
      reset(values);
      announce(
        `Saved. Mock latency ${values.latencyMs} ms, failure rate ${values.failureRate}, presence churn ${values.presenceRate ?? presenceRate} events/s.`,
      );
    } catch (error) {
      setError('root', { message: errorMessage(error) });
    }
  });

  return (
    <form className="form" noValidate aria-labelledby="mock-behaviour-heading" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="mock-behaviour-heading">Behaviour</h3>
      <Field label="Latency (ms)" error={errors.latencyMs?.message} hint="Added to every answer, 0–60,000.">
        {(field) => <input {...field} type="number" min={0} max={60_000} step={1} {...register('latencyMs', { valueAsNumber: true })} />}
      </Field>
      <Field label="Failure rate" error={errors.failureRate?.message} hint="Share of requests that fail with UNAVAILABLE, 0–1, spread evenly over retries: at 0.5 a request that failed passes when sent again.">
        {(field) => <input {...field} type="number" min={0} max={1} step={0.01} {...register('failureRate', { valueAsNumber: true })} />}
      </Field>
      <Field
        label="Presence churn (events/s)"
        error={errors.presenceRate?.message}
        hint={`Users coming online or going offline each second, across the dataset, 0–${MAX_PRESENCE_RATE.toLocaleString('en-US')}.`}
      >
        {(field) => (
          <input {...field} type="number" min={0} max={MAX_PRESENCE_RATE} step={1} {...register('presenceRate', { valueAsNumber: true })} />
        )}
      </Field>
      {errors.root?.message ? <p role="alert" className="form-error">{errors.root.message}</p> : null}
      <p className="actions">
        <button type="submit" disabled={isSubmitting}>
          Apply behaviour
        </button>
      </p>
    </form>
  );
}
