import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, tenantId, timestamptz, updatedAt } from './columns.js';
import { contacts } from './contacts.js';

export const channels = ['whatsapp', 'sms'] as const;
export const threadStatuses = ['open', 'closed'] as const;
export const resumeStates = ['requested', 'failed'] as const;
export const participantLeftReasons = ['left', 'removed', 'transferred'] as const;

/** One conversation between a business number and a contact; closed threads stay as history. */
export const threads = pgTable(
  'threads',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    channel: text('channel', { enum: channels }).notNull(),
    phoneNumberId: text('phone_number_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    status: text('status', { enum: threadStatuses }).notNull(),
    lastInboundAt: timestamptz('last_inbound_at'),
    resumeState: text('resume_state', { enum: resumeStates }),
    resumeRequestedAt: timestamptz('resume_requested_at'),
    resumeMessageId: uuid('resume_message_id'),
    openedAt: timestamptz('opened_at').notNull(),
    openedBy: text('opened_by'),
    closedAt: timestamptz('closed_at'),
    closedReason: text('closed_reason'),
    previousThreadId: uuid('previous_thread_id'),
    lastMessageAt: timestamptz('last_message_at'),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contactId], foreignColumns: [contacts.tenantId, contacts.id] }),
    // At most one open thread per (channel, number, contact): inbound messages route to it.
    uniqueIndex('threads_one_open_uq')
      .on(t.tenantId, t.channel, t.phoneNumberId, t.contactId)
      .where(sql`${t.status} = 'open'`),
    index('threads_contact_idx').on(t.tenantId, t.contactId, t.openedAt),
    check('threads_channel_check', oneOf(t.channel, channels)),
    check('threads_status_check', oneOf(t.status, threadStatuses)),
    check('threads_resume_state_check', oneOf(t.resumeState, resumeStates)),
  ],
);

/** Membership history: a row per stint of a Teams user in a thread; `left_at IS NULL` means current. */
export const threadParticipants = pgTable(
  'thread_participants',
  {
    tenantId: tenantId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    threadId: uuid('thread_id').notNull(),
    userId: text('user_id').notNull(),
    joinedAt: timestamptz('joined_at').notNull(),
    addedBy: text('added_by'),
    leftAt: timestamptz('left_at'),
    leftReason: text('left_reason', { enum: participantLeftReasons }),
    removedBy: text('removed_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.threadId], foreignColumns: [threads.tenantId, threads.id] }),
    uniqueIndex('thread_participants_current_uq')
      .on(t.tenantId, t.threadId, t.userId)
      .where(sql`${t.leftAt} is null`),
    index('thread_participants_user_idx')
      .on(t.tenantId, t.userId)
      .where(sql`${t.leftAt} is null`),
    // Every thread a user is or was in (search covers history too).
    index('thread_participants_user_history_idx').on(t.tenantId, t.userId, t.threadId),
    check('thread_participants_left_reason_check', oneOf(t.leftReason, participantLeftReasons)),
  ],
);
