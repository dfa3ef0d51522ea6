import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const mock = await createNodeMockBackend({ users: 40, seed: 13 });
const BACKEND_URL = new URL(MOCK_BACKEND_URL, window.location.href).href;
const client = createBackendClient({ url: BACKEND_URL, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

async function userWithUid(uid: number) {
  const user = (await client.call('usersget', { user: { uid } })).users[0];
  if (!user) throw new Error(`no user ${uid}`);
  return user;
}

async function contactsOf(uid: number) {
  return (await client.call('contactsget', { user: { uid } })).contacts;
}

/** Long text goes in as a paste: typing it key by key only slows the test down. */
async function paste(user: ReturnType<typeof renderRoute>['user'], field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

function rowOf(table: HTMLElement, address: string): HTMLElement {
  const row = within(table).getByRole('rowheader', { name: address }).closest('tr');
  if (!row) throw new Error(`no row for ${address}`);
  return row;
}

describe('Contacts tab', () => {
  it('adds a contact picked from the directory suggestions, and the other user lists it in reverse', async () => {
    const owner = await userWithUid(2);
    const friend = await userWithUid(9);
    const { user } = renderRoute('/users/2/contacts', { client });

    expect(await screen.findByText('No contacts yet. Add one by address below.')).toBeInTheDocument();
    const address = screen.getByRole('combobox', { name: 'Address' });
    await paste(user, address, friend.address.slice(0, -2));
    const option = await screen.findByRole('option', { name: new RegExp(friend.address.slice(0, -2).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await user.click(option);
    // An option reads "address — name": picking it fills in the address.
    expect(address).toHaveValue((option.textContent ?? '').split(' — ')[0]);
    await user.click(screen.getByRole('button', { name: 'Add contact' }));

    const table = await screen.findByRole('table', { name: 'Contacts' });
    const added = (await contactsOf(2))[0];
    expect(added).toMatchObject({ contact: true, subscribe: true, favorite: false });
    expect(within(table).getByRole('link', { name: added?.address ?? '' })).toBeInTheDocument();
    expect(screen.getByText(/^Saved\. .* added to the contacts\.$/)).toBeInTheDocument();

    const reverse = (await client.call('contactsget', { user: { uid: added?.uid ?? 0 }, reverse: true })).contacts;
    expect(reverse.map((entry) => entry.address)).toContain(owner.address);
  });

  it('puts an unknown address and the user itself on the Address field', async () => {
    const owner = await userWithUid(3);
    const { user } = renderRoute('/users/3/contacts', { client });
    const address = await screen.findByRole('combobox', { name: 'Address' });

    await paste(user, address, 'nobody-has-this@example.com');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(address).toHaveAccessibleDescription(/No user has the address nobody-has-this@example.com/));
    expect(address).toHaveAttribute('aria-invalid', 'true');

    await user.clear(address);
    await paste(user, address, owner.address);
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(address).toHaveAccessibleDescription(/cannot be their own contact/));
    expect(await contactsOf(3)).toEqual([]);
  });

  it('refuses to add an existing contact again, which would reset its flags', async () => {
    const friend = await userWithUid(13);
    await client.call('userset', { user: { uid: 8, contact: { address: friend.address, favorite: true } } });
    const { user } = renderRoute('/users/8/contacts', { client });
    await screen.findByRole('table', { name: 'Contacts' });
    const address = screen.getByRole('combobox', { name: 'Address' });

    await paste(user, address, friend.address);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(address).toHaveAccessibleDescription(/already a contact/));
    expect(await contactsOf(8)).toMatchObject([{ address: friend.address, favorite: true }]);
  });

  it('edits a flag in place, blocks and unblocks, each saved with the version', async () => {
    const friend = await userWithUid(11);
    await client.call('userset', { user: { uid: 4, contact: { address: friend.address } } });
    const sent: { op?: string; user?: unknown }[] = [];
    const recording: typeof fetch = (input, init) => {
      if (typeof init?.body === 'string') sent.push(JSON.parse(init.body) as { op?: string });
      return fetch(input, init);
    };
    const version = (await userWithUid(4)).version;
    const { user } = renderRoute('/users/4/contacts', { client: createBackendClient({ url: BACKEND_URL, appToken: mock.appToken, fetch: recording }) });
    const table = await screen.findByRole('table', { name: 'Contacts' });
    const row = rowOf(table, friend.address);

    await user.click(within(row).getByRole('checkbox', { name: 'Favorite' }));
    await waitFor(async () => expect((await contactsOf(4))[0]?.favorite).toBe(true));
    expect(await screen.findByText(`Saved. Favorite turned on for ${friend.address}.`)).toBeInTheDocument();

    await user.click(within(rowOf(table, friend.address)).getByRole('button', { name: 'Block' }));
    await waitFor(() => expect(within(rowOf(table, friend.address)).getByRole('button', { name: 'Unblock' })).toBeEnabled());
    expect(await contactsOf(4)).toMatchObject([{ favorite: true, block: true }]);

    await user.click(within(rowOf(table, friend.address)).getByRole('button', { name: 'Unblock' }));
    await waitFor(() => expect(within(rowOf(table, friend.address)).getByRole('button', { name: 'Block' })).toBeEnabled());
    expect(await contactsOf(4)).toMatchObject([{ favorite: true, block: false }]);
    // Each change sends the whole contact (mesibo replaces it) with the version it was made on.
    expect(sent.filter((body) => body.op === 'userset').map((body) => body.user)).toEqual([
      { uid: 4, version, contact: expect.objectContaining({ address: friend.address, favorite: true, block: false, contact: true }) as unknown },
      { uid: 4, version: version + 1, contact: expect.objectContaining({ favorite: true, block: true }) as unknown },
      { uid: 4, version: version + 2, contact: expect.objectContaining({ favorite: true, block: false }) as unknown },
    ]);
  });

  it('refuses a change made on a stale version, reloads and saves it on request', async () => {
    const friend = await userWithUid(14);
    await client.call('userset', { user: { uid: 7, contact: { address: friend.address } } });
    const { user } = renderRoute('/users/7/contacts', { client });
    const table = await screen.findByRole('table', { name: 'Contacts' });
    // Someone else marks the contact as a pair meanwhile.
    await client.call('userset', { user: { uid: 7, contact: { address: friend.address, pair: true } } });

    await user.click(within(rowOf(table, friend.address)).getByRole('checkbox', { name: 'Favorite' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Not saved: Favorite turned on for ${friend.address}.`);
    // Their change shows now, and nothing of it was overwritten.
    await waitFor(() => expect(within(rowOf(table, friend.address)).getByRole('checkbox', { name: 'Pair' })).toBeChecked());
    expect(await contactsOf(7)).toMatchObject([{ pair: true, favorite: false }]);

    await user.click(within(alert).getByRole('button', { name: 'Save anyway' }));
    await waitFor(async () => expect(await contactsOf(7)).toMatchObject([{ pair: true, favorite: true }]));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('removes a contact after a confirmation that says the messages go too', async () => {
    const friend = await userWithUid(12);
    await client.call('userset', { user: { uid: 5, contact: { address: friend.address } } });
    const { user } = renderRoute('/users/5/contacts', { client });
    const table = await screen.findByRole('table', { name: 'Contacts' });

    await user.click(within(rowOf(table, friend.address)).getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove contact' });
    expect(dialog).toHaveTextContent('also deletes all messages');
    await user.click(within(dialog).getByRole('button', { name: 'Remove contact' }));

    expect(await screen.findByText('No contacts yet. Add one by address below.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await contactsOf(5)).toEqual([]);
  });

  it('shows who has this user as a contact, linking to them, and filters to pairs with ?pairs=1', async () => {
    const target = await userWithUid(20);
    const fan = await userWithUid(21);
    const paired = await userWithUid(22);
    await client.call('userset', { user: { uid: fan.uid, contact: { address: target.address, favorite: true } } });
    await client.call('userset', { user: { uid: target.uid, contact: { address: paired.address, pair: true } } });
    await client.call('userset', { user: { uid: target.uid, contact: { address: fan.address } } });
    renderRoute(`/users/${target.uid}/contacts?pairs=1`, { client });

    const table = await screen.findByRole('table', { name: 'Contacts' });
    expect(within(table).getByRole('link', { name: paired.address })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: fan.address })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show all contacts' })).toHaveAttribute('href', `/users/${target.uid}/contacts`);

    const reverse = await screen.findByRole('table', { name: 'Has this user as a contact' });
    expect(within(reverse).getByRole('link', { name: fan.address })).toHaveAttribute('href', `/users/${fan.uid}`);
  });
});
