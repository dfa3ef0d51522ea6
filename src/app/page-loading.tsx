import { Spinner } from '../components/spinner.tsx';

/** Shown while a page's module loads for the first time. */
export function PageLoading() {
  return (
    <div className="page-loading">
      <Spinner label="Loading page…" />
    </div>
  );
}
