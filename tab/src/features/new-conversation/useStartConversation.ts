import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import { errorMessage } from '../shell/error-message.js';
import { needsStateCheck, watchStep, whatsAppStep } from './start-steps.js';

/** Who a conversation is being started with: enough to name them in the dialogs. */
export type Party = Pick<Contact, 'id' | 'displayName' | 'phoneE164'>;

/** The dialog the flow is waiting on, if any. */
export type StartStage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirmOptIn'; readonly threadId: string; readonly party: Party }
  /** `afterRequest`: WhatsApp refused the opt-in request (error 131026) once it was sent. */
  | {
      readonly kind: 'notOnWhatsApp';
      readonly threadId: string;
      readonly party: Party;
      readonly afterRequest: boolean;
    };

export interface UseStartConversation {
  readonly stage: StartStage;
  readonly busy: boolean;
  readonly error: string | undefined;
  startWhatsApp(party: Party): Promise<void>;
  startSms(party: Party): Promise<void>;
  /** The opt-in dialog closed: the thread opens, and is watched for WhatsApp refusing the request. */
  optInDone(sent: boolean): void;
  /** "Send SMS" in the not-on-WhatsApp dialog: the WhatsApp thread moves to SMS with its people. */
  smsInstead(): Promise<void>;
  /** "No" in the not-on-WhatsApp dialog. */
  declineSms(): void;
  clearError(): void;
}

const WATCH_EVERY_MS = 1_500;
const WATCH_FOR_MS = 60_000;

/**
 * Starting a conversation from the new-conversation dialog or a contact's page. WhatsApp only tells that a
 * number has no account when a message to it fails (error 131026, which the server turns into the thread
 * state `not_on_whatsapp`): a contact already known for it gets the SMS offer at once; for a first request
 * the thread is watched for a minute after sending it.
 */
export function useStartConversation(
  client: ConnectorClient,
  handlers: { onOpen(threadId: string): void; onBack(): void },
): UseStartConversation {
  const [stage, setStage] = useState<StartStage>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const watch = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { onOpen, onBack } = handlers;

  const stopWatching = () => {
    if (watch.current) clearTimeout(watch.current);
    watch.current = undefined;
  };
  useEffect(() => stopWatching, []);

  const watchThread = useCallback(
    (threadId: string, party: Party) => {
      stopWatching();
      const until = Date.now() + WATCH_FOR_MS;
      const look = () => {
        client.getThread(threadId).then(
          (thread) => {
            const step = watchStep(thread.state);
            if (step === 'offerSms') {
              watch.current = undefined;
              setStage({ kind: 'notOnWhatsApp', threadId, party, afterRequest: true });
            } else if (step === 'keepWatching' && Date.now() < until) {
              watch.current = setTimeout(look, WATCH_EVERY_MS);
            } else watch.current = undefined;
          },
          () => {
            if (Date.now() < until) watch.current = setTimeout(look, WATCH_EVERY_MS);
          },
        );
      };
      watch.current = setTimeout(look, WATCH_EVERY_MS);
    },
    [client],
  );

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return {
    stage,
    busy,
    error,
    startWhatsApp: (party) =>
      run(async () => {
        stopWatching();
        const started = await client.startThread(party.id);
        const state = needsStateCheck(started) ? (await client.getThread(started.threadId)).state : undefined;
        const { threadId } = started;
        const step = whatsAppStep(started, state);
        if (step === 'offerSms') setStage({ kind: 'notOnWhatsApp', threadId, party, afterRequest: false });
        else if (step === 'confirmOptIn') setStage({ kind: 'confirmOptIn', threadId, party });
        else onOpen(threadId);
      }),
    startSms: (party) =>
      run(async () => {
        const started = await client.startSmsThread({ contactId: party.id });
        onOpen(started.threadId);
      }),
    optInDone(sent) {
      if (stage.kind !== 'confirmOptIn') return;
      setStage({ kind: 'idle' });
      onOpen(stage.threadId);
      if (sent) watchThread(stage.threadId, stage.party);
    },
    smsInstead: () =>
      run(async () => {
        if (stage.kind !== 'notOnWhatsApp') return;
        const started = await client.startSmsThread({ fromThreadId: stage.threadId });
        setStage({ kind: 'idle' });
        onOpen(started.threadId);
      }),
    declineSms() {
      const afterRequest = stage.kind === 'notOnWhatsApp' && stage.afterRequest;
      setStage({ kind: 'idle' });
      setError(undefined);
      // Once the thread is open the user is already back in it; otherwise back to where they chose.
      if (!afterRequest) onBack();
    },
    clearError: () => setError(undefined),
  };
}
