import { createContext, use, type ReactNode } from 'react';
import type { MockController } from '../../mocks/mock-settings.ts';

/**
 * The running in-browser mock, handed down by main.tsx after its dynamic import, so pages can drive
 * it without importing the mock (which would pull it into the main chunk). Null with a remote backend.
 */
const MockControllerContext = createContext<MockController | null>(null);

export function MockControllerProvider({ controller, children }: { controller: MockController | null; children: ReactNode }) {
  return <MockControllerContext value={controller}>{children}</MockControllerContext>;
}

export function useMockController(): MockController | null {
  return use(MockControllerContext);
}
