import { presenceStreamMessageSchema, type PresenceStreamMessage } from '../src/contract/index.ts';

/** What a tab's save changed, for the other tabs to push on their own live streams. */
export type TabNews = readonly PresenceStreamMessage[];

/**
 * Several tabs of the console each run their own copy of the mock over one saved state. Writes take a
 * cross-tab lock and first catch up with what other tabs saved, so no tab overwrites another's change;
 * after saving, a tab announces the new revision so the others reload it, with the user changes it
 * made, so that every tab's live stream reports them as one backend would to all its clients.
 */
export interface TabCoordinator {
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  announce(revision: number, news?: TabNews): void;
  onAnnouncement(listener: (revision: number, news: TabNews) => void): void;
}

export const singleTab: TabCoordinator = {
  exclusive: (task) => task(),
  announce: () => undefined,
  onAnnouncement: () => undefined,
};

const CHANNEL = 'user-console-mock';

/** Keeps what parses: a tab running an older build of the console may send something else. */
function readNews(news: unknown): TabNews {
  if (!Array.isArray(news)) return [];
  return news.flatMap((each: unknown) => {
    const parsed = presenceStreamMessageSchema.safeParse(each);
    return parsed.success ? [parsed.data] : [];
  });
}

export function browserTabCoordinator(): TabCoordinator {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return {
    exclusive: (task) => (locks ? locks.request(CHANNEL, task) : task()),
    announce: (revision, news = []) => channel?.postMessage({ revision, news }),
    onAnnouncement: (listener) => {
      channel?.addEventListener('message', (event: MessageEvent<{ revision?: unknown; news?: unknown }>) => {
        if (typeof event.data.revision === 'number') listener(event.data.revision, readNews(event.data.news));
      });
    },
  };
}
