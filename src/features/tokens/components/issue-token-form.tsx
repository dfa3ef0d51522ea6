import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useController, useForm, useWatch, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ErrorState } from '../../../components/error-state.tsx';
import { Field } from '../../../components/field.tsx';
import { UserCombobox } from '../../../components/user-combobox.tsx';
import { platforms } from '../../../contract/index.ts';
import { isRetryable } from '../../../lib/backend-error.ts';
import { setServerFieldErrors } from '../../../lib/server-field-errors.ts';
import { PLATFORM_LABELS } from '../../../lib/token-restriction.ts';
import { useUnsavedChangesPrompt } from '../../../lib/use-unsaved-changes-prompt.ts';
import { useUserSuggestions } from '../../../lib/use-user-suggestions.ts';
import { useIssueToken } from '../api/tokens-api.ts';
import {
  defaultIssueTokenValues,
  formFieldOfWirePath,
  issueSummary,
  issueTokenFormSchema,
  toTokenParams,
  type IssueTokenFormValues,
} from '../forms/issue-token-form.ts';
import { ExpiryField } from './expiry-field.tsx';
import { FlagCheckbox } from './flag-checkbox.tsx';

const APP_ID_HINT =
  'Lower case, dot-separated, not numeric, e.g. com.example.app. On Android it must be the package name ' +
  '(AndroidManifest.xml or google-services.json), on iOS the bundle ID (the Xcode project); on other ' +
  'platforms, the string the app passes to setAppName.';

/** Fields whose validity depends on the platform flags: re-checked whenever a flag changes. */
const FLAG_DEPENDENTS: Path<IssueTokenFormValues>[] = ['appid', 'v2', 'url', 'package', 'bundle'];

export interface IssuedToken {
  token: string;
  device: string;
}

interface IssueTokenFormProps {
  uid: number;
  initialValues: IssueTokenFormValues;
  /** Devices that hold a token (undefined when the backend cannot list them). */
  existingDevices: readonly string[] | undefined;
  onIssued: (issued: IssuedToken) => void;
  onCancel: () => void;
}

/**
 * Every parameter of mesibo's token generation, validated as typed against the contract, with the
 * effective restriction spelled out above "Issue".
 */
export function IssueTokenForm({ uid, initialValues, existingDevices, onIssued, onCancel }: IssueTokenFormProps) {
  const summaryId = useId();
  const [failure, setFailure] = useState<unknown>(null);
  const { issue } = useIssueToken(uid);
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<IssueTokenFormValues>({
    resolver: zodResolver(issueTokenFormSchema),
    defaultValues: initialValues,
    mode: 'onChange',
  });
  const values: IssueTokenFormValues = { ...defaultIssueTokenValues, ...useWatch({ control }) };
  const summary = issueSummary(values);
  const linkto = useController({ control, name: 'linkto' });
  // A user cannot be linked to itself.
  const linkSuggestions = useUserSuggestions(linkto.field.value, (candidate) => candidate.uid === uid);
  const unsavedChangesPrompt = useUnsavedChangesPrompt(isDirty);

  // A package implies Android and a bundle implies iOS: typing one ticks the box once. Unticking it
  // afterwards is then a choice the validation refuses as a contradiction, not something we undo.
  const filled = useRef({ package: initialValues.package.trim() !== '', bundle: initialValues.bundle.trim() !== '' });
  const implyPlatform = (field: 'package' | 'bundle', platform: 'android' | 'ios') => (event: ChangeEvent<HTMLInputElement>) => {
    const nowFilled = event.target.value.trim() !== '';
    if (nowFilled && !filled.current[field]) setValue(platform, true, { shouldDirty: true, shouldValidate: true });
    filled.current[field] = nowFilled;
  };

  const device = values.device.trim();
  const replaces = existingDevices?.includes(device) ?? false;
  const deviceHint = replaces
    ? `${device ? `“${device}”` : 'The default device'} already has a token: issuing regenerates it, and the old token stops working.`
    : 'One token per device; issuing for a device that has one regenerates it. Leave empty for the default device.';

  const submit = handleSubmit(async (submitted) => {
    setFailure(null);
    try {
      const token = await issue(toTokenParams(submitted));
      if (!token) {
        setFailure(new Error('The backend accepted the request but returned no token. Try again.'));
        return;
      }
      onIssued({ token, device: submitted.device.trim() });
    } catch (error) {
      setServerFieldErrors(error, setError, formFieldOfWirePath);
      setFailure(error);
    }
  });

  return (
    <form className="form issue-token-form" noValidate onSubmit={(event) => void submit(event)}>
      <Field label="App ID" hint={APP_ID_HINT} error={errors.appid?.message}>
        {(field) => <input {...field} {...register('appid')} type="text" autoComplete="off" spellCheck={false} />}
      </Field>

      <fieldset className="token-platforms">
        <legend>Platforms</legend>
        <FlagCheckbox
          label="v2 token format"
          hint="mesibo’s default since 2025, and required for any platform restriction."
          registration={register('v2', { deps: ['appid'] })}
          error={errors.v2?.message}
        />
        <p className="field-hint">Tick none for a token valid on every platform.</p>
        <div className="platform-flags">
          {platforms.map((platform) => (
            <FlagCheckbox key={platform} label={PLATFORM_LABELS[platform]} registration={register(platform, { deps: FLAG_DEPENDENTS })} />
          ))}
        </div>
        <Field label="URL prefix" hint="JavaScript: the page’s URL must start with this (compared case-insensitively)." error={errors.url?.message}>
          {(field) => <input {...field} {...register('url')} type="url" autoComplete="off" spellCheck={false} placeholder="https://app.example.com/" />}
        </Field>
        <Field label="Android package" hint="Restricts the token to the Android app with this package; ticks Android." error={errors.package?.message}>
          {(field) => (
            <input
              {...field}
              {...register('package', { onChange: implyPlatform('package', 'android'), deps: ['appid'] })}
              type="text"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <Field label="iOS bundle ID" hint="Restricts the token to the iOS app with this bundle ID; ticks iOS." error={errors.bundle?.message}>
          {(field) => (
            <input
              {...field}
              {...register('bundle', { onChange: implyPlatform('bundle', 'ios'), deps: ['appid'] })}
              type="text"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
      </fieldset>

      <ExpiryField
        registration={register('expiry')}
        value={values.expiry}
        error={errors.expiry?.message}
        onPreset={(minutes) => setValue('expiry', String(minutes), { shouldDirty: true, shouldValidate: true })}
      />
      <Field
        label="Auto-refresh (minutes)"
        hint="0 for none. Otherwise, a login shortly before expiry extends the token to the login time plus this interval."
        error={errors.autorefresh?.message}
      >
        {(field) => <input {...field} {...register('autorefresh')} type="number" inputMode="numeric" min={0} step={1} />}
      </Field>
      <Field label="Device" hint={deviceHint} error={errors.device?.message}>
        {(field) => <input {...field} {...register('device')} type="text" autoComplete="off" spellCheck={false} />}
      </Field>
      <Field
        label="Link to user"
        hint="Optional (multi-device): makes this user a linked user of the one chosen, by uid or address."
        error={errors.linkto?.message}
      >
        {(field) => (
          <UserCombobox
            control={field}
            name={linkto.field.name}
            value={linkto.field.value}
            onChange={linkto.field.onChange}
            onBlur={linkto.field.onBlur}
            inputRef={linkto.field.ref}
            suggestions={linkSuggestions.suggestions}
            settled={linkSuggestions.settled}
          />
        )}
      </Field>

      <p id={summaryId} className={summary.issuable ? 'token-summary' : 'token-summary token-summary-blocked'}>
        {summary.text}
      </p>
      {failure ? <ErrorState title="No token was issued." error={failure} onRetry={isRetryable(failure) ? () => void submit() : undefined} /> : null}
      <p className="actions">
        <button type="submit" aria-describedby={summaryId} disabled={isSubmitting}>
          Issue
        </button>
        <button type="button" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </button>
      </p>
      {unsavedChangesPrompt}
    </form>
  );
}
