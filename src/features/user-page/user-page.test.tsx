import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';
import { parseUidParam } from '../../lib/uid-param.ts';

const mock = await createNodeMockBackend({ users: 20, seed: 5 });
const client = createBackendClient({ url: new URL(MOCK_BACKEND_URL, window.location.href).href, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

describe('user summary', () => {
  it('shows the user under a heading with their name, every value as plain text', async () => {
    await client.call('userset', {
      user: { uid: 3, profile: { update: true, name: 'Grace <b>Hopper</b>', status: '<img src=x onerror=alert(1)>' } },
    });
    renderRoute('/users/3', { client });

    expect(await screen.findByRole('heading', { level: 1, name: 'Grace <b>Hopper</b>' })).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('b, img[src="x"]')).toBeNull();
    expect(screen.getByText('Last seen')).toBeInTheDocument();
    expect(screen.getByText(/^(Online|Offline)$/)).toBeInTheDocument();
  });

  it('says so when no user has the uid', async () => {
    renderRoute('/users/999999', { client });
    expect(await screen.findByRole('heading', { level: 1, name: 'User not found' })).toBeInTheDocument();
  });

  it('explains an invalid uid in the URL without calling the backend', async () => {
    renderRoute('/users/abc', { client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Invalid user id' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('“abc” is not a user id');
  });
});

describe('parseUidParam', () => {
  it('accepts positive whole numbers written as digits only', () => {
    expect(parseUidParam('42')).toBe(42);
    for (const bad of ['0', '-1', '1e3', '0x1f', ' 12', '1.5', '', undefined, '99999999999999999']) {
      expect(parseUidParam(bad)).toBeNull();
    }
  });
});
