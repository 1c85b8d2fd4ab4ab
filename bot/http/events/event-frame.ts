import type { LoggedEvent } from '../../../shared/adapters/store/events/event-log.js';
import { LiveEventData } from '../../../shared/contract/events.js';

/** An event of the log as the contract describes it; undefined for a type or payload the contract does not know. */
export function toLiveEventData(event: LoggedEvent): LiveEventData | undefined {
  const parsed = LiveEventData.safeParse({
    ...event.payload,
    id: event.id,
    type: event.type,
    threadId: event.threadId,
    at: event.createdAt.toISOString(),
  });
  return parsed.success ? parsed.data : undefined;
}

// One event goes to many streams: it is checked and serialized once.
const frames = new WeakMap<LoggedEvent, string | null>();

/** The event's SSE frame (`id:`, `event:`, `data:`), or null when the contract does not describe it. */
export function frameOf(event: LoggedEvent): string | null {
  let frame = frames.get(event);
  if (frame === undefined) {
    const data = toLiveEventData(event);
    frame = data ? `id: ${data.id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n` : null;
    frames.set(event, frame);
  }
  return frame;
}

export const HEARTBEAT_FRAME = ': keep-alive\n\n';

/** The first bytes of a stream: how long a client waits before reconnecting, and a comment that flushes headers. */
export function openingFrame(retryMs: number): string {
  return `retry: ${retryMs}\n: connected\n\n`;
}
