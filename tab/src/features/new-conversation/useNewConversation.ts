import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import { errorMessage } from '../shell/error-message.js';

export interface UseNewConversation {
  readonly query: string;
  setQuery(query: string): void;
  readonly contacts: readonly Contact[] | undefined;
  readonly searching: boolean;
  readonly selected: Contact | undefined;
  select(contact: Contact): void;
  readonly starting: boolean;
  readonly error: string | undefined;
  /** Opens (or finds) the WhatsApp thread; resolves with it and whether the opt-in request is still to send. */
  start(): Promise<{ threadId: string; needsOptIn: boolean; contact: Contact } | undefined>;
  reset(): void;
}

/** The contact typeahead (`GET /contacts?q=`, 250 ms after typing stops) and `POST /threads`. */
export function useNewConversation(client: ConnectorClient, open: boolean): UseNewConversation {
  const [query, setQuery] = useState('');
  const [contacts, setContacts] = useState<readonly Contact[] | undefined>(undefined);
  const [searching, setSearching] = useState(false);
  const [selected, setSelected] = useState<Contact | undefined>(undefined);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setSearching(true);
    const timer = setTimeout(() => {
      const q = query.trim();
      client.listContacts({ ...(q ? { q } : {}), limit: 20 }).then(
        (list) => {
          if (cancelled) return;
          setContacts(list.contacts);
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
  }, [client, query, open]);

  return {
    query,
    setQuery,
    contacts,
    searching,
    selected,
    select: setSelected,
    starting,
    error,
    async start() {
      if (!selected) return undefined;
      setStarting(true);
      setError(undefined);
      try {
        const started = await client.startThread(selected.id);
        return { threadId: started.threadId, needsOptIn: started.needsOptIn, contact: selected };
      } catch (failure) {
        setError(errorMessage(failure));
        return undefined;
      } finally {
        setStarting(false);
      }
    },
    reset() {
      setQuery('');
      setSelected(undefined);
      setError(undefined);
      setContacts(undefined);
    },
  };
}
