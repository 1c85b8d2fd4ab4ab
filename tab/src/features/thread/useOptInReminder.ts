import { useCallback, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { errorMessage } from '../shell/error-message.js';

export type ReminderOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'sent' }
  | { readonly kind: 'failed'; readonly reason: string };

/** Sends the opt-in reminder and keeps what came of it, to show next to the button. */
export function useOptInReminder(client: ConnectorClient, threadId: string, onSent: () => void) {
  const [outcome, setOutcome] = useState<ReminderOutcome>({ kind: 'idle' });
  const send = useCallback(() => {
    setOutcome({ kind: 'sending' });
    client.sendOptInReminder(threadId).then(
      () => {
        setOutcome({ kind: 'sent' });
        onSent();
      },
      (failure: unknown) => setOutcome({ kind: 'failed', reason: errorMessage(failure) }),
    );
  }, [client, threadId, onSent]);
  return { outcome, send };
}
