import { StrictMode } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders, type AppProvidersProps } from './providers.tsx';

export function App({ router, ...providers }: Omit<AppProvidersProps, 'children'> & { router: DataRouter }) {
  return (
    <StrictMode>
      <AppProviders {...providers} livePresence>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>
  );
}
