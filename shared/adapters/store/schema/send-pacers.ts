import { foreignKey, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenantId, timestamptz } from './columns.js';
import { tenants } from './tenants.js';

/**
 * The next free send slot of each phone number, shared by every connector instance sending from it: each send
 * reserves a slot and moves it on by 1/rate (database time only, so the instances' clocks do not matter).
 */
export const sendPacers = pgTable(
  'send_pacers',
  {
    tenantId: tenantId(),
    phoneNumberId: text('phone_number_id').notNull(),
    nextSlotAt: timestamptz('next_slot_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.phoneNumberId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
  ],
);
