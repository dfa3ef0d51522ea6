import { useEffect } from 'react';

const APP_NAME = 'User console';

/** Each page names the tab, which screen readers announce on navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
