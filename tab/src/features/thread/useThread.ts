import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Message } from '../../../../shared/contract/messages.js';
import type { ThreadDetail } from '../../../../shared/contract/threads.js';
import { errorMessage } from '../shell/error-message.js';
import { withLatest, withOlder } from './thread-history.js';

/** Messages per page: the newest page first, older ones as the user scrolls up. */
export const PAGE_SIZE = 50;
const RETRY_MS = 5_000;
/** How far back a linked message is looked for (pages), so a wrong link cannot load the whole history. */
const FOCUS_PAGES = 40;

export interface UseThread {
  readonly thread: ThreadDetail | undefined;
  readonly messages: readonly Message[] | undefined;
  readonly error: string | undefined;
  /** Whether older messages remain to load. */
  readonly hasMore: boolean;
  readonly loadingOlder: boolean;
  readonly olderError: string | undefined;
  /** Puts a message the server just accepted in place at once, before the next reload. */
  upsert(message: Message): void;
  reload(): void;
  /** The page before the oldest message shown (nothing while one loads or none remain). */
  loadOlder(): void;
}

/**
 * A thread and its messages: the newest page, reloaded on every live event of the thread (`version`), older
 * pages on demand. With `focusMessageId`, older pages load until that message is among them.
 */
export function useThread(
  client: ConnectorClient,
  threadId: string,
  version: number,
  focusMessageId?: string,
): UseThread {
  const [thread, setThread] = useState<ThreadDetail | undefined>(undefined);
  const [messages, setMessages] = useState<readonly Message[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [hasMore, setHasMore] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | undefined>(undefined);
  const [reloads, setReloads] = useState(0);
  const markedUpTo = useRef<string | undefined>(undefined);
  // What is shown, for joining a reloaded page to it (kept in step by every change below).
  const shown = useRef<readonly Message[] | undefined>(undefined);
  const olderRequest = useRef(false);
  const focusPages = useRef(0);

  useEffect(() => {
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(
      () => {
        Promise.all([client.getThread(threadId), client.listMessages(threadId, { limit: PAGE_SIZE })]).then(
          ([detail, page]) => {
            if (cancelled) return;
            setThread(detail);
            const current = shown.current;
            const next = current ? withLatest(current, page.messages) : page.messages;
            shown.current = next;
            setMessages(next);
            // The page alone (first load, or too much came in between): whether older ones remain is its say.
            if (!current || next.length === page.messages.length) setHasMore(page.hasMore);
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

  const oldestId = messages?.[0]?.id;
  const loadOlder = useCallback(() => {
    if (!oldestId || !hasMore || olderRequest.current) return;
    olderRequest.current = true;
    setLoadingOlder(true);
    setOlderError(undefined);
    client.listMessages(threadId, { before: oldestId, limit: PAGE_SIZE }).then(
      (page) => {
        olderRequest.current = false;
        setLoadingOlder(false);
        setHasMore(page.hasMore);
        shown.current = withOlder(shown.current ?? [], page.messages);
        setMessages(shown.current);
      },
      (failure: unknown) => {
        olderRequest.current = false;
        setLoadingOlder(false);
        setOlderError(errorMessage(failure));
      },
    );
  }, [client, threadId, oldestId, hasMore]);

  // A linked message (a search result) not in what is shown: the pages before it load, one after another.
  const focusMissing =
    focusMessageId !== undefined && messages !== undefined && !messages.some((m) => m.id === focusMessageId);
  useEffect(() => {
    if (!focusMissing || !hasMore || loadingOlder || olderError || focusPages.current >= FOCUS_PAGES) return;
    focusPages.current += 1;
    loadOlder();
  }, [focusMissing, hasMore, loadingOlder, olderError, loadOlder]);

  const upsert = useCallback((message: Message) => {
    const current = shown.current ?? [];
    const index = current.findIndex((m) => m.id === message.id);
    const next = [...current];
    if (index === -1) next.push(message);
    else next[index] = message;
    shown.current = next;
    setMessages(next);
  }, []);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { thread, messages, error, hasMore, loadingOlder, olderError, upsert, reload, loadOlder };
}
