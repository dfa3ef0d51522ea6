import { useParams } from 'react-router';
import { Spinner } from '../../../components/spinner.tsx';
import type { CustomFieldDefinition } from '../../../contract/index.ts';
import { useAppSettings } from '../../../lib/app-settings-api.ts';
import { useBackendFeatures, useSupportsOp } from '../../../lib/backend-context.tsx';
import { parseUidParam } from '../../../lib/uid-param.ts';
import { useUser } from '../../../lib/user-api.ts';
import { ProfileForm } from '../components/profile-form.tsx';

const NO_DEFINITIONS: readonly CustomFieldDefinition[] = [];

/**
 * The Profile tab. The layout above has loaded the user (and shows its loading and error states); the
 * app settings say which custom fields to show and the default visibility. Without them (a plain
 * mesibo backend, which has no appget, or a failure) the form still works, with the custom fields
 * read-only.
 */
export function ProfileTab() {
  const uid = parseUidParam(useParams().uid);
  const user = useUser(uid).data;
  const features = useBackendFeatures();
  const hasAppSettings = useSupportsOp('appget');
  const app = useAppSettings();
  if (!user) return null;
  // The form's custom field rows come from the app settings: it waits to know whether there are any.
  const capabilitiesFailed = hasAppSettings === undefined && features.isError;
  if ((hasAppSettings === undefined && !capabilitiesFailed) || (hasAppSettings && app.isPending)) {
    return <Spinner label="Loading the profile fields…" />;
  }
  return (
    <ProfileForm
      key={user.uid}
      user={user}
      definitions={app.data?.app.customFields ?? NO_DEFINITIONS}
      appDefaultVisibility={app.data?.app.defaultVisibility}
      appSettingsError={capabilitiesFailed ? features.error : hasAppSettings && !app.data ? app.error : null}
      onRetryAppSettings={() => void (capabilitiesFailed ? features.refetch() : app.refetch())}
    />
  );
}
