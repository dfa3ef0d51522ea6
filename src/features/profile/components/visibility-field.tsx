import { useFormContext, useWatch } from 'react-hook-form';
import type { AppVisibility } from '../../../contract/index.ts';
import { useSupportsOp } from '../../../lib/backend-context.tsx';
import type { ProfileFormInput } from '../forms/profile-form.ts';
import { visibilityLabel, visibilityOptions } from '../forms/profile-options.ts';
import { SelectInput } from './profile-inputs.tsx';

/** Who may see the profile; "Not set" follows the app's default, which the hint names. */
export function VisibilityField({ appDefault }: { appDefault: AppVisibility | undefined }) {
  const { control } = useFormContext<ProfileFormInput>();
  const visibility = useWatch({ control, name: 'visibility' });
  const hasAppSettings = useSupportsOp('appget') !== false;
  const defaultText = appDefault
    ? visibilityLabel(appDefault).toLowerCase()
    : hasAppSettings
      ? 'unknown (the app settings could not be loaded)'
      : 'unknown (this backend has no app settings)';
  const hint =
    visibility === 'notSet' ? `Follows app default: ${defaultText}` : `Overrides the app default (${defaultText}).`;
  return <SelectInput name="visibility" label="Visibility" options={visibilityOptions} hint={hint} />;
}
