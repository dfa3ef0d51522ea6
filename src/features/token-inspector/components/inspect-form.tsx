import { useRef, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Field } from '../../../components/field.tsx';
import { platforms } from '../../../contract/index.ts';
import { useCan } from '../../../lib/session/session-context.tsx';
import { PLATFORM_LABELS } from '../../../lib/token-restriction.ts';
import { defaultInspectValues, inspectFormSchema, type InspectFormValues } from '../forms/inspect-form.ts';

interface InspectFormProps {
  /** With `withLogin`, the app described under "Try a login" attempts to log in too. */
  onInspect: (values: InspectFormValues, withLogin: boolean) => Promise<void>;
  disabled: boolean;
  showRecord: boolean;
  /** Whose token it is: shown under "Inspect", where the admin is looking. */
  tokenResult: ReactNode;
  /** The verdict on the login tried: shown under "Try a login". */
  loginResult: ReactNode;
}

/**
 * Paste a token, optionally describe an app. The form posts nothing by itself (method="post" only so that
 * a submission without script could never put the token into the address bar).
 */
export function InspectForm({ onInspect, disabled, showRecord, tokenResult, loginResult }: InspectFormProps) {
  // Which button submitted: Enter in a field "clicks" the first one, Inspect. Read at the event only.
  const withLogin = useRef(false);
  const recording = useCan('recordLogin');
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<InspectFormValues>({ resolver: zodResolver(inspectFormSchema), defaultValues: defaultInspectValues });
  const busy = disabled || isSubmitting;

  return (
    <form className="form inspect-form" method="post" noValidate onSubmit={(event) => void handleSubmit((values) => onInspect(values, withLogin.current))(event)}>
      <Field label="Access token" hint="Paste the token the app uses. It is sent to the backend only, never kept or put in the address." error={errors.accessToken?.message}>
        {(control) => (
          <textarea {...control} {...register('accessToken')} rows={3} autoComplete="off" spellCheck={false} className="token-value" />
        )}
      </Field>
      <p className="actions">
        <button type="submit" disabled={busy} onClick={() => (withLogin.current = false)}>
          Inspect
        </button>
      </p>
      {tokenResult}
      <fieldset className="login-trial">
        <legend>Try a login</legend>
        <p className="field-hint">Would an app with these details be let in with this token? Leave a detail empty to skip its check.</p>
        <Field label="Platform">
          {(control) => (
            <select {...control} {...register('platform')}>
              {platforms.map((platform) => (
                <option key={platform} value={platform}>
                  {PLATFORM_LABELS[platform]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="App ID" hint="The package (Android), bundle ID (iOS) or setAppName string the app uses." error={errors.appid?.message}>
          {(control) => <input {...control} {...register('appid')} type="text" autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label="Page URL" hint="JavaScript: the address of the page the app runs on." error={errors.url?.message}>
          {(control) => <input {...control} {...register('url')} type="url" autoComplete="off" spellCheck={false} />}
        </Field>
        {showRecord ? (
          <div className="field field-checkbox">
            {/* Refused, it is disabled with the reason as its description, right beside it. */}
            <input
              id="inspect-record"
              type="checkbox"
              {...register('record')}
              disabled={!recording.allowed}
              aria-describedby={recording.allowed ? 'inspect-record-hint' : 'inspect-record-hint inspect-record-refused'}
            />
            <label htmlFor="inspect-record">Record as a login</label>
            <p id="inspect-record-hint" className="field-hint">
              Mock only: an allowed attempt counts as a real login, so an auto-refreshing token is extended.
            </p>
            {recording.allowed ? null : (
              <p id="inspect-record-refused" className="field-hint">
                {recording.reason}.
              </p>
            )}
          </div>
        ) : null}
        <p className="actions">
          <button type="submit" disabled={busy} onClick={() => (withLogin.current = true)}>
            Try a login
          </button>
        </p>
      </fieldset>
      {loginResult}
    </form>
  );
}
