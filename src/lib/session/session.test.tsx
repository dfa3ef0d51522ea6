import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { DEMO_OPERATORS } from '../../../mocks/mock-settings.ts';
import type { Operator } from '../../contract/index.ts';
import { createBackendClient } from '../backend-client.ts';
import { storageKeys } from '../backend-config.ts';
import { DEMO_CHOICE_KEY, readDemoChoice, saveDemoChoice } from './demo-choice.ts';
import { APP_TOKEN_HOLDER, identifyOperator, signInFailure } from './identify-operator.ts';
import { permissionFor, SessionProvider, useCan, useSession, type Session } from './session-context.tsx';
import { startSession } from './start-session.ts';

const [admin, support, viewer] = DEMO_OPERATORS as [(typeof DEMO_OPERATORS)[number], (typeof DEMO_OPERATORS)[number], (typeof DEMO_OPERATORS)[number]];
const URL_ = 'https://backend.test/api';
const CAPABILITIES = { version: 'test', usersget: { cursor: false, search: false, sort: [], filters: [], maxCount: 100 }, conflictDetection: false };

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  localStorage.clear();
});

/** A backend answering each op from `answers` (a function of the request body), recording what was sent. */
function fakeBackend(answers: Record<string, (body: Record<string, unknown>) => object>) {
  const sent: Record<string, unknown>[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>((_input, init) => {
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Record<string, unknown>;
    sent.push(body);
    const answer = answers[String(body.op)]?.(body) ?? { op: body.op, result: false, error: { code: 'UNKNOWN_OP', message: 'Unknown op' } };
    return Promise.resolve(new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } }));
  });
  return { fetch, sent, client: (appToken: string) => createBackendClient({ url: URL_, appToken, fetch }) };
}

describe('the demo operator chosen for this tab session', () => {
  it('is the demo admin in a fresh session, the one chosen after, and nobody after signing out', () => {
    expect(readDemoChoice(DEMO_OPERATORS)).toEqual(admin);
    saveDemoChoice(support.token);
    expect(readDemoChoice(DEMO_OPERATORS)).toEqual(support);
    expect(sessionStorage.getItem(DEMO_CHOICE_KEY)).toBe(support.token);
    saveDemoChoice(null);
    expect(readDemoChoice(DEMO_OPERATORS)).toBeNull();
  });

  it('falls back to the admin for a token no longer listed', () => {
    sessionStorage.setItem(DEMO_CHOICE_KEY, 'retired-token');
    expect(readDemoChoice(DEMO_OPERATORS)).toEqual(admin);
  });
});

describe('identifying the operator of an app token', () => {
  it('asks a backend with roles who it is', async () => {
    const backend = fakeBackend({
      capabilities: () => ({ op: 'capabilities', result: true, capabilities: { ...CAPABILITIES, extensionOps: ['whoami'] } }),
      whoami: () => ({ op: 'whoami', result: true, operator: { name: 'Sam Support', role: 'support' } }),
    });
    await expect(identifyOperator(backend.client('s3cret'))).resolves.toEqual({ name: 'Sam Support', role: 'support' });
    expect(backend.sent.map((body) => [body.op, body.token])).toEqual([
      ['capabilities', 's3cret'],
      ['whoami', 's3cret'],
    ]);
  });

  it('takes a plain mesibo backend’s accepted token as its app token holder', async () => {
    const backend = fakeBackend({ usersget: () => ({ op: 'usersget', result: true, users: [] }) });
    await expect(identifyOperator(backend.client('t'))).resolves.toEqual(APP_TOKEN_HOLDER);
    expect(backend.sent.at(-1)).toMatchObject({ op: 'usersget', user: { address: '*' }, count: 1 });
  });

  it('says a refusal is a refusal, and an outage an outage', async () => {
    const refusing = fakeBackend({
      capabilities: () => ({ op: 'capabilities', result: false, error: { code: 'UNAUTHORIZED', message: 'Unknown app token' } }),
    });
    const refusal = await identifyOperator(refusing.client('wrong')).catch((error: unknown) => error);
    expect(signInFailure(refusal)).toBe('The backend refused this app token: Unknown app token');

    const down = createBackendClient({ url: URL_, appToken: 't', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const outage = await identifyOperator(down).catch((error: unknown) => error);
    expect(signInFailure(outage)).toMatch(/^Could not sign in: Could not reach the backend at https:\/\/backend\.test\/api/);
  });
});

describe('the session a page load starts with', () => {
  const mock = { url: '/mock-backend/api', operators: DEMO_OPERATORS };

  it('is the chosen demo operator against the mock, with its token', async () => {
    saveDemoChoice(viewer.token);
    const session = await startSession({ mode: 'mock' }, mock);
    expect(session.operator).toEqual({ name: viewer.name, role: 'viewer' });
    expect(session.client.url).toBe('/mock-backend/api');
  });

  it('is signed out against a remote backend without a saved token, or one that refuses it', async () => {
    expect((await startSession({ mode: 'remote', url: URL_, appToken: '', remember: false }, mock)).operator).toBeNull();
    const backend = fakeBackend({
      capabilities: () => ({ op: 'capabilities', result: false, error: { code: 'UNAUTHORIZED', message: 'Token expired' } }),
    });
    vi.stubGlobal('fetch', backend.fetch);
    const session = await startSession({ mode: 'remote', url: URL_, appToken: 'old', remember: true }, mock);
    expect(session.operator).toBeNull();
    expect(session.notice).toBe('The backend refused this app token: Token expired');
    expect(backend.sent[0]).toMatchObject({ op: 'capabilities', token: 'old' });
  });
});

describe('permissions of the signed-in operator', () => {
  it('follows the table, and refuses everything when signed out', () => {
    const supportOperator: Operator = { name: 'S', role: 'support' };
    expect(permissionFor(supportOperator, 'editProfile')).toEqual({ allowed: true });
    expect(permissionFor(supportOperator, 'manageTokens')).toEqual({ allowed: false, reason: 'Support staff cannot issue or revoke tokens' });
    expect(permissionFor(null, 'editProfile')).toEqual({ allowed: false, reason: 'Sign in first' });
  });
});

describe('SessionProvider', () => {
  function Probe() {
    const session = useSession();
    const tokens = useCan('manageTokens');
    // State that must not survive a change of operator.
    const [typed, setTyped] = useState('');
    return (
      <div>
        <p>operator: {session.operator ? `${session.operator.name} (${session.operator.role})` : 'nobody'}</p>
        <p>tokens: {tokens.allowed ? 'allowed' : tokens.reason}</p>
        <p>typed: {typed}</p>
        <button type="button" onClick={() => setTyped('draft')}>
          Type
        </button>
        <button type="button" onClick={() => session.signInAsDemo(support)}>
          Support
        </button>
        <button type="button" onClick={() => session.signOut()}>
          Out
        </button>
      </div>
    );
  }

  function renderSession(initial: Session) {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['users', 'detail', 1], { uid: 1 });
    render(
      <SessionProvider initial={initial} demoOperators={DEMO_OPERATORS} queryClient={queryClient}>
        <Probe />
      </SessionProvider>,
    );
    return queryClient;
  }

  it('switches operator without a reload: new client, empty cache, fresh pages', () => {
    const initial: Session = {
      operator: { name: admin.name, role: 'admin' },
      client: createBackendClient({ url: '/mock-backend/api', appToken: admin.token }),
      config: { mode: 'mock' },
    };
    const queryClient = renderSession(initial);
    expect(screen.getByText('tokens: allowed')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Type' }).click());
    expect(screen.getByText('typed: draft')).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'Support' }).click());
    expect(screen.getByText('operator: Sam Support (support)')).toBeInTheDocument();
    expect(screen.getByText('tokens: Support staff cannot issue or revoke tokens')).toBeInTheDocument();
    expect(screen.getByText('typed:')).toBeInTheDocument();
    expect(queryClient.getQueryData(['users', 'detail', 1])).toBeUndefined();
    expect(sessionStorage.getItem(DEMO_CHOICE_KEY)).toBe(support.token);

    act(() => screen.getByRole('button', { name: 'Out' }).click());
    expect(screen.getByText('operator: nobody')).toBeInTheDocument();
    expect(sessionStorage.getItem(DEMO_CHOICE_KEY)).toBe('');
  });

  it('forgets a remote backend’s app token on sign-out, and keeps its URL', () => {
    localStorage.setItem(storageKeys.appToken, 'remembered');
    localStorage.setItem(storageKeys.url, URL_);
    renderSession({
      operator: { name: 'Remote Admin', role: 'admin' },
      client: createBackendClient({ url: URL_, appToken: 'remembered' }),
      config: { mode: 'remote', url: URL_, appToken: 'remembered', remember: true },
    });
    act(() => screen.getByRole('button', { name: 'Out' }).click());
    expect(screen.getByText('operator: nobody')).toBeInTheDocument();
    expect(localStorage.getItem(storageKeys.appToken)).toBeNull();
    expect(localStorage.getItem(storageKeys.url)).toBe(URL_);
  });
});
