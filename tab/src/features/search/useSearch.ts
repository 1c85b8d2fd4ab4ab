import { useEffect, useRef, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { SEARCH_QUERY_MAX, type SearchResults } from '../../../../shared/contract/search.js';
import { errorMessage } from '../shell/error-message.js';

export interface UseSearch {
  readonly text: string;
  setText(text: string): void;
  /** The words searched for (the text, trimmed, once typing stopped). */
  readonly query: string;
  readonly results: SearchResults | undefined;
  readonly loading: boolean;
  readonly error: string | undefined;
  retry(): void;
  readonly loadingMore: boolean;
  readonly moreError: string | undefined;
  more(): void;
}

const DEBOUNCE_MS = 300;
const PAGE = 20;

/**
 * `GET /search` 300 ms after typing stops. `initial` is the address bar's `?q=`; `onQuery` puts the searched
 * words back there (so a search can be linked and Back returns to it).
 */
export function useSearch(
  client: ConnectorClient,
  initial: string,
  onQuery: (query: string) => void,
): UseSearch {
  const [text, setText] = useState(initial);
  const [query, setQuery] = useState(initial.trim());
  const [results, setResults] = useState<SearchResults | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | undefined>(undefined);
  const report = useRef(onQuery);
  report.current = onQuery;

  // The address bar changed under us (Back, a link): search what it says.
  useEffect(() => {
    if (initial.trim() === query) return;
    setText(initial);
    setQuery(initial.trim());
    // Only the address bar's changes count here, not the typing that follows them.
  }, [initial]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const next = text.trim().slice(0, SEARCH_QUERY_MAX);
      if (next === query) return;
      setQuery(next);
      report.current(next);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, query]);

  useEffect(() => {
    setMoreError(undefined);
    if (!query) {
      setResults(undefined);
      setError(undefined);
      setLoading(false);
      return;
    }
    let cancelled = false;
    setLoading(true);
    setError(undefined);
    client.searchThreads({ q: query, limit: PAGE }).then(
      (found) => {
        if (cancelled) return;
        setResults(found);
        setLoading(false);
      },
      (failure: unknown) => {
        if (cancelled) return;
        setResults(undefined);
        setError(errorMessage(failure));
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, query, attempt]);

  return {
    text,
    setText,
    query,
    results,
    loading,
    error,
    retry: () => setAttempt((n) => n + 1),
    loadingMore,
    moreError,
    more() {
      const cursor = results?.nextCursor;
      if (!cursor || loadingMore) return;
      setLoadingMore(true);
      setMoreError(undefined);
      client.searchThreads({ q: query, cursor, limit: PAGE }).then(
        (page) => {
          setResults((shown) =>
            shown
              ? { ...shown, messages: [...shown.messages, ...page.messages], nextCursor: page.nextCursor }
              : page,
          );
          setLoadingMore(false);
        },
        (failure: unknown) => {
          setMoreError(errorMessage(failure));
          setLoadingMore(false);
        },
      );
    },
  };
}
