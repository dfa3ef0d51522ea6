import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SEARCH_MAX_LENGTH, type User } from '../../../contract/index.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';

const DEBOUNCE_MS = 250;
const SUGGESTIONS = 8;

/**
 * Directory users whose address, name, email or unique ID matches what the admin has typed, asked
 * once typing pauses (usersget `search`); superseded requests are cancelled through the signal.
 */
export function useAddressSuggestions(text: string, exclude: (user: User) => boolean) {
  const { client } = useBackend();
  const term = useDebounced(text.trim(), DEBOUNCE_MS).slice(0, SEARCH_MAX_LENGTH);
  const query = useQuery({
    queryKey: queryKeys.users.lookup(term),
    queryFn: async ({ signal }) => (await client.call('usersget', { search: term, count: SUGGESTIONS + 2 }, { signal })).users,
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
  const suggestions = term === '' ? [] : (query.data ?? []).filter((user) => !exclude(user)).slice(0, SUGGESTIONS);
  return { suggestions, isFetching: query.isFetching, settled: term === text.trim() && !query.isFetching };
}

function useDebounced(value: string, delayMs: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
