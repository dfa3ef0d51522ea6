import { useLocation } from 'react-router';
import { skipUnsavedChangesPrompt } from './use-unsaved-changes-prompt.ts';

/**
 * A message for the page a navigation lands on ("Deleted …"), carried in the history entry's state so
 * it survives the route change, shows once there, and is not in the URL to be shared or bookmarked.
 * The move is the page's own, after the work is done, so it also skips the unsaved-changes prompt.
 */
export function withStatusMessage(statusMessage: string) {
  return { ...skipUnsavedChangesPrompt, statusMessage };
}

/** The status message the current history entry carries, if any. */
export function useNavigationStatusMessage(): string {
  const state: unknown = useLocation().state;
  if (typeof state === 'object' && state !== null && 'statusMessage' in state && typeof state.statusMessage === 'string') {
    return state.statusMessage;
  }
  return '';
}
