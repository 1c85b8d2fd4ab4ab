import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import { errorMessage } from '../shell/error-message.js';

export interface UseContactDetails {
  readonly contact: Contact | undefined;
  readonly error: string | undefined;
  retry(): void;
  /** After an edit: shows what the server saved. */
  replace(contact: Contact): void;
}

/** One contact (`GET /contacts/{id}`), loaded again when the id changes or on retry. */
export function useContactDetails(client: ConnectorClient, contactId: string): UseContactDetails {
  const [contact, setContact] = useState<Contact | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setError(undefined);
    client.getContact(contactId).then(
      (found) => {
        if (!cancelled) setContact(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(errorMessage(failure));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, contactId, attempt]);
  return { contact, error, retry: () => setAttempt((n) => n + 1), replace: setContact };
}
