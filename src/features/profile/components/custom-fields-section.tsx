import { useFormContext, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { paths } from '../../../config/paths.ts';
import type { CustomFieldDefinition } from '../../../contract/index.ts';
import { useSupportsOp } from '../../../lib/backend-context.tsx';
import type { ProfileFormInput } from '../forms/profile-form.ts';
import { TextInput } from './profile-inputs.tsx';

interface CustomFieldsSectionProps {
  definitions: readonly CustomFieldDefinition[];
  /** Stored values whose keys the app no longer defines. */
  orphans: readonly [string, string][];
  /** Why the definitions could not be loaded, if they could not. */
  loadError: unknown;
  onRetryLoad: () => void;
}

/**
 * The app's custom profile fields (keys must be defined at app level before users get values, as
 * Tencent and RongCloud require), one input per defined key, labelled with the key's label. A backend
 * without app settings (a plain mesibo) defines no keys: stored values are then only shown.
 */
export function CustomFieldsSection({ definitions, orphans, loadError, onRetryLoad }: CustomFieldsSectionProps) {
  const { control } = useFormContext<ProfileFormInput>();
  const rows = useWatch({ control, name: 'custom' });
  const definable = useSupportsOp('appget') !== false;
  return (
    <fieldset className="profile-section">
      <legend>Custom fields</legend>
      {!definable ? (
        <p className="notice">This backend does not support custom profile fields (the appget extension).</p>
      ) : loadError ? (
        <ErrorState title="The custom field definitions could not be loaded" error={loadError} onRetry={onRetryLoad} />
      ) : rows.length === 0 ? (
        <p className="muted">This app defines no custom profile fields.</p>
      ) : null}
      {rows.map((row, index) => {
        const definition = definitions.find((candidate) => candidate.key === row.key);
        return (
          <TextInput
            key={row.key}
            name={`custom.${index}.value`}
            label={definition?.label ?? row.key}
            hint={`Key “${row.key}”, at most ${definition?.maxLength ?? 256} characters.`}
          />
        );
      })}
      {orphans.length > 0 ? (
        <div className="orphan-custom-fields">
          <p>
            {!definable
              ? 'Stored custom values (read-only):'
              : loadError
                ? 'Stored custom values (read-only until the definitions load):'
                : 'Stored values for keys this app no longer defines. They are kept but cannot be edited here; define the key again to edit them.'}
          </p>
          <dl className="details">
            {orphans.map(([key, value]) => (
              <div className="detail" key={key}>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {definable ? (
        <p>
          <Link to={paths.profileFields()}>Define custom fields</Link>
        </p>
      ) : null}
    </fieldset>
  );
}
