import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { NavigationStatus } from '../../../components/navigation-status.tsx';
import { LoadStatus } from '../../../components/load-status.tsx';
import type { SortField } from '../../../contract/index.ts';
import { useBackendFeatures } from '../../../lib/backend-context.tsx';
import { useOperator } from '../../../lib/session/session-context.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useUsersList } from '../api/get-users.ts';
import { ActivityFilter } from '../components/activity-filter.tsx';
import { CapabilityNotice } from '../components/capability-notice.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { NewUserButton } from '../components/new-user-button.tsx';
import { Pagination } from '../components/pagination.tsx';
import { PresenceFilter } from '../components/presence-filter.tsx';
import { ResultSummary } from '../components/result-summary.tsx';
import { SearchBox } from '../components/search-box.tsx';
import { SortPresets } from '../components/sort-presets.tsx';
import { TokenFilters } from '../components/token-filters.tsx';
import { UsersTable } from '../components/users-table.tsx';
import {
  changeDirectoryState,
  NO_FILTERS,
  parseDirectorySearch,
  toDirectorySearch,
  type DirectoryState,
} from '../url-state.ts';

const NO_SORT: readonly SortField[] = [];

/** The user directory at /users: search, filter, sort and pages, all held in the URL. */
export function UsersRoute() {
  useDocumentTitle('Users');
  const [searchParams, setSearchParams] = useSearchParams();
  const searchRef = useRef<HTMLInputElement>(null);
  // Support staff come here to find the user who wrote in: the search is where they start typing.
  const startInSearch = useOperator()?.role === 'support';
  const state = useMemo(() => parseDirectorySearch(searchParams), [searchParams]);
  const change = useCallback(
    (patch: Partial<DirectoryState>, options: { replace?: boolean } = {}) => {
      setSearchParams((current) => toDirectorySearch(changeDirectoryState(parseDirectorySearch(current), patch)), options);
    },
    [setSearchParams],
  );

  const features = useBackendFeatures();
  const list = useUsersList(state, features.data);
  const capabilities = features.data?.capabilities;
  const page = list.data;

  const onSort = useCallback(
    (field: SortField) => change({ sort: field, order: state.sort === field && state.order === 'asc' ? 'desc' : 'asc' }),
    [change, state.sort, state.order],
  );

  const error = features.error ?? (page === undefined ? list.error : null);
  // The capabilities shape the request, so until they arrive theirs is the load in progress.
  const loading = features.data ? list : features;
  const searchHint = capabilities?.usersget.search === false
    ? 'Matches addresses; use * as a wildcard.'
    : 'Matches address (use * as a wildcard), name, unique ID or email.';

  return (
    <section className="page">
      <div className="page-header">
        <h1>Users</h1>
        <NewUserButton />
      </div>
      <NavigationStatus />
      {features.data ? <CapabilityNotice capabilities={features.data.capabilities} extended={features.data.extended} /> : null}
      <div className="toolbar">
        {/* Search edits replace the history entry: Back should not step through every keystroke. */}
        <SearchBox
          value={state.q}
          onSearch={(q) => change({ q }, { replace: true })}
          hint={searchHint}
          inputRef={searchRef}
          autoFocus={startInSearch}
        />
        <ActivityFilter
          value={state.active}
          onChange={(active) => change({ active })}
          supported={capabilities?.usersget.filters.includes('active') ?? true}
        />
        <TokenFilters
          platform={state.platform}
          token={state.token}
          onPlatformChange={(platform) => change({ platform })}
          onTokenChange={(token) => change({ token })}
          supportsPlatform={capabilities?.usersget.filters.includes('platform') ?? true}
          supportsToken={capabilities?.usersget.filters.includes('token') ?? true}
        />
        <PresenceFilter
          value={state.presence}
          onChange={(presence) => change({ presence })}
          supported={capabilities?.usersget.filters.includes('presence') ?? true}
        />
        <SortPresets
          sort={state.sort}
          order={state.order}
          supported={capabilities?.usersget.sort ?? NO_SORT}
          onChoose={(sort) => change({ sort, order: 'desc' })}
        />
      </div>

      {error ? (
        <>
          <ErrorState
            title={features.error ? 'Could not connect to the backend' : 'Could not load users'}
            error={error}
            onRetry={() => void (features.error ? features.refetch() : list.refetch())}
          >
            {state.cursor ? (
              <button type="button" onClick={() => change({ cursor: undefined })}>
                First page
              </button>
            ) : null}
          </ErrorState>
          {/* After "Retry": says the new attempt is on its way while the error stays readable. */}
          <LoadStatus subject="users" query={loading} />
        </>
      ) : (
        <>
          <div className="result-bar">
            {page ? <ResultSummary total={page.total} offset={page.offset} shown={page.users.length} /> : null}
            <LoadStatus subject="users" query={loading} />
          </div>
          {page && page.users.length === 0 && !list.isPlaceholderData ? (
            <EmptyState
              q={state.q}
              active={state.active}
              tokenFiltered={state.platform !== 'any' || state.token !== 'any'}
              presenceFiltered={state.presence !== 'any'}
              onClearSearch={() => {
                change({ q: '' });
                searchRef.current?.focus();
              }}
              onShowAll={() => change(NO_FILTERS)}
            />
          ) : (
            <UsersTable
              users={page?.users}
              busy={list.isPlaceholderData}
              sort={state.sort}
              order={state.order}
              sortableFields={capabilities?.usersget.sort ?? NO_SORT}
              onSort={onSort}
              skeletonRows={Math.min(state.size, 12)}
            />
          )}
          {page && capabilities?.usersget.cursor && (page.users.length > 0 || state.cursor) ? (
            <Pagination
              hasPrev={page.prev !== null}
              hasNext={page.next !== null}
              onPrev={() => change({ cursor: page.prev ?? undefined })}
              onNext={() => change({ cursor: page.next ?? undefined })}
              size={state.size}
              onSizeChange={(size) => change({ size })}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
