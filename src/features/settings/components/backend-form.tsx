import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { RemoteBackendFields } from '../../../components/remote-backend-fields.tsx';
import {
  hasSavedAppToken,
  readSavedBackendUrl,
  saveBackendConfig,
  type BackendConfig,
} from '../../../lib/backend-config.ts';
import { useReportDirty } from '../../../lib/use-dirty-forms.ts';
import {
  createBackendFormSchema,
  toBackendChoice,
  toBackendFormValues,
  type BackendFormValues,
} from '../forms/backend-form.ts';

interface BackendFormProps {
  /** The backend in use now. */
  config: BackendConfig;
  announce: (message: string) => void;
  /** The adapter is created at boot, so a new backend takes a reload. */
  reload?: () => void;
  /** Whether the form holds a choice not saved yet (for the page's "Leave without saving?"). */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Which backend the console talks to: the in-browser mock or a remote URL with an app token. */
export function BackendForm({ config, announce, reload = () => window.location.reload(), onDirtyChange }: BackendFormProps) {
  const [hasSavedToken] = useState(hasSavedAppToken);
  const schema = useMemo(() => createBackendFormSchema(hasSavedToken), [hasSavedToken]);
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<BackendFormValues>({
    resolver: zodResolver(schema),
    defaultValues: toBackendFormValues(config, readSavedBackendUrl()),
  });
  const mode = useWatch({ control, name: 'mode' });
  useReportDirty(isDirty, onDirtyChange);

  const onSubmit = handleSubmit((values) => {
    const choice = toBackendChoice(values);
    saveBackendConfig(choice);
    if (choice.mode === 'mock' && config.mode === 'mock') {
      // Saved: what the form shows is now what is stored.
      reset(values);
      announce('Saved. The console keeps using the in-browser mock.');
      return;
    }
    announce('Saved. Reloading to connect to the new backend…');
    reload();
  });

  return (
    // method="post": even a submission without script could never put the app token into the address bar.
    <form className="form" method="post" noValidate onSubmit={(event) => void onSubmit(event)}>
      <fieldset className="radio-group">
        {/* The section heading already says "Backend" on screen; the legend names the group for assistive tech. */}
        <legend className="visually-hidden">Backend</legend>
        <label>
          <input type="radio" value="mock" {...register('mode')} />
          In-browser mock
        </label>
        <label>
          <input type="radio" value="remote" {...register('mode')} />
          Remote
        </label>
      </fieldset>
      {mode === 'remote' ? (
        <RemoteBackendFields
          url={register('url')}
          appToken={register('appToken')}
          remember={register('remember')}
          errors={{ url: errors.url?.message, appToken: errors.appToken?.message }}
          tokenHint={hasSavedToken ? 'A token is saved. Leave this empty to keep it.' : 'Sent with every request; never shown again once saved.'}
        />
      ) : null}
      <p className="actions">
        <button type="submit" disabled={isSubmitting}>
          Save backend
        </button>
      </p>
    </form>
  );
}
