import { bigint, foreignKey, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenantId, timestamptz, updatedAt } from './columns.js';
import { threads } from './threads.js';

/**
 * How far each Teams user has read each thread: the newest message they marked read (its `seq`, so counting
 * what came after is one index range). Only ever moves forward.
 */
export const threadReadMarkers = pgTable(
  'thread_read_markers',
  {
    tenantId: tenantId(),
    threadId: uuid('thread_id').notNull(),
    userId: text('user_id').notNull(),
    lastReadMessageId: uuid('last_read_message_id').notNull(),
    lastReadSeq: bigint('last_read_seq', { mode: 'number' }).notNull(),
    /** When the user marked it read. */
    readAt: timestamptz('read_at').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.threadId, t.userId] }),
    foreignKey({ columns: [t.tenantId, t.threadId], foreignColumns: [threads.tenantId, threads.id] }),
  ],
);
