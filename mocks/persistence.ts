import type { DatabaseSnapshot } from './db/mock-database.ts';
import type { MockSettings } from './mock-settings.ts';

export interface PersistedState {
  /** Increases with every save, so a tab can tell whether another tab saved since it loaded. */
  revision: number;
  settings: MockSettings;
  snapshot: DatabaseSnapshot;
}

/** Where the mock keeps its state between page loads. */
export interface StateStore {
  load(): Promise<PersistedState | undefined>;
  save(state: PersistedState): Promise<void>;
}

export function memoryStateStore(): StateStore {
  let saved: PersistedState | undefined;
  return {
    load: () => Promise.resolve(saved === undefined ? undefined : structuredClone(saved)),
    save: (state) => {
      saved = structuredClone(state);
      return Promise.resolve();
    },
  };
}

const DB_NAME = 'user-console-mock';
const STORE = 'state';
const KEY = 'current';

/** IndexedDB, one record: small because the generated rows are never stored, only the changes. */
export function indexedDbStateStore(): StateStore {
  let opened: Promise<IDBDatabase> | undefined;
  const database = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    return opened;
  };
  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>) => {
    const db = await database();
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    });
  };
  return {
    load: async () => (await run('readonly', (store) => store.get(KEY) as IDBRequest<PersistedState | undefined>)),
    save: async (state) => {
      await run('readwrite', (store) => store.put(state, KEY));
    },
  };
}
