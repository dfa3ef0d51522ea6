import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { BackendError } from '../lib/backend-error.ts';
import { describeLoad, LoadStatus } from './load-status.tsx';
import { OfflineBanner } from './offline-banner.tsx';

afterEach(() => onlineManager.setOnline(true));

describe('LoadStatus', () => {
  it('says whether a load is on its way, trying again after a failure, or waiting for the connection', () => {
    const progress = { failureCount: 0, failureReason: null };
    expect(describeLoad('users', { ...progress, fetchStatus: 'idle' })).toBeNull();
    expect(describeLoad('users', { ...progress, fetchStatus: 'fetching' })).toBe('Loading the users…');
    expect(describeLoad('users', { ...progress, fetchStatus: 'fetching', failureCount: 1 })).toBe('Still trying to load the users: attempt 2 of 4…');
    expect(describeLoad('user', { ...progress, fetchStatus: 'paused', failureCount: 2 })).toBe('Offline: the user will load when the connection is back.');
  });

  it('shows the last failure while it tries again, in a status region', () => {
    render(<LoadStatus subject="users" query={{ fetchStatus: 'fetching', failureCount: 1, failureReason: new BackendError('UNAVAILABLE', 'Down for a moment.') }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Still trying to load the users: attempt 2 of 4… The last attempt failed: Down for a moment.');
  });
});

describe('OfflineBanner', () => {
  it('appears while the browser is offline and goes away by itself when it is back', () => {
    render(<OfflineBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => onlineManager.setOnline(false));
    expect(screen.getByRole('alert')).toHaveTextContent('You are offline. Changes cannot be saved until the connection is back.');
    act(() => onlineManager.setOnline(true));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
