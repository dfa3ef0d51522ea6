import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const mock = await createNodeMockBackend({ users: 20, seed: 1 });
const client = createBackendClient({ url: new URL(MOCK_BACKEND_URL, window.location.href).href, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => mock.controller.setBehaviour({ latencyMs: 0, failureRate: 0, presenceRate: 5 }));
afterAll(() => mock.server.close());

const renderSettings = () => renderRoute('/settings', { client, mockController: mock.controller });

describe('settings', () => {
  it('offers the backend choice and, with the mock, its controls', async () => {
    renderSettings();
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'In-browser mock' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Remote' })).not.toBeChecked();
    for (const label of ['Users', 'Seed', 'Latency (ms)', 'Failure rate']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Reset mock data' })).toBeInTheDocument();
  });

  it('ties validation errors of the remote backend to their fields', async () => {
    const { user } = renderSettings();
    await user.click(await screen.findByRole('radio', { name: 'Remote' }));
    const url = screen.getByLabelText('Backend URL');
    await user.clear(url);
    await user.type(url, 'ftp://files.example.com');
    await user.click(screen.getByRole('button', { name: 'Save backend' }));

    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(expect.stringContaining('Backend URL must be an http:// or https:// URL'));
    expect(screen.getByLabelText('App token')).toHaveAccessibleDescription(expect.stringContaining('App token is required'));
    expect(screen.getByLabelText('App token')).toHaveAttribute('type', 'password');
  });

  it('applies the mock behaviour and announces it', async () => {
    const { user } = renderSettings();
    const latency = await screen.findByLabelText('Latency (ms)');
    const failureRate = screen.getByLabelText('Failure rate');

    await user.clear(failureRate);
    await user.type(failureRate, '2');
    await user.click(screen.getByRole('button', { name: 'Apply behaviour' }));
    await waitFor(() => expect(failureRate).toHaveAccessibleDescription(expect.stringContaining('Failure rate must be at most 1')));

    await user.clear(latency);
    await user.type(latency, '5');
    await user.clear(failureRate);
    await user.type(failureRate, '0.25');
    await user.click(screen.getByRole('button', { name: 'Apply behaviour' }));

    await waitFor(() => expect(screen.getAllByRole('status').some((region) => /Saved/.test(region.textContent ?? ''))).toBe(true));
    expect(mock.controller.settings()).toMatchObject({ latencyMs: 5, failureRate: 0.25 });
  });

  it('sets the presence churn, within 0–5,000 events a second', async () => {
    const { user } = renderSettings();
    const churn = await screen.findByLabelText('Presence churn (events/s)');
    await user.clear(churn);
    await user.type(churn, '6000');
    await user.click(screen.getByRole('button', { name: 'Apply behaviour' }));
    await waitFor(() => expect(churn).toHaveAccessibleDescription(expect.stringContaining('Presence churn must be at most 5,000')));

    await user.clear(churn);
    await user.type(churn, '0');
    await user.click(screen.getByRole('button', { name: 'Apply behaviour' }));
    await waitFor(() => expect(mock.controller.settings().presenceRate).toBe(0));
    expect(screen.getAllByRole('status').some((region) => /presence churn 0 events\/s/.test(region.textContent ?? ''))).toBe(true);
  });

  it('resets the mock data after a confirmation', async () => {
    const { user } = renderSettings();
    const users = await screen.findByLabelText('Users');
    await user.clear(users);
    await user.type(users, '30');
    await user.clear(screen.getByLabelText('Seed'));
    await user.type(screen.getByLabelText('Seed'), '9');
    await user.click(screen.getByRole('button', { name: 'Reset mock data' }));

    const question = screen.getByRole('group', { name: /Replace all mock data with 30 generated users from seed 9/ });
    expect(within(question).getByRole('button', { name: 'Confirm reset' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Confirm reset' }));

    expect(await screen.findByText('Saved. Mock data reset to 30 users from seed 9.')).toBeInTheDocument();
    expect(mock.controller.userCount()).toBe(30);
    expect(screen.getByText('The mock holds 30 users now.')).toBeInTheDocument();
  });
});

describe('settings with unsaved input', () => {
  const leavePrompt = () => screen.findByRole('dialog', { name: 'Leave without saving?' });
  // The page left to has settled: no request of it is cut off when the test ends.
  const profileFieldsLoaded = () => screen.findByRole('heading', { name: 'Custom fields' });

  it('asks before leaving a value not applied yet, and keeps it on "Stay"', async () => {
    const { user, router } = renderSettings();
    const latency = await screen.findByLabelText('Latency (ms)');
    await user.clear(latency);
    await user.type(latency, '750');

    await user.click(screen.getByRole('link', { name: 'Profile fields' }));
    await user.click(within(await leavePrompt()).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/settings');
    expect(screen.getByLabelText('Latency (ms)')).toHaveValue(750);

    // Applied, the value is no longer at risk: the page is left without asking.
    await user.click(screen.getByRole('button', { name: 'Apply behaviour' }));
    await waitFor(() => expect(mock.controller.settings().latencyMs).toBe(750));
    await user.click(screen.getByRole('link', { name: 'Profile fields' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/profile-fields'));
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).toBeNull();
    await profileFieldsLoaded();
  });

  it('asks for a dataset size not applied and a backend choice not saved; "Leave" leaves', async () => {
    const { user, router } = renderSettings();
    const users = await screen.findByLabelText('Users');
    await user.clear(users);
    await user.type(users, '40');
    await user.click(screen.getByRole('link', { name: 'Profile fields' }));
    await user.click(within(await leavePrompt()).getByRole('button', { name: 'Stay' }));
    await user.clear(screen.getByLabelText('Users'));
    await user.type(screen.getByLabelText('Users'), String(mock.controller.settings().users));

    // The size is back to what is applied; the backend choice alone still asks.
    await user.click(screen.getByRole('radio', { name: 'Remote' }));
    await user.click(screen.getByRole('link', { name: 'Profile fields' }));
    await user.click(within(await leavePrompt()).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/profile-fields'));
    await profileFieldsLoaded();
  });
});
