import { useCallback, useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { MessageInfo } from '../../../../shared/contract/messages.js';
import { errorMessage } from '../shell/error-message.js';

export interface UseMessageInfo {
  readonly info: MessageInfo | undefined;
  readonly error: string | undefined;
  retry(): void;
}

/** One message's statuses (`GET /messages/{id}`), fetched again on every live event of its thread (`version`). */
export function useMessageInfo(
  client: ConnectorClient,
  messageId: string | undefined,
  version: number,
): UseMessageInfo {
  const [info, setInfo] = useState<MessageInfo | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!messageId) {
      setInfo(undefined);
      setError(undefined);
      return;
    }
    let cancelled = false;
    client.getMessage(messageId).then(
      (answer) => {
        if (cancelled) return;
        setInfo(answer);
        setError(undefined);
      },
      (failure: unknown) => {
        if (!cancelled) setError(errorMessage(failure));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, messageId, version, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // What an earlier message showed is not shown for this one while it loads.
  const current = info?.message.id === messageId ? info : undefined;
  return { info: current, error, retry };
}
