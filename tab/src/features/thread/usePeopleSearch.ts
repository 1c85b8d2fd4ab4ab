import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { DirectoryUser } from '../../../../shared/contract/users.js';
import { errorMessage } from '../shell/error-message.js';

export interface UsePeopleSearch {
  readonly query: string;
  setQuery(query: string): void;
  /** Undefined until the first answer. */
  readonly people: readonly DirectoryUser[] | undefined;
  readonly searching: boolean;
  readonly error: string | undefined;
  retry(): void;
}

/** The colleague typeahead (`GET /users?query=`, 250 ms after typing stops), people in `exclude` left out. */
export function usePeopleSearch(
  client: ConnectorClient,
  open: boolean,
  exclude: readonly string[],
): UsePeopleSearch {
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<readonly DirectoryUser[] | undefined>(undefined);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!open) {
      setQuery('');
      setPeople(undefined);
      setError(undefined);
      return;
    }
    let cancelled = false;
    setSearching(true);
    const timer = setTimeout(() => {
      const q = query.trim();
      client.searchDirectory({ ...(q ? { query: q } : {}), limit: 20 }).then(
        (list) => {
          if (cancelled) return;
          setPeople(list.users);
          setSearching(false);
          setError(undefined);
        },
        (failure: unknown) => {
          if (cancelled) return;
          setSearching(false);
          setError(errorMessage(failure));
        },
      );
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, query, open, attempt]);

  const shown = people?.filter((person) => !exclude.includes(person.userId));
  return { query, setQuery, people: shown, searching, error, retry: () => setAttempt((n) => n + 1) };
}
