import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import { errorMessage } from '../shell/error-message.js';

/** The most the API lists at once; beyond it, the filter finds the others. */
export const CONTACTS_PAGE = 200;

export interface UseContacts {
  readonly filter: string;
  setFilter(filter: string): void;
  readonly contacts: readonly Contact[] | undefined;
  readonly error: string | undefined;
  retry(): void;
}

/** The organization's contacts, by name, filtered 250 ms after typing stops, reloaded on live events. */
export function useContacts(client: ConnectorClient, version: number): UseContacts {
  const [filter, setFilter] = useState('');
  const [contacts, setContacts] = useState<readonly Contact[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      const q = filter.trim();
      client.listContacts({ ...(q ? { q } : {}), limit: CONTACTS_PAGE }).then(
        (list) => {
          if (cancelled) return;
          setContacts([...list.contacts].sort((a, b) => a.displayName.localeCompare(b.displayName)));
          setError(undefined);
        },
        (failure: unknown) => {
          if (!cancelled) setError(errorMessage(failure));
        },
      );
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, filter, version, attempt]);

  return { filter, setFilter, contacts, error, retry: () => setAttempt((n) => n + 1) };
}
