import type { UseFormRegisterReturn } from 'react-hook-form';
import { CheckboxField, Field } from './field.tsx';

interface RemoteBackendFieldsProps {
  url: UseFormRegisterReturn;
  appToken: UseFormRegisterReturn;
  remember: UseFormRegisterReturn;
  errors: { url?: string | undefined; appToken?: string | undefined };
  /** What the token field says about a token already saved, or about the token itself. */
  tokenHint: string;
}

/**
 * "Backend URL", "App token" and "Remember": how a remote backend is reached, the same fields in
 * Settings and on the sign-in screen. Each form registers them with its own schema.
 */
export function RemoteBackendFields({ url, appToken, remember, errors, tokenHint }: RemoteBackendFieldsProps) {
  return (
    <>
      <Field label="Backend URL" error={errors.url} hint="The endpoint every request is POSTed to, e.g. https://api.example.com/backend">
        {(field) => <input {...field} type="url" inputMode="url" autoComplete="url" spellCheck={false} {...url} />}
      </Field>
      <Field label="App token" error={errors.appToken} hint={tokenHint}>
        {(field) => <input {...field} type="password" autoComplete="off" spellCheck={false} {...appToken} />}
      </Field>
      <CheckboxField label="Remember" hint="Keep the app token after the browser closes (otherwise it is kept for this session only).">
        {(field) => <input {...field} type="checkbox" {...remember} />}
      </CheckboxField>
    </>
  );
}
