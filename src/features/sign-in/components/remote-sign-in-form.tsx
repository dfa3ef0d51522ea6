import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { RemoteBackendFields } from '../../../components/remote-backend-fields.tsx';
import type { Operator } from '../../../contract/index.ts';
import { createBackendClient, type BackendClient } from '../../../lib/backend-client.ts';
import { readSavedBackendUrl, type BackendConfig } from '../../../lib/backend-config.ts';
import { identifyOperator, signInFailure } from '../../../lib/session/identify-operator.ts';
import type { RemoteCredentials } from '../../../lib/session/session-context.tsx';
import { createRemoteSignInSchema, type RemoteSignInValues } from '../forms/sign-in-form.ts';

interface RemoteSignInFormProps {
  config: BackendConfig;
  onSignedIn: (credentials: RemoteCredentials, operator: Operator, client: BackendClient) => void;
}

/**
 * Backend URL and app token, checked with the backend (who the token belongs to) before anything is
 * saved; a refusal or an unreachable backend is said in the form, with everything typed kept.
 */
export function RemoteSignInForm({ config, onSignedIn }: RemoteSignInFormProps) {
  // A token the page started with but could not use (refused, or the backend was down): it may be retried.
  const savedToken = config.mode === 'remote' ? config.appToken : '';
  const schema = useMemo(() => createRemoteSignInSchema(savedToken !== ''), [savedToken]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RemoteSignInValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      url: config.mode === 'remote' ? config.url : readSavedBackendUrl(),
      appToken: '',
      remember: config.mode === 'remote' && config.remember,
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    const credentials = { url: values.url.trim(), appToken: values.appToken.trim() || savedToken, remember: values.remember };
    const client = createBackendClient({ url: credentials.url, appToken: credentials.appToken });
    try {
      onSignedIn(credentials, await identifyOperator(client), client);
    } catch (error) {
      setError('root', { message: signInFailure(error) });
    }
  });

  return (
    // method="post": even a submission without script could never put the app token into the address bar.
    <form className="form" method="post" noValidate aria-labelledby="remote-sign-in-heading" onSubmit={(event) => void onSubmit(event)}>
      <h2 id="remote-sign-in-heading">Remote backend</h2>
      <RemoteBackendFields
        url={register('url')}
        appToken={register('appToken')}
        remember={register('remember')}
        errors={{ url: errors.url?.message, appToken: errors.appToken?.message }}
        tokenHint={savedToken ? 'A token is saved. Leave this empty to try it again.' : 'It decides who you are and what you may do.'}
      />
      {errors.root ? (
        <p role="alert" className="form-error">
          {errors.root.message}
        </p>
      ) : null}
      <p className="actions">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </p>
    </form>
  );
}
