import { createElement, useEffect, type ReactElement } from 'react';
import { useBlocker, type Location } from 'react-router';
import { UnsavedChangesDialog } from '../components/unsaved-changes-dialog.tsx';

/**
 * Navigation state that lets one navigation through without asking, for moves the page makes itself
 * after the edit is finished or moot (e.g. to the directory after deleting the user, or to a new user's
 * page after creating it): `navigate(to, { state: skipUnsavedChangesPrompt })`.
 */
export const skipUnsavedChangesPrompt = { skipUnsavedChangesPrompt: true } as const;

function isSkipped(location: Location): boolean {
  const state: unknown = location.state;
  return typeof state === 'object' && state !== null && 'skipUnsavedChangesPrompt' in state;
}

/**
 * Guards unsaved edits: while `isDirty`, an in-app navigation to another page (another tab, the
 * directory, a link in the header, Back) is held and the admin is asked "Leave without saving?", and
 * closing or reloading the browser tab triggers the browser's own prompt (beforeunload).
 *
 * Render what it returns (the dialog while a navigation is held, otherwise null) anywhere in the form:
 *
 *   const unsavedChangesPrompt = useUnsavedChangesPrompt(formState.isDirty);
 *   return <form>…{unsavedChangesPrompt}</form>;
 *
 * Needs a data router (createBrowserRouter / createMemoryRouter / createRoutesStub). Only one form on a
 * page should use it at a time (react-router supports one blocker).
 */
export function useUnsavedChangesPrompt(isDirty: boolean): ReactElement | null {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !isSkipped(nextLocation) &&
      // Changing only the query or hash keeps this page (and the form) mounted.
      currentLocation.pathname !== nextLocation.pathname,
  );

  // A held navigation no longer needs asking once the form is clean (e.g. it was saved meanwhile).
  useEffect(() => {
    if (blocker.state === 'blocked' && !isDirty) blocker.proceed();
  }, [blocker, isDirty]);

  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);

  if (blocker.state !== 'blocked') return null;
  return createElement(UnsavedChangesDialog, { onLeave: blocker.proceed, onStay: blocker.reset });
}
