import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createNodeMockBackend } from '../../../mocks/node.ts';
import { MOCK_BACKEND_URL } from '../../config/paths.ts';
import { createBackendClient } from '../../lib/backend-client.ts';
import { renderRoute } from '../../testing/render-route.tsx';

const mock = await createNodeMockBackend({ users: 20, seed: 4 });
const client = createBackendClient({ url: new URL(MOCK_BACKEND_URL, window.location.href).href, appToken: mock.appToken });

beforeAll(() => mock.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => mock.server.close());

describe('Token inspector', { timeout: 20_000 }, () => {
  it('names the holder and what the token allows, and explains a refused login', async () => {
    const issued = await client.call('useradd', {
      user: { address: 'web-app@example.com', name: 'Web App', token: { appid: 'com.example.web', javascript: true, url: 'https://app.example.com/' } },
    });
    const token = issued.user.token ?? '';
    const { user, router } = renderRoute('/tokens/inspect', { client });

    expect(await screen.findByRole('heading', { name: 'Token inspector', level: 1 })).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'Access token' }));
    await user.paste(token);
    await user.click(screen.getByRole('button', { name: 'Inspect' }));

    expect(await screen.findByRole('link', { name: 'Web App (web-app@example.com)' })).toHaveAttribute('href', `/users/${issued.user.uid}`);
    expect(screen.getByText('Valid only in browsers under https://app.example.com/ with app name com.example.web.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'Android');
    await user.click(screen.getByRole('button', { name: 'Try a login' }));
    expect(await screen.findByText('Would be refused')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Reasons' })).getByText(/valid only on JavaScript, not on Android/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'JavaScript');
    await user.type(screen.getByRole('textbox', { name: 'Page URL' }), 'https://APP.example.com/chat');
    await user.click(screen.getByRole('button', { name: 'Try a login' }));
    expect(await screen.findByText('Would be allowed')).toBeInTheDocument();

    // The token is a secret: never in the address.
    const { pathname, search, hash } = router.state.location;
    expect(`${pathname}${search}${hash}`).toBe('/tokens/inspect');
  });

  it('says when no such token exists', async () => {
    const { user } = renderRoute('/tokens/inspect', { client });
    await user.type(await screen.findByRole('textbox', { name: 'Access token' }), 'v2.not-a-token');
    await user.click(screen.getByRole('button', { name: 'Inspect' }));
    expect(await screen.findByText('No such token: it was never issued, or it was revoked.')).toBeInTheDocument();
  });

  it('asks for a token before inspecting', async () => {
    const { user } = renderRoute('/tokens/inspect', { client });
    await user.click(await screen.findByRole('button', { name: 'Inspect' }));
    expect(await screen.findByRole('textbox', { name: 'Access token' })).toHaveAccessibleDescription(/Paste a token/);
  });

  it('says what a plain mesibo backend cannot tell', async () => {
    const plain = createBackendClient({
      url: client.url,
      appToken: mock.appToken,
      fetch: async (input, init) => {
        const body: unknown = JSON.parse(typeof init?.body === 'string' ? init.body : '{}');
        const op = typeof body === 'object' && body !== null && 'op' in body ? String(body.op) : '';
        if (op === 'capabilities') return Response.json({ op, result: false, error: 'unknown op' });
        return fetch(input, init);
      },
    });
    renderRoute('/tokens/inspect', { client: plain });
    expect(await screen.findByText(/This backend cannot inspect tokens/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inspect' })).toBeDisabled();
  });
});
