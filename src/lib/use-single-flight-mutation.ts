import { useCallback, useRef } from 'react';
import { useMutation, type DefaultError, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';

/** A different change was asked for while this one is still on its way; nothing was sent. */
export class ChangeInProgressError extends Error {
  override readonly name = 'ChangeInProgressError';
  constructor() {
    super('Another change is still being saved. Wait for its answer, then try again.');
  }
}

interface InFlight<TData> {
  /** The variables it was sent with, as JSON: a second call with the same ones is the same change. */
  key: string;
  promise: Promise<TData>;
}

const ignore = () => undefined;

/**
 * useMutation that never has two requests in flight. A button stays clickable for a moment after its
 * first click (React renders "disabled" a task later, and Enter in a form submits on every keydown), so
 * this is where double submits stop, whatever each form does: a call with the same variables while one
 * is in flight shares its promise (one request, both callers see its outcome); a call with other
 * variables is refused with ChangeInProgressError rather than queued behind a save whose outcome may
 * change what the second one should be.
 */
export function useSingleFlightMutation<TData = unknown, TError = DefaultError, TVariables = void, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext> {
  const mutation = useMutation(options);
  const inFlight = useRef<InFlight<TData> | null>(null);
  const send = mutation.mutateAsync;

  const mutateAsync = useCallback<typeof send>(
    (...args) => {
      const key = JSON.stringify(args[0]) ?? '';
      const current = inFlight.current;
      if (current) return current.key === key ? current.promise : Promise.reject(new ChangeInProgressError());
      const promise = send(...args);
      inFlight.current = { key, promise };
      // Registered before the caller's own handlers, so by the time they run a follow-up call is free to go.
      const settle = () => {
        if (inFlight.current?.promise === promise) inFlight.current = null;
      };
      promise.then(settle, settle);
      return promise;
    },
    [send],
  );
  const mutate = useCallback<typeof mutation.mutate>(
    (...args) => void mutateAsync(...args).catch(ignore),
    [mutateAsync],
  );
  return { ...mutation, mutate, mutateAsync };
}
