import { useCallback, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Message } from '../../../../shared/contract/messages.js';
import { errorMessage } from '../shell/error-message.js';

/** A message the user sent that the server has not accepted yet, or refused. */
export interface LocalMessage {
  readonly clientMessageId: string;
  readonly body: string;
  readonly createdAt: string;
  readonly state: 'sending' | 'failed';
  readonly error?: string;
}

export interface UseComposer {
  readonly draft: string;
  setDraft(text: string): void;
  readonly local: readonly LocalMessage[];
  send(): void;
  retry(clientMessageId: string): void;
  /** Takes a failed message back into the composer, so nothing typed is lost. */
  edit(clientMessageId: string): void;
}

/**
 * Sends text optimistically: the message shows at once with a clock; the server's answer replaces it. A
 * failure keeps it with the reason and a retry, which sends the same client message id (never twice).
 */
export function useComposer(
  client: ConnectorClient,
  threadId: string,
  onAccepted: (message: Message) => void,
): UseComposer {
  const [draft, setDraft] = useState('');
  const [local, setLocal] = useState<readonly LocalMessage[]>([]);

  const deliver = useCallback(
    (item: LocalMessage) => {
      setLocal((current) => [...current.filter((m) => m.clientMessageId !== item.clientMessageId), item]);
      client
        .sendMessage(threadId, {
          clientMessageId: item.clientMessageId,
          content: { type: 'text', body: item.body },
        })
        .then(
          ({ message }) => {
            onAccepted(message);
            setLocal((current) => current.filter((m) => m.clientMessageId !== item.clientMessageId));
          },
          (failure: unknown) => {
            setLocal((current) =>
              current.map((m) =>
                m.clientMessageId === item.clientMessageId
                  ? { ...m, state: 'failed', error: errorMessage(failure) }
                  : m,
              ),
            );
          },
        );
    },
    [client, threadId, onAccepted],
  );

  const send = useCallback(() => {
    const body = draft.trim();
    if (!body) return;
    setDraft('');
    deliver({
      clientMessageId: crypto.randomUUID(),
      body,
      createdAt: new Date().toISOString(),
      state: 'sending',
    });
  }, [draft, deliver]);

  const retry = useCallback(
    (id: string) => {
      const item = local.find((m) => m.clientMessageId === id);
      if (item) deliver({ ...item, state: 'sending' });
    },
    [local, deliver],
  );

  const edit = useCallback(
    (id: string) => {
      const item = local.find((m) => m.clientMessageId === id);
      if (!item) return;
      setLocal((current) => current.filter((m) => m.clientMessageId !== id));
      setDraft((current) => (current ? `${item.body}\n${current}` : item.body));
    },
    [local],
  );

  return { draft, setDraft, local, send, retry, edit };
}
