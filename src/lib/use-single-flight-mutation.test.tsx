import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ChangeInProgressError, useSingleFlightMutation } from './use-single-flight-mutation.ts';

/** A mutation function whose calls are counted and answered when the test says so. */
function controlledSave() {
  const calls: string[] = [];
  const answers: ((value: string) => void)[] = [];
  const mutationFn = (name: string) => {
    calls.push(name);
    return new Promise<string>((resolve) => answers.push(resolve));
  };
  // The mutation function runs a few microtasks after mutate (after onMutate): answer once it has.
  const answer = async (value: string) => {
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    answers.shift()?.(value);
  };
  return { calls, mutationFn, answer };
}

function renderSingleFlight(mutationFn: (name: string) => Promise<string>) {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return renderHook(() => useSingleFlightMutation({ mutationFn }), { wrapper });
}

describe('useSingleFlightMutation', () => {
  it('sends a change once however often it is asked for while in flight; both callers get its answer', async () => {
    const save = controlledSave();
    const { result } = renderSingleFlight(save.mutationFn);
    const mutateAsync = result.current.mutateAsync;

    let first!: Promise<string>;
    let second!: Promise<string>;
    act(() => {
      first = mutateAsync('Ada');
      second = mutateAsync('Ada');
      result.current.mutate('Ada');
    });
    expect(second).toBe(first);
    await act(async () => {
      await save.answer('saved');
      await first;
    });
    expect(save.calls).toEqual(['Ada']);
    await expect(second).resolves.toBe('saved');
  });

  it('refuses a different change while one is in flight, and sends the next one after the answer', async () => {
    const save = controlledSave();
    const { result } = renderSingleFlight(save.mutationFn);

    let first!: Promise<string>;
    act(() => {
      first = result.current.mutateAsync('Ada');
    });
    await expect(result.current.mutateAsync('Grace')).rejects.toBeInstanceOf(ChangeInProgressError);
    await act(async () => {
      await save.answer('saved Ada');
      await first;
    });

    let next!: Promise<string>;
    act(() => {
      next = result.current.mutateAsync('Grace');
    });
    await act(async () => {
      await save.answer('saved Grace');
      await next;
    });
    expect(save.calls).toEqual(['Ada', 'Grace']);
  });

  it('frees the slot after a failure, so "Retry" sends again', async () => {
    let attempts = 0;
    const { result } = renderSingleFlight(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('lost')) : Promise.resolve('saved');
    });
    await act(async () => {
      await expect(result.current.mutateAsync('Ada')).rejects.toThrow('lost');
    });
    await act(async () => {
      await expect(result.current.mutateAsync('Ada')).resolves.toBe('saved');
    });
    expect(attempts).toBe(2);
  });
});
