import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { createBackendClient } from '../lib/backend-client.ts';
import { renderRoute } from '../testing/render-route.tsx';

// The shell's behaviour does not depend on answers: a backend that never answers keeps pages loading.
const client = createBackendClient({
  url: 'https://backend.test/api',
  appToken: 'token',
  fetch: vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined)),
});

describe('app shell', () => {
  it('redirects / to /users, keeping the query string', async () => {
    const { router } = renderRoute('/?q=ada', { client });
    await waitFor(() => expect(router.state.location.pathname).toBe('/users'));
    expect(router.state.location.search).toBe('?q=ada');
  });

  it('has a skip link and the main navigation', async () => {
    renderRoute('/users', { client });
    expect(await screen.findByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Users' }));
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Settings' }));
    expect(screen.getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a not-found page for an unknown address', async () => {
    renderRoute('/no/such/page', { client });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the user directory' })).toHaveAttribute('href', '/users');
  });
});
