import { check, foreignKey, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { oneOf, tenantId, timestamptz, updatedAt } from './columns.js';
import { contacts } from './contacts.js';

export const smsConsentStates = ['opted_in', 'opted_out'] as const;

/** SMS STOP/START state per (business SMS number, contact); no row means opted in. Apart from WhatsApp consent. */
export const smsConsents = pgTable(
  'sms_consents',
  {
    tenantId: tenantId(),
    fromNumber: text('from_number').notNull(),
    contactId: uuid('contact_id').notNull(),
    state: text('state', { enum: smsConsentStates }).notNull(),
    changedAt: timestamptz('changed_at'),
    keyword: text('keyword'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.fromNumber, t.contactId] }),
    foreignKey({ columns: [t.tenantId, t.contactId], foreignColumns: [contacts.tenantId, contacts.id] }),
    check('sms_consents_state_check', oneOf(t.state, smsConsentStates)),
  ],
);
