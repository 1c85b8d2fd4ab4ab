import { useCallback, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { errorMessage } from '../shell/error-message.js';

export type ReminderOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'sent' }
  | { readonly kind: 'failed'; readonly reason: string };

/** Sends the opt-in reminder and keeps what came of it, to show next to the button. */
export function useOptInReminder(client: ConnectorClient, threadId: string, onSent: () => void) {
  const [outcome, setOutcome] = useState<ReminderOutcome>({ kind: 'idle' });
  const { locale, t } = useI18n();
  const send = useCallback(() => {
    setOutcome({ kind: 'sending' });
    client.sendOptInReminder(threadId).then(
      () => {
        setOutcome({ kind: 'sent' });
        onSent();
      },
      // Worded here: "too early, from <time>" reads in the user's time zone, not the server's UTC.
      (failure: unknown) => setOutcome({ kind: 'failed', reason: errorMessage(failure, { locale, t }) }),
    );
  }, [client, threadId, onSent, locale, t]);
  return { outcome, send };
}
