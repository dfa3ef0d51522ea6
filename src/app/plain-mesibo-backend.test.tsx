import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createBackendClient } from '../lib/backend-client.ts';
import { createPlainMesiboBackend, type PlainMesiboUser } from '../testing/plain-mesibo-backend.ts';
import { renderRoute } from '../testing/render-route.tsx';

const APP_TOKEN = 'plain-app-token';

/** 60 users: more than a page of 50, so the directory has more than it can show without paging. */
function seedUsers(): PlainMesiboUser[] {
  return Array.from({ length: 60 }, (_, index) => {
    const uid = index + 1;
    const user: PlainMesiboUser = { uid, address: uid % 3 === 0 ? `alice${uid}@example.com` : `bob${uid}@example.org` };
    // Some with a profile and an explicit `active`, some with neither, as a real backend may answer.
    if (uid % 2 === 0) {
      user.active = uid % 4 !== 0;
      user.profile = { name: `Person ${uid}`, status: 'Around' };
    }
    return user;
  });
}

function plainBackend() {
  const backend = createPlainMesiboBackend(APP_TOKEN, seedUsers());
  const client = createBackendClient({ url: 'https://mesibo.example/api.php', appToken: APP_TOKEN, fetch: backend.fetch });
  return { backend, client };
}

const opsSent = (requests: { op?: unknown }[]) => new Set(requests.map((request) => request.op));

async function dataRows() {
  const table = await screen.findByRole('table', { name: 'Users' });
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('link') !== null);
}

/** The text of a fact in the user page's header (a term and its definition). */
function factValue(term: string): string | null | undefined {
  return screen.getAllByRole('term').find((each) => each.textContent === term)?.nextElementSibling?.textContent;
}

describe('against a plain mesibo backend (the four user ops only, no capabilities)', () => {
  it('lists users with presence unknown, searches by address wildcard, and says what it cannot do', async () => {
    const { backend, client } = plainBackend();
    const { user, router } = renderRoute('/users', { client });

    const notice = await screen.findByText(/This is a plain mesibo backend/);
    expect(notice).toHaveTextContent(/paging \(only the first 100 matches are shown\)/);
    expect(notice).toHaveTextContent(/presence/);
    expect(await screen.findByText('50 users shown (this backend does not report totals)')).toBeInTheDocument();
    const rows = await dataRows();
    expect(rows).toHaveLength(50);
    const second = within(rows[1] as HTMLElement);
    expect(second.getByRole('link', { name: 'bob2@example.org' })).toHaveAttribute('href', '/users/2');
    expect(second.getByText('Person 2')).toBeInTheDocument();
    // Not "Offline" / "Never": the backend does not say.
    expect(second.getAllByText('Unknown')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Next page' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Recently active' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Recently changed' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'alice*{Enter}');

    await waitFor(async () => expect(await dataRows()).toHaveLength(20));
    expect(screen.getByText('20 users shown (this backend does not report totals)')).toBeInTheDocument();
    for (const row of await dataRows()) expect(within(row).getByRole('link')).toHaveTextContent(/^alice\d+@example\.com$/);
    expect(backend.requests).toContainEqual(expect.objectContaining({ op: 'usersget', user: { address: 'alice*' }, count: 50 }));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('alice*');
    expect(opsSent(backend.requests)).toEqual(new Set(['capabilities', 'usersget']));
  });

  it('opens a user: the profile saves without a version, and tabs without their op say so', async () => {
    const { backend, client } = plainBackend();
    const { user } = renderRoute('/users/6', { client });

    expect(await screen.findByRole('heading', { name: 'Person 6', level: 1 })).toBeInTheDocument();
    expect(factValue('Presence')).toBe('Unknown');
    expect(factValue('Last seen')).toBe('Unknown');
    expect(screen.getByText(/This backend does not detect conflicting edits/)).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Person 6');
    expect(screen.getByText('This backend does not support custom profile fields (the appget extension).')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Define custom fields' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const status = screen.getByRole('textbox', { name: 'Status' });
    await user.clear(status);
    await user.type(status, 'Out of office');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    const userset = backend.requests.find((request) => request.op === 'userset');
    expect(userset?.user).toEqual({ uid: 6, profile: { update: true, status: 'Out of office' } });
    expect(backend.get(6)?.profile).toEqual({ name: 'Person 6', status: 'Out of office' });

    await user.click(screen.getByRole('tab', { name: 'Contacts' }));
    expect(await screen.findByRole('heading', { name: 'Contacts', level: 2 })).toBeInTheDocument();
    expect(screen.getByText(/This backend does not support listing contacts/)).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Presence' }));
    expect(await screen.findByText('This backend does not report sessions.')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'History' }));
    expect(await screen.findByText('This backend does not keep an audit log.')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Tokens' }));
    expect(await screen.findByText(/This backend cannot list the tokens it has issued/)).toBeInTheDocument();

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Only the capabilities probe went beyond mesibo's own ops.
    expect(opsSent(backend.requests)).toEqual(new Set(['capabilities', 'usersget', 'userset']));
  });

  it('explains on the Profile fields page that there are no app settings to edit', async () => {
    const { backend, client } = plainBackend();
    renderRoute('/settings/profile-fields', { client });

    expect(await screen.findByText(/This backend does not support custom profile fields or a default profile visibility/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(opsSent(backend.requests)).toEqual(new Set(['capabilities']));
  });
});
