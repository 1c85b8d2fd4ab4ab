import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, tenantId, timestamptz, updatedAt } from './columns.js';
import { messageSearchDocument } from './search-documents.js';
import { threads } from './threads.js';

export const messageDirections = ['inbound', 'outbound', 'system'] as const;
export const messageKinds = [
  'text',
  'image',
  'template',
  'interactive',
  'button',
  'reaction',
  'unsupported',
  'system',
] as const;
export const messagePurposes = ['chat', 'opt_in', 'opt_in_reminder', 'resume', 'participant_notice'] as const;

export const messages = pgTable(
  'messages',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    threadId: uuid('thread_id').notNull(),
    /** Global insertion order; thread history is read ordered by it. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    direction: text('direction', { enum: messageDirections }).notNull(),
    kind: text('kind', { enum: messageKinds }).notNull(),
    purpose: text('purpose', { enum: messagePurposes }).notNull().default('chat'),
    senderUserId: text('sender_user_id'),
    body: text('body'),
    media: jsonb('media'),
    templateName: text('template_name'),
    templateLanguage: text('template_language'),
    templateParams: jsonb('template_params'),
    systemCode: text('system_code'),
    systemParams: jsonb('system_params'),
    status: text('status').notNull(),
    wamid: text('wamid'),
    /** Idempotency key chosen by the sending client, unique per sender. */
    clientMessageId: text('client_message_id'),
    replyToWamid: text('reply_to_wamid'),
    failureCode: integer('failure_code'),
    failureTitle: text('failure_title'),
    queuedAt: timestamptz('queued_at'),
    sendingAt: timestamptz('sending_at'),
    sentAt: timestamptz('sent_at'),
    deliveredAt: timestamptz('delivered_at'),
    readAt: timestamptz('read_at'),
    failedAt: timestamptz('failed_at'),
    receivedAt: timestamptz('received_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.threadId], foreignColumns: [threads.tenantId, threads.id] }),
    uniqueIndex('messages_wamid_uq')
      .on(t.tenantId, t.wamid)
      .where(sql`${t.wamid} is not null`),
    uniqueIndex('messages_client_id_uq')
      .on(t.tenantId, t.senderUserId, t.clientMessageId)
      .where(sql`${t.clientMessageId} is not null`),
    index('messages_thread_seq_idx').on(t.tenantId, t.threadId, t.seq),
    // Search: the words of each message, and newest-first walks over a tenant (a common word finds its
    // newest matches this way faster than through the word index).
    index('messages_search_idx').using('gin', messageSearchDocument(t.body, t.media)),
    index('messages_tenant_seq_idx').on(t.tenantId, t.seq),
    index('messages_thread_pending_idx')
      .on(t.tenantId, t.threadId, t.status)
      .where(sql`${t.status} = 'pending'`),
    // The messages on their way out (the dispatch chain's): every send and dispatch asks for a thread's oldest
    // one, which the thread's full history index would find only after reading all its sent messages.
    index('messages_thread_undispatched_idx')
      .on(t.tenantId, t.threadId, t.seq)
      .where(sql`${t.status} = 'sending' and ${t.wamid} is null`),
    check('messages_direction_check', oneOf(t.direction, messageDirections)),
    check('messages_kind_check', oneOf(t.kind, messageKinds)),
    check('messages_purpose_check', oneOf(t.purpose, messagePurposes)),
  ],
);
