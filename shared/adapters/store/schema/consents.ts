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
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, tenantId, timestamptz, updatedAt } from './columns.js';
import { contacts } from './contacts.js';

export const consentStates = ['none', 'requested', 'granted', 'declined', 'failed'] as const;
export const consentFailureReasons = ['not_on_whatsapp', 'undeliverable'] as const;

/** Opt-in state per (business number, contact). */
export const consents = pgTable(
  'consents',
  {
    tenantId: tenantId(),
    phoneNumberId: text('phone_number_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    state: text('state', { enum: consentStates }).notNull(),
    requestedBy: text('requested_by'),
    firstRequestedAt: timestamptz('first_requested_at'),
    lastRequestedAt: timestamptz('last_requested_at'),
    remindersSent: integer('reminders_sent').notNull().default(0),
    grantedAt: timestamptz('granted_at'),
    declinedAt: timestamptz('declined_at'),
    failureCount: integer('failure_count').notNull().default(0),
    failureCode: integer('failure_code'),
    failureReason: text('failure_reason', { enum: consentFailureReasons }),
    failedAt: timestamptz('failed_at'),
    retryAt: timestamptz('retry_at'),
    /** Optimistic concurrency: writers update WHERE version = the version they read. */
    version: integer('version').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.phoneNumberId, t.contactId] }),
    foreignKey({ columns: [t.tenantId, t.contactId], foreignColumns: [contacts.tenantId, contacts.id] }),
    check('consents_state_check', oneOf(t.state, consentStates)),
    check('consents_failure_reason_check', oneOf(t.failureReason, consentFailureReasons)),
  ],
);

/** Append-only evidence of every consent transition (who asked, wamids, times). No foreign keys on purpose. */
export const consentEvents = pgTable(
  'consent_events',
  {
    tenantId: tenantId(),
    id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    phoneNumberId: text('phone_number_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    threadId: uuid('thread_id'),
    type: text('type').notNull(),
    actorUserId: text('actor_user_id'),
    templateName: text('template_name'),
    wamid: text('wamid'),
    errorCode: integer('error_code'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamptz('occurred_at').notNull(),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('consent_events_contact_idx').on(t.tenantId, t.contactId, t.occurredAt),
  ],
);
