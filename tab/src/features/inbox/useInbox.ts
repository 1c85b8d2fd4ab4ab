import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadSummary } from '../../../../shared/contract/threads.js';
import { errorMessage } from '../shell/error-message.js';

export interface UseInbox {
  readonly threads: readonly ThreadSummary[] | undefined;
  readonly error: string | undefined;
}

/** The caller's threads, newest activity first, reloaded whenever `version` changes (a live event). */
export function useInbox(client: ConnectorClient, version: number): UseInbox {
  const [threads, setThreads] = useState<readonly ThreadSummary[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    // Several events in a burst make one reload.
    const timer = setTimeout(
      () => {
        client.listThreads().then(
          (list) => {
            if (cancelled) return;
            setThreads([...list.threads].sort((a, b) => activity(b).localeCompare(activity(a))));
            setError(undefined);
          },
          (failure: unknown) => {
            if (!cancelled) setError(errorMessage(failure));
          },
        );
      },
      version === 0 ? 0 : 150,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, version]);
  return { threads, error };
}

function activity(thread: ThreadSummary): string {
  return new Date(thread.lastMessage?.at ?? thread.openedAt).toISOString();
}
