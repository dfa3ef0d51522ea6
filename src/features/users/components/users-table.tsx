import { useMemo } from 'react';
import type { SortField, SortOrder, User } from '../../../contract/index.ts';
import { SkeletonBar } from '../../../components/spinner.tsx';
import { useBackendFeatures } from '../../../lib/backend-context.tsx';
import { usePresencePlatforms } from '../../../lib/presence/presence-api.ts';
import { useNow } from '../../../lib/use-now.ts';
import { SortableHeader } from './sortable-header.tsx';
import { UserRow } from './user-row.tsx';

interface UsersTableProps {
  /** Undefined while the first page loads: skeleton rows are shown. */
  users: User[] | undefined;
  /** A newer page is loading while this one stays on screen. */
  busy: boolean;
  sort: SortField | undefined;
  order: SortOrder;
  sortableFields: readonly SortField[];
  onSort: (field: SortField) => void;
  skeletonRows: number;
}

const COLUMN_COUNT = 6;

/**
 * The directory table: only the current page (at most 100 rows) is ever rendered. "Last changed" is shown
 * only in the view sorted by it (the "Recently changed" preset), where it explains the order.
 */
export function UsersTable({ users, busy, sort, order, sortableFields, onSort, skeletonRows }: UsersTableProps) {
  const showChanged = sort === 'updatedAt';
  // "just now" turns into "1 minute ago" within 15 s of being true; rows whose text is unchanged are cheap.
  const now = useNow(15_000);
  const headerProps = { sort, order, onSort };
  const presenceSupported = useBackendFeatures().data?.capabilities.extensionOps.includes('presenceget') ?? false;
  // The key is the page's uids, not their presence: live patches to the rows do not refetch it.
  const uids = useMemo(() => users?.map((user) => user.uid) ?? [], [users]);
  const platforms = usePresencePlatforms(uids, presenceSupported).data;
  return (
    <div className="table-scroll">
      <table className="users-table" aria-busy={busy || users === undefined} data-busy={busy || undefined}>
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            <SortableHeader field="address" label="Address" sortable={sortableFields.includes('address')} {...headerProps} />
            <SortableHeader field="name" label="Name" sortable={sortableFields.includes('name')} {...headerProps} />
            <th scope="col">Status</th>
            <th scope="col">Active</th>
            <th scope="col">Presence</th>
            <SortableHeader field="lastSeen" label="Last seen" sortable={sortableFields.includes('lastSeen')} {...headerProps} />
            {showChanged ? (
              <SortableHeader field="updatedAt" label="Last changed" sortable={sortableFields.includes('updatedAt')} {...headerProps} />
            ) : null}
          </tr>
        </thead>
        <tbody>
          {users === undefined
            ? Array.from({ length: skeletonRows }, (_, index) => <SkeletonRow key={index} columns={COLUMN_COUNT + (showChanged ? 1 : 0)} />)
            : users.map((user) => (
                <UserRow key={user.uid} user={user} now={now} platform={platforms?.[user.uid]} showChanged={showChanged} />
              ))}
        </tbody>
      </table>
    </div>
  );
}

function SkeletonRow({ columns }: { columns: number }) {
  return (
    <tr className="skeleton-row" aria-hidden="true">
      {Array.from({ length: columns }, (_, index) => (
        <td key={index}>
          <SkeletonBar width={index < 2 ? '80%' : '50%'} />
        </td>
      ))}
    </tr>
  );
}
