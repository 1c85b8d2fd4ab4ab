import { sql } from 'drizzle-orm';
import { boolean, foreignKey, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, updatedAt } from './columns.js';

/** One row per Entra tenant; `id` is the tenant id every other table carries as `tenant_id`. */
export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  whatsappEnabled: boolean('whatsapp_enabled').notNull().default(false),
  senderPhoneNumberId: text('sender_phone_number_id'),
  /** The WhatsApp Business Account of the sender number: template webhooks name only the account. */
  whatsappBusinessAccountId: text('whatsapp_business_account_id'),
  /** The tenant's SMS sender number (E.164); inbound SMS and delivery reports name only it. */
  smsFromNumber: text('sms_from_number').unique('tenants_sms_from_number_uq'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable(
  'users',
  {
    tenantId: tenantId(),
    /** Entra object id. */
    id: text('id').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    whatsappLicensed: boolean('whatsapp_licensed').notNull().default(false),
    locale: text('locale'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
  ],
);
