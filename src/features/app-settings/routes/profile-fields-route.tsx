import { useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import { ActionNote } from '../../../components/role-guard.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import type { CustomFieldDefinition } from '../../../contract/index.ts';
import { paths } from '../../../config/paths.ts';
import { useAppSettings, useUpdateAppSettings } from '../../../lib/app-settings-api.ts';
import { useBackendFeatures, useSupportsOp } from '../../../lib/backend-context.tsx';
import { errorMessage } from '../../../lib/backend-error.ts';
import { useDirtyForms } from '../../../lib/use-dirty-forms.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useUnsavedChangesPrompt } from '../../../lib/use-unsaved-changes-prompt.ts';
import { AddFieldForm } from '../components/add-field-form.tsx';
import { CustomFieldsTable } from '../components/custom-fields-table.tsx';
import { DefaultVisibilityForm } from '../components/default-visibility-form.tsx';
import { EditFieldDialog } from '../components/edit-field-dialog.tsx';
import { CUSTOM_FIELDS_LIMIT, removalWarning } from '../forms/custom-field-form.ts';

/**
 * /settings/profile-fields: the app's custom profile fields (keys must be defined before users get
 * values for them, as in Tencent and RongCloud) and the default profile visibility.
 */
export function ProfileFieldsRoute() {
  useDocumentTitle('Profile fields');
  const settings = useAppSettings();
  const features = useBackendFeatures();
  const supported = useSupportsOp('appget');
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<CustomFieldDefinition | null>(null);
  const [removing, setRemoving] = useState<CustomFieldDefinition | null>(null);
  // One prompt for the page (the router allows one blocker): each form reports whether it has edits.
  const { anyDirty, onDirtyChange } = useDirtyForms(['addField', 'visibility']);
  const unsavedChangesPrompt = useUnsavedChangesPrompt(anyDirty);
  // A removed field's row (and its "Remove" button) is gone when the dialog closes: focus goes here.
  const customFieldsHeadingRef = useRef<HTMLHeadingElement>(null);

  const announce = (message: string) => setAnnouncement(message);

  let body;
  if (supported === false) {
    body = (
      <p className="notice">
        This backend does not support custom profile fields or a default profile visibility (the appget and appset
        extensions). Profiles keep their built-in fields.
      </p>
    );
  } else if (supported === undefined && features.error) {
    body = <ErrorState title="Could not connect to the backend" error={features.error} onRetry={() => void features.refetch()} />;
  } else if (settings.error) {
    body = <ErrorState title="Could not load the profile settings" error={settings.error} onRetry={() => void settings.refetch()} />;
  } else if (!settings.data) {
    body = <Spinner label="Loading profile settings…" />;
  } else {
    const { app, customFieldUsage } = settings.data;
    body = (
      <>
        <section className="card" aria-labelledby="custom-fields-heading">
          <h2 id="custom-fields-heading" ref={customFieldsHeadingRef} tabIndex={-1}>
            Custom fields
          </h2>
          <p>
            Profile fields beyond the built-in ones. A key must be defined here before users can have a value for it.{' '}
            <span className="muted">
              {app.customFields.length} of {CUSTOM_FIELDS_LIMIT} defined.
            </span>
          </p>
          {app.customFields.length === 0 ? (
            <p className="empty-state">No custom fields are defined yet.</p>
          ) : (
            <CustomFieldsTable
              fields={app.customFields}
              usage={customFieldUsage}
              onEdit={setEditing}
              onRemove={(field) => {
                setRemoving(field);
                // The warning counts users with a value: make it current, not as of page load.
                void settings.refetch();
              }}
            />
          )}
          <AddFieldForm existingKeys={app.customFields.map((field) => field.key)} announce={announce} onDirtyChange={onDirtyChange.addField} />
        </section>
        <section className="card">
          <DefaultVisibilityForm value={app.defaultVisibility} announce={announce} onDirtyChange={onDirtyChange.visibility} />
        </section>
        {editing ? <EditFieldDialog field={editing} announce={announce} onClose={() => setEditing(null)} /> : null}
        {removing ? (
          <RemoveFieldDialog
            field={removing}
            usage={customFieldUsage[removing.key] ?? 0}
            announce={announce}
            onClose={() => setRemoving(null)}
            fallbackFocus={customFieldsHeadingRef}
          />
        ) : null}
      </>
    );
  }

  return (
    <section className="page profile-fields">
      <p className="breadcrumb">
        <Link to={paths.settings()}>Back to Settings</Link>
      </p>
      <h1>Profile fields</h1>
      <ActionNote action="defineProfileFields" />
      <LiveRegion message={announcement} className="announcement" />
      {body}
      {unsavedChangesPrompt}
    </section>
  );
}

function RemoveFieldDialog({
  field,
  usage,
  announce,
  onClose,
  fallbackFocus,
}: {
  field: CustomFieldDefinition;
  usage: number;
  announce: (message: string) => void;
  onClose: () => void;
  fallbackFocus: RefObject<HTMLElement | null>;
}) {
  const update = useUpdateAppSettings();
  return (
    <ConfirmDialog
      title="Remove field"
      confirmLabel="Remove field"
      busy={update.isPending}
      fallbackFocus={fallbackFocus}
      error={update.error ? `Not removed. ${errorMessage(update.error)}` : undefined}
      onCancel={onClose}
      onConfirm={() =>
        update.mutate(
          { customField: { ...field, remove: true } },
          {
            onSuccess: () => {
              announce(`Saved. Field ${field.key} removed.`);
              onClose();
            },
          },
        )
      }
    >
      <p>
        Remove the custom field {field.key} ({field.label})? {removalWarning(field, usage)}
      </p>
    </ConfirmDialog>
  );
}
