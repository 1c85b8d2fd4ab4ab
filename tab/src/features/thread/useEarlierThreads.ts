import { useCallback, useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadSummary } from '../../../../shared/contract/threads.js';
import { errorMessage } from '../shell/error-message.js';

export interface UseEarlierThreads {
  readonly threads: readonly ThreadSummary[] | undefined;
  readonly error: string | undefined;
  retry(): void;
}

/** Every thread with the contact the caller may read (`GET /contacts/{id}/threads`), newest first. */
export function useEarlierThreads(
  client: ConnectorClient,
  contactId: string | undefined,
  open: boolean,
): UseEarlierThreads {
  const [threads, setThreads] = useState<readonly ThreadSummary[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!open || !contactId) return;
    let cancelled = false;
    setError(undefined);
    client.contactThreads(contactId).then(
      (list) => {
        if (cancelled) return;
        setThreads([...list.threads].sort((a, b) => b.openedAt.localeCompare(a.openedAt)));
      },
      (failure: unknown) => {
        if (!cancelled) setError(errorMessage(failure));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, contactId, open, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { threads, error, retry };
}
