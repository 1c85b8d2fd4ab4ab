import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { UseThread } from './useThread.js';

/** How close to the top (px) the reader must scroll for the page before to load. */
const LOAD_ZONE = 120;
/** How close to the bottom (px) still counts as reading the newest messages. */
const BOTTOM_ZONE = 48;

export interface UseThreadScroll {
  readonly ref: RefObject<HTMLDivElement | null>;
  onScroll(): void;
  /** Loads the page before, keeping in view what the reader was looking at. */
  loadOlder(): void;
}

/**
 * The message list's scrolling: at the newest message when the thread opens and as messages arrive (unless
 * the reader scrolled up), older pages as the reader reaches the top with their place kept, and a linked
 * message scrolled to and focused once it is loaded.
 */
export function useThreadScroll(
  history: UseThread,
  localCount: number,
  focusMessageId: string | undefined,
): UseThreadScroll {
  const ref = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  // Where the reader was when the page before was asked for: put back once it is in.
  const anchor = useRef<{ height: number; top: number } | undefined>(undefined);
  const focusedOn = useRef<string | undefined>(undefined);
  const { messages, hasMore, loadingOlder, olderError } = history;
  const historyLoadOlder = history.loadOlder;

  const loadOlder = useCallback(() => {
    const element = ref.current;
    if (!element || loadingOlder || !hasMore) return;
    anchor.current = { height: element.scrollHeight, top: element.scrollTop };
    historyLoadOlder();
  }, [loadingOlder, hasMore, historyLoadOlder]);

  const onScroll = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < BOTTOM_ZONE;
    if (element.scrollTop < LOAD_ZONE) loadOlder();
  }, [loadOlder]);

  useEffect(() => {
    if (olderError) anchor.current = undefined;
  }, [olderError]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !messages) return;
    if (anchor.current && !loadingOlder) {
      element.scrollTop = element.scrollHeight - anchor.current.height + anchor.current.top;
      anchor.current = undefined;
      return;
    }
    if (focusMessageId && focusedOn.current !== focusMessageId) {
      const target = element.querySelector<HTMLElement>('[data-focused]');
      if (target) {
        focusedOn.current = focusMessageId;
        atBottom.current = false;
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
        return;
      }
      // Still looking for it in older pages (none left: the newest messages are shown instead).
      if (hasMore) return;
      focusedOn.current = focusMessageId;
    }
    if (atBottom.current) element.scrollTop = element.scrollHeight;
    // A short first page that does not fill the list: nothing to scroll, so the page before loads now.
    if (element.scrollHeight <= element.clientHeight && hasMore && !loadingOlder && !olderError) loadOlder();
  }, [messages, localCount, focusMessageId, hasMore, loadingOlder, olderError, loadOlder]);

  return { ref, onScroll, loadOlder };
}
