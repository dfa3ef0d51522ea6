import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const mock = await createNodeMockBackend({ users: 30, seed: 11 });
const BACKEND_URL = new URL(MOCK_BACKEND_URL, window.location.href).href;
const client = createBackendClient({ url: BACKEND_URL, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

/** A client that records the body of every userset it sends. */
function recordingClient() {
  const usersets: Record<string, unknown>[] = [];
  const recording: typeof fetch = (input, init) => {
    if (typeof init?.body === 'string') {
      const body = JSON.parse(init.body) as Record<string, unknown>;
      if (body.op === 'userset') usersets.push(body);
    }
    return fetch(input, init);
  };
  return { client: createBackendClient({ url: BACKEND_URL, appToken: mock.appToken, fetch: recording }), usersets };
}

async function userWithProfile(uid: number) {
  await client.call('userset', { user: { uid, profile: { name: 'Lin Profile', email: 'lin@example.com', role: 12 } } });
  const [user] = (await client.call('usersget', { user: { uid } })).users;
  if (!user) throw new Error('no such user');
  return user;
}

describe('profile tab', () => {
  it('shows every profile field labelled with its plain name, with the stored values', async () => {
    await client.call('appset', { app: { customField: { key: 'team', label: 'Team', maxLength: 20 } } });
    await userWithProfile(4);
    renderRoute('/users/4', { client });

    const name = await screen.findByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Lin Profile');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('lin@example.com');
    expect(screen.getByRole('spinbutton', { name: 'Role' })).toHaveValue(12);
    for (const label of ['Image URL', 'Status', 'Description', 'Mobile', 'Birthday', 'Location', 'Language', 'Unique ID', 'Team']) {
      expect(screen.getByRole('textbox', { name: label })).toBeInTheDocument();
    }
    for (const label of ['Gender', 'Friend requests', 'Message settings', 'Admin forbid type', 'Visibility']) {
      expect(screen.getByRole('combobox', { name: label })).toBeInTheDocument();
    }
    expect(screen.getByRole('spinbutton', { name: 'Level' })).toBeInTheDocument();
    expect(screen.getByLabelText('Thumbnail')).toHaveAttribute('type', 'file');
    expect(screen.getByText(/^Follows app default: /)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Define custom fields' })).toHaveAttribute('href', '/settings/profile-fields');
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Profile' })).toContainElement(name);
  });

  it('ties a bad email’s error to the input and sends nothing', async () => {
    await userWithProfile(5);
    const { client: recording, usersets } = recordingClient();
    const { user } = renderRoute('/users/5', { client: recording });

    const email = await screen.findByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/Email must be a valid email address/);
    expect(email).toHaveFocus();
    expect(usersets).toHaveLength(0);
  });

  it('saves only the changed fields as a merge with the version it loaded, then says "Saved"', async () => {
    const loaded = await userWithProfile(6);
    const { client: recording, usersets } = recordingClient();
    const { user } = renderRoute('/users/6', { client: recording });

    const status = await screen.findByRole('textbox', { name: 'Status' });
    await user.type(status, 'On call');
    await user.clear(screen.getByRole('textbox', { name: 'Email' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(usersets).toEqual([
      expect.objectContaining({
        user: { uid: 6, version: loaded.version, profile: { update: true, status: 'On call', email: '' } },
      }),
    ]);
    const [saved] = (await client.call('usersget', { user: { uid: 6 } })).users;
    expect(saved?.profile).toMatchObject({ name: 'Lin Profile', status: 'On call', role: 12 });
    expect(saved?.profile.email).toBeUndefined();
  });

  it('puts a backend refusal on its field: a taken unique ID', async () => {
    await client.call('userset', { user: { uid: 7, profile: { update: true, uniqueId: 'taken7' } } });
    const { user } = renderRoute('/users/8', { client });

    const uniqueId = await screen.findByRole('textbox', { name: 'Unique ID' });
    await user.clear(uniqueId);
    await user.type(uniqueId, 'TAKEN7');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(uniqueId).toHaveAttribute('aria-invalid', 'true'));
    expect(uniqueId).toHaveAccessibleDescription(/already used by another user/);
  });

  it('shows a conflict when someone else saved the profile meanwhile, and can save on top', async () => {
    await userWithProfile(9);
    const { user } = renderRoute('/users/9', { client });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await client.call('userset', { user: { uid: 9, profile: { update: true, name: 'Changed elsewhere' } } });

    await user.clear(name);
    await user.type(name, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const notice = await screen.findByRole('alert', { name: /Someone else changed this profile/ });
    const row = within(notice).getByRole('row', { name: /Name/ });
    expect(row).toHaveTextContent('Mine');
    expect(row).toHaveTextContent('Changed elsewhere');
    expect(name).toHaveValue('Mine');

    await user.click(within(notice).getByRole('button', { name: 'Save anyway' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    const [saved] = (await client.call('usersget', { user: { uid: 9 } })).users;
    expect(saved?.profile.name).toBe('Mine');
  });

  it('clears the whole profile after a confirmation (profile.remove)', async () => {
    await userWithProfile(10);
    const { client: recording, usersets } = recordingClient();
    const { user } = renderRoute('/users/10', { client: recording });

    await user.click(await screen.findByRole('button', { name: 'Clear profile' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clear the profile?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Clear every field' }));

    expect(await screen.findByText('Saved. The profile is cleared.')).toBeInTheDocument();
    expect(usersets).toEqual([expect.objectContaining({ user: expect.objectContaining({ uid: 10, profile: { remove: true } }) as unknown })]);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    const [cleared] = (await client.call('usersget', { user: { uid: 10 } })).users;
    expect(cleared?.profile).toEqual({});
  });

  it('saves on top without asking when only other parts of the user changed meanwhile', async () => {
    await userWithProfile(11);
    const { user } = renderRoute('/users/11', { client });
    const status = await screen.findByRole('textbox', { name: 'Status' });
    await client.call('userset', { user: { uid: 11, active: false, permissions: { calls: false } } });

    await user.type(status, 'Away');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    const [saved] = (await client.call('usersget', { user: { uid: 11 } })).users;
    expect(saved).toMatchObject({ active: false, permissions: { calls: false }, profile: { name: 'Lin Profile', status: 'Away' } });
  });
});
