/**
 * Several tabs of the console each run their own copy of the mock over one saved state. Writes take a
 * cross-tab lock and first catch up with what other tabs saved, so no tab overwrites another's change;
 * after saving, a tab announces the new revision so the others reload it.
 */
export interface TabCoordinator {
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  announce(revision: number): void;
  onAnnouncement(listener: (revision: number) => void): void;
}

export const singleTab: TabCoordinator = {
  exclusive: (task) => task(),
  announce: () => undefined,
  onAnnouncement: () => undefined,
};

const CHANNEL = 'user-console-mock';

export function browserTabCoordinator(): TabCoordinator {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return {
    exclusive: (task) => (locks ? locks.request(CHANNEL, task) : task()),
    announce: (revision) => channel?.postMessage({ revision }),
    onAnnouncement: (listener) => {
      channel?.addEventListener('message', (event: MessageEvent<{ revision?: unknown }>) => {
        if (typeof event.data.revision === 'number') listener(event.data.revision);
      });
    },
  };
}
