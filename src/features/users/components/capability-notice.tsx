import type { Capabilities } from '../../../contract/index.ts';

/**
 * Says plainly what the directory cannot do against this backend (a plain mesibo has no search, sort,
 * filters, paging or presence), so missing controls and unknown values are not mistaken for bugs.
 */
export function CapabilityNotice({ capabilities, extended }: { capabilities: Capabilities; extended: boolean }) {
  const supports = capabilities.usersget;
  const missing = [
    supports.search ? null : 'full-text search (the search matches addresses, * is a wildcard)',
    supports.filters.includes('active') ? null : 'filters',
    supports.sort.length > 0 ? null : 'sorting',
    supports.cursor ? null : `paging (only the first ${supports.maxCount} matches are shown)`,
    capabilities.extensionOps.includes('presenceget') ? null : 'presence (online state and last seen show as “Unknown”)',
  ].filter((item): item is string => item !== null);
  if (missing.length === 0) return null;
  return (
    <p className="notice">
      {extended ? 'This backend does not support ' : 'This is a plain mesibo backend, without '}
      {missing.join(', ')}.
    </p>
  );
}
