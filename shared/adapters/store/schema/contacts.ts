import { foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, updatedAt } from './columns.js';
import { contactSearchDocument } from './search-documents.js';
import { tenants } from './tenants.js';

export const contacts = pgTable(
  'contacts',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    displayName: text('display_name').notNull(),
    phoneE164: text('phone_e164'),
    /** WhatsApp business-scoped user id, for contacts known only by it. */
    waUserId: text('wa_user_id'),
    whatsappName: text('whatsapp_name'),
    email: text('email'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    uniqueIndex('contacts_phone_uq').on(t.tenantId, t.phoneE164),
    uniqueIndex('contacts_wa_user_uq').on(t.tenantId, t.waUserId),
    index('contacts_search_idx').using(
      'gin',
      contactSearchDocument(t.displayName, t.whatsappName, t.phoneE164),
    ),
  ],
);
