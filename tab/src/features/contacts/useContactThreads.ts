import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadSummary } from '../../../../shared/contract/threads.js';
import { errorMessage } from '../shell/error-message.js';

/** The contact's threads the caller is or was in, most recent first; reloaded on live events. */
export function useContactThreads(
  client: ConnectorClient,
  contactId: string,
  version: number,
): { threads: readonly ThreadSummary[] | undefined; error: string | undefined } {
  const [threads, setThreads] = useState<readonly ThreadSummary[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    client.contactThreads(contactId).then(
      (list) => {
        if (cancelled) return;
        setThreads(list.threads);
        setError(undefined);
      },
      (failure: unknown) => {
        if (!cancelled) setError(errorMessage(failure));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, contactId, version]);
  return { threads, error };
}
