import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import type { User } from '../../contract/index.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';
import { AUDIT_PAGE_SIZE } from './api/audit-log.ts';

// One mock for the file: the tests run in order, and the first one needs the log still empty.
const mock = await createNodeMockBackend({ users: 40, seed: 13 });
const client = createBackendClient({ url: new URL(MOCK_BACKEND_URL, window.location.href).href, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

async function userOf(uid: number): Promise<User> {
  const [user] = (await client.call('usersget', { user: { uid } })).users;
  if (!user) throw new Error(`no user ${uid}`);
  return user;
}

const auditTable = () => screen.findByRole('table', { name: 'Audit log' });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('Audit log page', { timeout: 20_000 }, () => {
  it('says so when nothing was recorded yet, and offers no way to change the log', async () => {
    renderRoute('/audit', { client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
    expect(screen.getByText(/The log is read-only/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /edit|delete|remove/i })).toBeNull();
  });

  it('lists changes newest first: time, operator, action, user (a link while it exists) and each field’s diff', async () => {
    const edited = await userOf(3);
    const doomed = await userOf(5);
    await client.call('userset', { user: { uid: 3, profile: { update: true, name: 'Grace <b>Hopper</b>' } } });
    await client.call('userdel', { user: { uid: 5 } });
    renderRoute('/audit', { client });

    const table = await auditTable();
    for (const header of ['Time', 'Operator', 'Action', 'User', 'Changes']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    }
    expect(screen.getByText('2 changes')).toBeInTheDocument();
    const [deletion, edit] = bodyRows(table);
    if (!deletion || !edit) throw new Error('two rows expected');

    expect(deletion).toHaveTextContent('userdel deleted');
    expect(deletion).toHaveTextContent('Ada Admin');
    await waitFor(() => expect(deletion).toHaveTextContent(`${doomed.address} uid 5, deleted`));
    expect(within(deletion).queryByRole('link')).toBeNull();

    expect(edit).toHaveTextContent('userset profile changed: name');
    expect(edit).toHaveTextContent(`Name: ${edited.profile.name ?? '(not set)'} → Grace <b>Hopper</b>`);
    expect(await within(edit).findByRole('link', { name: edited.address })).toHaveAttribute('href', '/users/3');
    expect(edit.querySelector('b')).toBeNull();
    expect(within(edit).getByText(/Jun|Jan|Feb|Mar|Apr|May|Jul|Aug|Sep|Oct|Nov|Dec/).tagName).toBe('TIME');
  });

  it('cuts a long value, with a button that shows it whole', async () => {
    const description = `Long ${'description '.repeat(20)}end`;
    await client.call('userset', { user: { uid: 4, profile: { update: true, description } } });
    const { user } = renderRoute('/audit?user=4', { client });

    const row = bodyRows(await auditTable())[0];
    if (!row) throw new Error('a row expected');
    expect(row).not.toHaveTextContent('end');
    const more = within(row).getByRole('button', { name: `Show all ${description.length} characters` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(row).toHaveTextContent(description);
    expect(within(row).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('filters by user (uid or address), action and time, keeping the filters in the URL', async () => {
    const target = await userOf(6);
    await client.call('userset', { user: { uid: 6, active: false } });
    await client.call('userset', { user: { uid: 7, profile: { update: true, status: 'Away' } } });
    const { user, router } = renderRoute('/audit', { client });
    await auditTable();

    await user.type(screen.getByRole('textbox', { name: 'User' }), target.address);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'userset (change a user)');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe(`?user=${encodeURIComponent(target.address)}&action=userset`));
    await waitFor(async () => expect(bodyRows(await auditTable())).toHaveLength(1));
    expect(bodyRows(await auditTable())[0]).toHaveTextContent('userset deactivated');
    expect(screen.getByText('1 change')).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'User' }));
    await user.type(screen.getByRole('textbox', { name: 'User' }), 'nobody@example.com');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('No changes match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveAccessibleDescription(/No user has the address nobody@example.com now/);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveValue('');
    await waitFor(async () => expect(bodyRows(await auditTable()).length).toBeGreaterThan(3));

    // A time range in the future matches nothing; one ending before it starts is refused on "To".
    await user.type(screen.getByLabelText('From'), '2099-01-01T00:00');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('No changes match these filters.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('To'), '2098-01-01T00:00');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('To must not be before From')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
  });

  it('opens a link with malformed filters, leaving them out with a note', async () => {
    renderRoute('/audit?action=drop&from=soon&user=7', { client });
    const note = await screen.findByText(/Some filters in this link could not be used/);
    expect(note.parentElement).toHaveTextContent('Action “drop” was left out');
    expect(note.parentElement).toHaveTextContent('From “soon” was left out');
    const rows = bodyRows(await auditTable());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent(/Status: .+ → Away/);
  });

  it('pages with “Load older” and shows the count', async () => {
    const status = (await userOf(8)).profile.status ?? '(not set)';
    for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index += 1) {
      await client.call('userset', { user: { uid: 8, profile: { update: true, status: `s${index}` } } });
    }
    const { user } = renderRoute('/audit?user=8', { client });
    const table = await auditTable();
    expect(bodyRows(table)).toHaveLength(AUDIT_PAGE_SIZE);
    expect(screen.getByText(`${AUDIT_PAGE_SIZE + 5} changes`)).toBeInTheDocument();
    expect(screen.getByText(`Showing the newest ${AUDIT_PAGE_SIZE}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load older' }));
    await waitFor(() => expect(bodyRows(table)).toHaveLength(AUDIT_PAGE_SIZE + 5));
    expect(screen.queryByRole('button', { name: 'Load older' })).toBeNull();
    expect(bodyRows(table).at(-1)).toHaveTextContent(`Status: ${status} → s0`);
  });

  it('shows a failure with “Retry”', async () => {
    let failing = true;
    const flaky: typeof fetch = (input, init) => {
      const op = typeof init?.body === 'string' ? (JSON.parse(init.body) as { op?: string }).op : undefined;
      return op === 'auditget' && failing ? Promise.resolve(new Response('down for maintenance', { status: 503 })) : fetch(input, init);
    };
    const { user } = renderRoute('/audit', { client: createBackendClient({ url: client.url, appToken: mock.appToken, fetch: flaky }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the audit log');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await auditTable()).toBeInTheDocument();
  });
});

describe('History tab', { timeout: 20_000 }, () => {
  it('shows only this user’s changes and follows a change made on the page', async () => {
    const status = (await userOf(9)).profile.status ?? '(not set)';
    await client.call('userset', { user: { uid: 9, profile: { update: true, status: 'Here' } } });
    await client.call('userset', { user: { uid: 10, profile: { update: true, status: 'Elsewhere' } } });
    const { user } = renderRoute('/users/9/history', { client });

    expect(await screen.findByRole('heading', { level: 2, name: 'History' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
    const table = await screen.findByRole('table', { name: 'History' });
    expect(within(table).queryByRole('columnheader', { name: 'User' })).toBeNull();
    expect(bodyRows(table)).toHaveLength(1);
    expect(table).toHaveTextContent(`Status: ${status} → Here`);
    expect(screen.getByRole('link', { name: 'Open in the audit log' })).toHaveAttribute('href', '/audit?user=9');

    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(bodyRows(table)).toHaveLength(2));
    expect(bodyRows(table)[0]).toHaveTextContent('userset deactivated');
    expect(bodyRows(table)[0]).toHaveTextContent('Active: Yes → No');
  });

  it('says so when the user has no recorded change', async () => {
    renderRoute('/users/11/history', { client });
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
  });
});
