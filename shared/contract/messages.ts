import { z } from 'zod';
import { Id, Instant, UserRef } from './common.js';

export const MessageStatus = z.enum([
  'pending',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'received',
]);
export type MessageStatus = z.infer<typeof MessageStatus>;

export const MessageImage = z
  .object({
    /** Download it with `GET /api/v1/media/{mediaId}`; null when the file could not be kept. */
    mediaId: Id.nullable(),
    mimeType: z.string(),
    size: z.number().int().nullable(),
    caption: z.string().nullable(),
    /** Why the picture itself is not available, in the caller's language. */
    unavailableReason: z.string().nullable(),
  })
  .meta({ id: 'MessageImage' });

export const MessageFailure = z
  .object({
    code: z.number().int(),
    /** WhatsApp's own short title, as it sent it. */
    title: z.string().nullable(),
    /** What it means for the user, in the caller's language. */
    reason: z.string(),
  })
  .meta({ id: 'MessageFailure' });

export const Message = z
  .object({
    id: Id,
    threadId: Id,
    direction: z.enum(['inbound', 'outbound', 'system']),
    kind: z.enum(['text', 'image', 'template', 'interactive', 'button', 'reaction', 'unsupported', 'system']),
    /** The Teams user who wrote an outbound message; null for the contact's and the system's. */
    sender: UserRef.nullable(),
    body: z.string().nullable(),
    template: z.object({ name: z.string(), language: z.string(), params: z.array(z.string()) }).nullable(),
    image: MessageImage.nullable(),
    /** A system notice, rendered in the caller's language. */
    notice: z.object({ code: z.string(), text: z.string() }).nullable(),
    status: MessageStatus,
    clientMessageId: z.string().nullable(),
    createdAt: Instant,
    /** When WhatsApp says the contact sent it (inbound only). */
    receivedAt: Instant.nullable(),
    failure: MessageFailure.nullable(),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const ListMessagesQuery = z.object({
  /** A message id of the thread: only older messages are answered. */
  before: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type ListMessagesQuery = z.infer<typeof ListMessagesQuery>;

export const MessagePage = z
  .object({
    /** Oldest first (newest last). */
    messages: z.array(Message),
    /** Whether older messages remain: ask again with `before` the first message's id. */
    hasMore: z.boolean(),
  })
  .meta({ id: 'MessagePage' });
export type MessagePage = z.infer<typeof MessagePage>;

export const MessageContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), body: z.string().max(4096) }),
  z.object({
    type: z.literal('template'),
    name: z.string().min(1).max(512),
    language: z.string().min(1).max(20),
    params: z.array(z.string().max(1024)).max(50).default([]),
  }),
  z.object({ type: z.literal('image'), mediaId: Id, caption: z.string().max(1024).optional() }),
]);
export type MessageContent = z.input<typeof MessageContent>;

export const SendMessageRequest = z
  .object({
    /** Chosen by the client; sending again with the same id answers the message already accepted. */
    clientMessageId: z.string().min(1).max(100),
    content: MessageContent,
  })
  .meta({ id: 'SendMessageRequest' });
export type SendMessageRequest = z.input<typeof SendMessageRequest>;

export const SentMessage = z.object({ message: Message, replayed: z.boolean() }).meta({ id: 'SentMessage' });
export type SentMessage = z.infer<typeof SentMessage>;

export const StatusEntry = z.object({ status: MessageStatus, at: Instant }).meta({ id: 'StatusEntry' });

export const MessageInfo = z
  .object({
    message: Message,
    /** Every status the message reached, with its time, in order. */
    statuses: z.array(StatusEntry),
  })
  .meta({ id: 'MessageInfo' });
export type MessageInfo = z.infer<typeof MessageInfo>;
