import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Message } from '../../../../shared/contract/messages.js';
import type { ThreadDetail } from '../../../../shared/contract/threads.js';
import { errorMessage } from '../shell/error-message.js';

/** Messages shown at once; older history (infinite scroll) is not part of this screen yet. */
const PAGE_SIZE = 100;
const RETRY_MS = 5_000;

export interface UseThread {
  readonly thread: ThreadDetail | undefined;
  readonly messages: readonly Message[] | undefined;
  readonly error: string | undefined;
  /** Puts a message the server just accepted in place at once, before the next reload. */
  upsert(message: Message): void;
  reload(): void;
}

/** A thread and its latest messages, reloaded on every live event of the thread (`version`). */
export function useThread(client: ConnectorClient, threadId: string, version: number): UseThread {
  const [thread, setThread] = useState<ThreadDetail | undefined>(undefined);
  const [messages, setMessages] = useState<readonly Message[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [reloads, setReloads] = useState(0);
  const markedUpTo = useRef<string | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(
      () => {
        Promise.all([client.getThread(threadId), client.listMessages(threadId, { limit: PAGE_SIZE })]).then(
          ([detail, page]) => {
            if (cancelled) return;
            setThread(detail);
            setMessages(page.messages);
            setError(undefined);
            // Seen: the contact's messages up to the newest one shown no longer count as unread.
            const newest = page.messages.at(-1);
            if (detail.unreadCount > 0 && newest && markedUpTo.current !== newest.id) {
              markedUpTo.current = newest.id;
              client.markThreadRead(threadId, newest.id).catch(() => undefined);
            }
          },
          (failure: unknown) => {
            if (cancelled) return;
            setError(errorMessage(failure));
            // Tried again on its own (the server may be starting), besides on the thread's next event.
            retry = setTimeout(() => setReloads((n) => n + 1), RETRY_MS);
          },
        );
      },
      version === 0 && reloads === 0 ? 0 : 100,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      clearTimeout(retry);
    };
  }, [client, threadId, version, reloads]);

  const upsert = useCallback((message: Message) => {
    setMessages((current) => {
      if (!current) return [message];
      const index = current.findIndex((m) => m.id === message.id);
      if (index === -1) return [...current, message];
      const next = [...current];
      next[index] = message;
      return next;
    });
  }, []);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { thread, messages, error, upsert, reload };
}
