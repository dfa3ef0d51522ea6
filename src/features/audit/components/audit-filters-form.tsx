import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Field } from '../../../components/field.tsx';
import { ACTION_LABELS, auditedOps, auditFiltersFormSchema, type AuditSearch } from '../url-state.ts';

interface AuditFiltersFormProps {
  /** The filters in force (from the URL); the form shows them again whenever they change. */
  values: AuditSearch;
  onApply: (values: AuditSearch) => void;
  onClear: () => void;
  /** Operator names to suggest (those seen in the log); any other text is accepted too. */
  operators: readonly string[];
  /** Why the User filter finds nothing, e.g. an address nobody has. */
  userProblem?: string | undefined;
}

/**
 * The log's filters. Applied together on "Apply filters" (or Enter), so the list does not reload at every
 * keystroke; each one is checked by the same rules as a link's, and its error is tied to its field.
 */
export function AuditFiltersForm({ values, onApply, onClear, operators, userProblem }: AuditFiltersFormProps) {
  const operatorListId = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AuditSearch>({ resolver: zodResolver(auditFiltersFormSchema), values });

  return (
    <form
      className="form audit-filters"
      aria-label="Filters"
      role="search"
      noValidate
      onSubmit={(event) => void handleSubmit(onApply)(event)}
    >
      <div className="audit-filter-fields">
        <Field label="Operator" hint="Part of a name matches." error={errors.operator?.message}>
          {(control) => (
            <input {...control} {...register('operator')} type="text" list={operatorListId} autoComplete="off" spellCheck={false} />
          )}
        </Field>
        <datalist id={operatorListId}>
          {operators.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Field label="User" hint="A uid, or an exact address." error={errors.user?.message ?? userProblem}>
          {(control) => <input {...control} {...register('user')} type="text" autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label="Action" error={errors.action?.message}>
          {(control) => (
            <select {...control} {...register('action')}>
              <option value="">Any action</option>
              {auditedOps.map((op) => (
                <option key={op} value={op}>
                  {ACTION_LABELS[op]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="From" error={errors.from?.message}>
          {(control) => <input {...control} {...register('from')} type="datetime-local" />}
        </Field>
        <Field label="To" error={errors.to?.message}>
          {(control) => <input {...control} {...register('to')} type="datetime-local" />}
        </Field>
      </div>
      <p className="actions">
        <button type="submit">Apply filters</button>
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      </p>
    </form>
  );
}
