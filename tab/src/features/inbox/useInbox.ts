import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadSummary } from '../../../../shared/contract/threads.js';
import { errorMessage } from '../shell/error-message.js';

export interface UseInbox {
  readonly threads: readonly ThreadSummary[] | undefined;
  readonly error: string | undefined;
}

const RETRY_MS = 5_000;

/** The caller's threads, newest activity first, reloaded whenever `version` changes (a live event). */
export function useInbox(client: ConnectorClient, version: number): UseInbox {
  const [threads, setThreads] = useState<readonly ThreadSummary[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  // A failed load is tried again on its own (the server may be starting), besides on the next event.
  const [retries, setRetries] = useState(0);
  useEffect(() => {
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
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
            if (cancelled) return;
            setError(errorMessage(failure));
            retry = setTimeout(() => setRetries((n) => n + 1), RETRY_MS);
          },
        );
      },
      version === 0 && retries === 0 ? 0 : 150,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      clearTimeout(retry);
    };
  }, [client, version, retries]);
  return { threads, error };
}

function activity(thread: ThreadSummary): string {
  return new Date(thread.lastMessage?.at ?? thread.openedAt).toISOString();
}
