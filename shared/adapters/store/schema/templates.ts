import { foreignKey, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenantId, updatedAt } from './columns.js';
import { tenants } from './tenants.js';

/** WhatsApp message templates as last synced from Meta. `purpose` marks the ones the product sends itself. */
export const templates = pgTable(
  'templates',
  {
    tenantId: tenantId(),
    name: text('name').notNull(),
    language: text('language').notNull(),
    category: text('category').notNull(),
    status: text('status').notNull(),
    components: jsonb('components').notNull(),
    purpose: text('purpose'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.name, t.language] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
  ],
);
