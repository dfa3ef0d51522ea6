import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;

interface SearchBoxProps {
  /** The search as the URL holds it. */
  value: string;
  onSearch: (q: string) => void;
  hint: string;
  /** Lets the page move focus here, e.g. after "Clear search". */
  inputRef: RefObject<HTMLInputElement | null>;
  /** Focus the box when the page opens (support staff's fast path: search, open, edit). */
  autoFocus?: boolean;
}

/**
 * The directory search. Typing updates the URL (and so the query) once the admin pauses; Enter applies
 * at once. The URL stays the source of truth: when it changes from elsewhere (back button, "Clear
 * search") the box follows, but a change the box itself sent never overwrites newer typing.
 */
export function SearchBox({ value, onSearch, hint, inputRef, autoFocus = false }: SearchBoxProps) {
  const inputId = useId();
  const hintId = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestValue = useRef(value);
  const [draft, setDraft] = useState(value);
  const [sent, setSent] = useState<string | null>(null);
  const [seenValue, setSeenValue] = useState(value);

  if (value !== seenValue) {
    setSeenValue(value);
    if (value !== sent) setDraft(value);
    setSent(null);
  }

  useEffect(() => {
    latestValue.current = value;
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSlashToFocus(inputRef);

  function send(text: string) {
    clearTimeout(timer.current);
    const q = text.trim();
    if (q === latestValue.current) return;
    setSent(q);
    onSearch(q);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(draft);
  }

  return (
    <form role="search" aria-label="User search" className="search-box" onSubmit={handleSubmit}>
      <label htmlFor={inputId}>Search users</label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        value={draft}
        maxLength={128}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        aria-describedby={hintId}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => send(text), SEARCH_DEBOUNCE_MS);
        }}
      />
      <p id={hintId} className="field-hint">
        {hint} Press / to jump here.
      </p>
    </form>
  );
}

/** "/" focuses the search from anywhere on the page, unless the admin is typing in a field. */
function useSlashToFocus(inputRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      inputRef.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [inputRef]);
}
