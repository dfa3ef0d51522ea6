import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { LiveRegion } from '../../../components/live-region.tsx';
import { paths } from '../../../config/paths.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { useMockController } from '../../../lib/mock-controller-context.tsx';
import { useDirtyForms } from '../../../lib/use-dirty-forms.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useUnsavedChangesPrompt } from '../../../lib/use-unsaved-changes-prompt.ts';
import { BackendForm } from '../components/backend-form.tsx';
import { MockBehaviourForm } from '../components/mock-behaviour-form.tsx';
import { MockDatasetForm } from '../components/mock-dataset-form.tsx';

/** /settings: which backend to use, and the in-browser mock's controls while it is the one in use. */
export function SettingsRoute() {
  useDocumentTitle('Settings');
  const { config } = useBackend();
  const controller = useMockController();
  const [message, setMessage] = useState('');
  const { anyDirty, onDirtyChange } = useDirtyForms(['backend', 'behaviour', 'dataset']);
  const [reloading, setReloading] = useState(false);
  const unsavedChangesPrompt = useUnsavedChangesPrompt(anyDirty && !reloading);
  // A saved backend takes a reload (the adapter is created at boot). Nothing is lost then, so the
  // reload waits for the commit that drops the prompt's beforeunload listener (effect clean-ups run first).
  useEffect(() => {
    if (reloading) window.location.reload();
  }, [reloading]);

  // Sections are not named landmarks: their names would repeat QA names ("Settings", "In-browser mock")
  // and make label lookups ambiguous; the headings give the structure.
  return (
    <section className="page settings">
      <h1>Settings</h1>
      <LiveRegion message={message} className="announcement" />
      <section className="card">
        <h2>Backend</h2>
        <BackendForm config={config} announce={setMessage} reload={() => setReloading(true)} onDirtyChange={onDirtyChange.backend} />
      </section>
      {config.mode === 'mock' ? (
        <section className="card">
          <h2>In-browser mock</h2>
          {controller ? (
            <div className="mock-forms">
              <MockBehaviourForm controller={controller} announce={setMessage} onDirtyChange={onDirtyChange.behaviour} />
              <MockDatasetForm controller={controller} announce={setMessage} onDirtyChange={onDirtyChange.dataset} />
            </div>
          ) : (
            <p>The in-browser mock is not running, so its controls are unavailable. Reload the page to start it.</p>
          )}
        </section>
      ) : null}
      <section className="card">
        <h2>Profiles</h2>
        <p>
          <Link to={paths.profileFields()}>Profile fields</Link>: the app’s custom profile fields and the default profile visibility.
        </p>
      </section>
      {unsavedChangesPrompt}
    </section>
  );
}
