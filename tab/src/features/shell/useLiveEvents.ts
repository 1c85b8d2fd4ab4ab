import { useEffect, useRef, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { LiveEventData } from '../../../../shared/contract/events.js';

/** How often the screens reload when the event stream cannot be used (it refused the caller for good). */
export const POLL_INTERVAL_MS = 5_000;

/**
 * The caller's live events (`GET /api/v1/events`, reconnected by the client with Last-Event-ID). When the
 * stream stops for good, `tick` advances every few seconds instead, so the screens still refresh.
 */
export function useLiveEvents(
  client: ConnectorClient,
  onEvent: (event: LiveEventData) => void,
): { readonly mode: 'live' | 'polling'; readonly tick: number } {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const [mode, setMode] = useState<'live' | 'polling'>('live');
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const reader = client.eventStream({
      onEvent: (event) => handler.current(event),
      onOpen: () => setMode('live'),
      onError: (_error, willRetry) => {
        if (!willRetry) setMode('polling');
      },
    });
    void reader.start().catch(() => setMode('polling'));
    return () => reader.close();
  }, [client]);

  useEffect(() => {
    if (mode !== 'polling') return;
    const timer = setInterval(() => setTick((n) => n + 1), POLL_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [mode]);

  return { mode, tick };
}
