import { z } from 'zod';
import { Id, Instant, UserId } from './common.js';
import { MessageStatus } from './messages.js';

/**
 * `GET /api/v1/events` answers `text/event-stream`. Every event has `id:` (its position in the tenant's event
 * log, the value to resume from), `event:` (its type) and `data:` (one of the shapes below, as JSON);
 * comment lines (`: keep-alive`) keep the connection open.
 */

/** An event id: a positive integer, as the SSE `id:` line, `Last-Event-ID` and `lastEventId` carry it. */
export const EventId = z.string().regex(/^[0-9]{1,15}$/);

export const EventStreamQuery = z.object({
  /** Resume after this event; the `Last-Event-ID` header wins when both are sent. */
  lastEventId: EventId.optional(),
});
export type EventStreamQuery = z.infer<typeof EventStreamQuery>;

const common = {
  /** The same number as the SSE `id:` line. */
  id: z.number().int().positive(),
  threadId: Id,
  at: Instant,
};

/** A message was added to a thread: the contact's, a participant's, or a system notice (`direction: system`). */
export const MessageCreatedEvent = z
  .object({
    ...common,
    type: z.literal('message.created'),
    messageId: Id,
    direction: z.enum(['inbound', 'outbound', 'system']),
    status: MessageStatus,
  })
  .meta({ id: 'MessageCreatedEvent' });

/** A message moved on (sending, sent, delivered, read, failed). */
export const MessageStatusEvent = z
  .object({ ...common, type: z.literal('message.status'), messageId: Id, status: MessageStatus })
  .meta({ id: 'MessageStatusEvent' });

/** The thread opened, closed, or its "resume conversation" request changed. */
export const ThreadStateEvent = z
  .object({
    ...common,
    type: z.literal('thread.state'),
    status: z.enum(['open', 'closed']),
    resumeState: z.enum(['requested', 'failed']).nullable(),
  })
  .meta({ id: 'ThreadStateEvent' });

/** People joined or left the thread; the people who left receive it too. */
export const ThreadParticipantsEvent = z
  .object({
    ...common,
    type: z.literal('thread.participants'),
    joins: z.array(UserId),
    leaves: z.array(UserId),
  })
  .meta({ id: 'ThreadParticipantsEvent' });

/**
 * The caller marked the thread read on one of their tabs or devices: sent to that user only, so their other
 * tabs and devices update the unread count. Marking read where it already was sends nothing.
 */
export const ThreadReadEvent = z
  .object({
    ...common,
    type: z.literal('thread.read'),
    lastReadMessageId: Id,
    /** The user's unread count in the thread once marked. */
    unreadCount: z.number().int().min(0),
  })
  .meta({ id: 'ThreadReadEvent' });

export const LiveEventData = z
  .discriminatedUnion('type', [
    MessageCreatedEvent,
    MessageStatusEvent,
    ThreadStateEvent,
    ThreadParticipantsEvent,
    ThreadReadEvent,
  ])
  .meta({ id: 'LiveEvent' });
export type LiveEventData = z.infer<typeof LiveEventData>;
export type LiveEventType = LiveEventData['type'];

/** The event types a stream carries (the SSE `event:` line). */
export const LIVE_EVENT_TYPES = LiveEventData.options.map((o) => o.shape.type.value);
