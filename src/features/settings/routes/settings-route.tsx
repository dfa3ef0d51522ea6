import { useState } from 'react';
import { Link } from 'react-router';
import { LiveRegion } from '../../../components/live-region.tsx';
import { paths } from '../../../config/paths.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { useMockController } from '../../../lib/mock-controller-context.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { BackendForm } from '../components/backend-form.tsx';
import { MockBehaviourForm } from '../components/mock-behaviour-form.tsx';
import { MockDatasetForm } from '../components/mock-dataset-form.tsx';

/** /settings: which backend to use, and the in-browser mock's controls while it is the one in use. */
export function SettingsRoute() {
  useDocumentTitle('Settings');
  const { config } = useBackend();
  const controller = useMockController();
  const [message, setMessage] = useState('');

  // Sections are not named landmarks: their names would repeat QA names ("Settings", "In-browser mock")
  // and make label lookups ambiguous; the headings give the structure.
  return (
    <section className="page settings">
      <h1>Settings</h1>
      <LiveRegion message={message} className="announcement" />
      <section className="card">
        <h2>Backend</h2>
        <BackendForm config={config} announce={setMessage} />
      </section>
      {config.mode === 'mock' ? (
        <section className="card">
          <h2>In-browser mock</h2>
          {controller ? (
            <div className="mock-forms">
              <MockBehaviourForm controller={controller} announce={setMessage} />
              <MockDatasetForm controller={controller} announce={setMessage} />
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
    </section>
  );
}
