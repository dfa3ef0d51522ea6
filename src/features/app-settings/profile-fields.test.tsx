import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const mock = await createNodeMockBackend({ users: 20, seed: 17 });
const client = createBackendClient({ url: new URL(MOCK_BACKEND_URL, window.location.href).href, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

async function removeAllFields() {
  const { app } = await client.call('appget', {});
  for (const field of app.customFields) await client.call('appset', { app: { customField: { ...field, remove: true } } });
}

describe('Profile fields page', () => {
  it('defines a field, which then appears in appget and in the table', async () => {
    await removeAllFields();
    const { user } = renderRoute('/settings/profile-fields', { client });
    expect(await screen.findByRole('heading', { name: 'Profile fields', level: 1 })).toBeInTheDocument();
    expect(await screen.findByText('No custom fields are defined yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Key'), 'team');
    await user.type(screen.getByLabelText('Label'), 'Team');
    await user.clear(screen.getByLabelText('Maximum length'));
    await user.type(screen.getByLabelText('Maximum length'), '40');
    await user.click(screen.getByRole('button', { name: 'Add field' }));

    const table = await screen.findByRole('table', { name: 'Custom fields' });
    expect(within(table).getByRole('rowheader', { name: 'team' })).toBeInTheDocument();
    expect(screen.getByText('Saved. Field team added.')).toBeInTheDocument();
    expect((await client.call('appget', {})).app.customFields).toEqual([{ key: 'team', label: 'Team', maxLength: 40 }]);
    expect(screen.getByLabelText('Key')).toHaveValue('');
  });

  it('shows bad input on its field and sends nothing', async () => {
    await removeAllFields();
    const { user } = renderRoute('/settings/profile-fields', { client });
    const key = await screen.findByLabelText('Key');
    await user.type(key, 'has space');
    await user.type(screen.getByLabelText('Label'), 'Bad');
    await user.clear(screen.getByLabelText('Maximum length'));
    await user.type(screen.getByLabelText('Maximum length'), '300');
    await user.click(screen.getByRole('button', { name: 'Add field' }));

    await waitFor(() => expect(key).toHaveAccessibleDescription(/Custom field keys are 1–32 letters and digits/));
    expect(screen.getByLabelText('Maximum length')).toHaveAccessibleDescription(/Maximum length must be 1–256/);
    expect((await client.call('appget', {})).app.customFields).toEqual([]);
  });

  it('reports the backend’s 20-field limit when the page did not know of the 20th field', async () => {
    await removeAllFields();
    for (let index = 1; index <= 19; index += 1) {
      await client.call('appset', { app: { customField: { key: `field${index}`, label: `Field ${index}`, maxLength: 10 } } });
    }
    const { user } = renderRoute('/settings/profile-fields', { client });
    await screen.findByText('19 of 20 defined.');
    // Another admin takes the last place meanwhile.
    await client.call('appset', { app: { customField: { key: 'elsewhere', label: 'Elsewhere', maxLength: 10 } } });

    await user.type(screen.getByLabelText('Key'), 'latecomer');
    await user.type(screen.getByLabelText('Label'), 'Late');
    await user.click(screen.getByRole('button', { name: 'Add field' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('At most 20 custom fields can be defined');
    // The page reloads the settings and then refuses further additions itself.
    expect(await screen.findByText(/Remove one to add another/)).toBeInTheDocument();
    expect(screen.getByLabelText('Key')).toBeDisabled();
    await removeAllFields();
  });

  it('warns how many users keep a value before removing a field', async () => {
    await removeAllFields();
    await client.call('appset', { app: { customField: { key: 'team', label: 'Team', maxLength: 20 } } });
    for (const uid of [2, 3, 4]) {
      await client.call('userset', { user: { uid, profile: { update: true, custom: { team: 'blue' } } } });
    }
    const { user } = renderRoute('/settings/profile-fields', { client });
    const table = await screen.findByRole('table', { name: 'Custom fields' });
    const row = within(table).getByRole('rowheader', { name: 'team' }).closest('tr') as HTMLElement;

    await user.click(within(row).getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove field' });
    expect(dialog).toHaveTextContent('3 users have a value for team; their values stay stored but are hidden.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove field' }));

    expect(await screen.findByText('Saved. Field team removed.')).toBeInTheDocument();
    expect((await client.call('appget', {})).app.customFields).toEqual([]);
  });

  it('edits a field’s label and sets the default visibility', async () => {
    await removeAllFields();
    await client.call('appset', { app: { customField: { key: 'desk', label: 'Desk', maxLength: 20 }, defaultVisibility: 'invisible' } });
    const { user } = renderRoute('/settings/profile-fields', { client });
    const table = await screen.findByRole('table', { name: 'Custom fields' });

    await user.click(within(table).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit field desk' });
    await user.clear(within(dialog).getByLabelText('Label'));
    await user.type(within(dialog).getByLabelText('Label'), 'Desk number');
    await user.click(within(dialog).getByRole('button', { name: 'Save field' }));
    expect(await screen.findByText('Saved. Field desk updated.')).toBeInTheDocument();
    expect(within(table).getByText('Desk number')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Friends' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. Default visibility: Friends.')).toBeInTheDocument();
    expect((await client.call('appget', {})).app.defaultVisibility).toBe('friends');
  });
});
