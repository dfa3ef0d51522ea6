import { FormProvider } from 'react-hook-form';
import { ConflictNotice } from '../../../components/conflict-notice.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import { GuardedButton, GuardedFieldset } from '../../../components/role-guard.tsx';
import { PROFILE_LIMITS, type AppVisibility, type CustomFieldDefinition, type User } from '../../../contract/index.ts';
import { errorMessage } from '../../../lib/backend-error.ts';
import { useUnsavedChangesPrompt } from '../../../lib/use-unsaved-changes-prompt.ts';
import { orphanCustomValues } from '../forms/profile-form.ts';
import { adminForbidTypeOptions, allowTypeOptions, genderOptions, messageSettingOptions } from '../forms/profile-options.ts';
import { useProfileEditor } from '../hooks/use-profile-editor.ts';
import { ClearProfileButton } from './clear-profile-button.tsx';
import { CustomFieldsSection } from './custom-fields-section.tsx';
import { ImageUrlField } from './image-url-field.tsx';
import { ScoreInput, SelectInput, TextArea, TextInput } from './profile-inputs.tsx';
import { ThumbnailField } from './thumbnail-field.tsx';
import { VisibilityField } from './visibility-field.tsx';

interface ProfileFormProps {
  user: User;
  definitions: readonly CustomFieldDefinition[];
  appDefaultVisibility: AppVisibility | undefined;
  appSettingsError: unknown;
  onRetryAppSettings: () => void;
}

const atMost = (max: number) => `At most ${max} characters.`;

/** Every profile field of one user, in one form saved as a merge. */
export function ProfileForm({ user, definitions, appDefaultVisibility, appSettingsError, onRetryAppSettings }: ProfileFormProps) {
  const editor = useProfileEditor(user, definitions);
  const { form, failure, conflict } = editor;
  const { isDirty } = form.formState;
  const unsavedChangesPrompt = useUnsavedChangesPrompt(isDirty);

  return (
    <FormProvider {...form}>
      <form className="form profile-form" noValidate aria-labelledby="profile-heading" onSubmit={(event) => void editor.submit(event)}>
        <h2 id="profile-heading">Profile</h2>
        <LiveRegion message={editor.announcement} className="announcement" />
        {conflict ? (
          <ConflictNotice
            subject="profile"
            differences={conflict.differences}
            busy={editor.saving}
            onReload={editor.reloadLatest}
            onSaveAnyway={() => void editor.saveAnyway()}
          />
        ) : null}

        <GuardedFieldset action="editProfile">
          <fieldset className="profile-section">
            <legend>Identity</legend>
            <TextInput name="name" label="Name" hint={atMost(PROFILE_LIMITS.name)} />
            <ImageUrlField />
            <ThumbnailField />
            <TextInput name="status" label="Status" hint={atMost(PROFILE_LIMITS.status)} />
            <TextArea name="description" label="Description" hint={atMost(PROFILE_LIMITS.description)} />
          </fieldset>

          <fieldset className="profile-section">
            <legend>Contact details</legend>
            <TextInput name="email" label="Email" type="email" hint={`An email address, at most ${PROFILE_LIMITS.email} characters.`} />
            <TextInput name="mobile" label="Mobile" type="tel" hint="A phone number, e.g. +14155550123." />
          </fieldset>

          <fieldset className="profile-section">
            <legend>Personal details</legend>
            <SelectInput name="gender" label="Gender" options={genderOptions} />
            <TextInput name="birthday" label="Birthday" hint={`As the app writes it, e.g. 1990-01-31. ${atMost(PROFILE_LIMITS.birthday)}`} />
            <TextInput name="location" label="Location" hint={atMost(PROFILE_LIMITS.location)} />
            <TextInput name="language" label="Language" hint={`A language tag, e.g. en or pt-BR. ${atMost(PROFILE_LIMITS.language)}`} />
          </fieldset>

          <fieldset className="profile-section">
            <legend>Standing</legend>
            <ScoreInput name="role" label="Role" hint="A whole number from 0 to 100; the app decides what each means." />
            <ScoreInput name="level" label="Level" hint="A whole number from 0 to 100." />
            <TextInput name="uniqueId" label="Unique ID" hint="1–32 letters and digits, unique in the app; searchable from the directory." />
          </fieldset>

          <fieldset className="profile-section">
            <legend>Privacy and messaging</legend>
            <SelectInput name="allowType" label="Friend requests" options={allowTypeOptions} hint="Who may add this user as a friend." />
            <SelectInput name="messageSettings" label="Message settings" options={messageSettingOptions} />
            <SelectInput
              name="adminForbidType"
              label="Admin forbid type"
              options={adminForbidTypeOptions}
              hint="An administrator’s restriction on this user’s messaging."
            />
            <VisibilityField appDefault={appDefaultVisibility} />
          </fieldset>

          <CustomFieldsSection
            definitions={definitions}
            orphans={orphanCustomValues(user.profile, appSettingsError ? [] : definitions)}
            loadError={appSettingsError}
            onRetryLoad={onRetryAppSettings}
          />
        </GuardedFieldset>

        {failure ? (
          <div role="alert" className="error-state">
            <p className="error-state-title">The profile was not saved.</p>
            <p>{errorMessage(failure)} Everything you typed is still here.</p>
            <p className="actions">
              <button type="button" onClick={() => void editor.submit()}>
                Retry
              </button>
            </p>
          </div>
        ) : null}

        <p className="actions form-actions">
          <GuardedButton action="editProfile" type="submit" aria-disabled={editor.saving || undefined}>
            Save
          </GuardedButton>
          {editor.saving ? <span className="muted">Saving…</span> : isDirty ? <span className="muted">Unsaved changes</span> : null}
          <ClearProfileButton who={user.profile.name || user.address} onClear={editor.clearProfile} />
        </p>
        {unsavedChangesPrompt}
      </form>
    </FormProvider>
  );
}

