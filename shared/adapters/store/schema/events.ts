import { sql } from 'drizzle-orm';
import { bigint, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId } from './columns.js';

/** Live event log read by the tab's event stream. The primary key (tenant_id, id) doubles as the read index. */
export const events = pgTable(
  'events',
  {
    tenantId: tenantId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    type: text('type').notNull(),
    threadId: uuid('thread_id'),
    /** User ids allowed to see the event. */
    audience: text('audience')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);
