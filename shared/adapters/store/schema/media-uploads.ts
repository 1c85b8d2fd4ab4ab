import { bigint, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId } from './columns.js';
import { tenants } from './tenants.js';

/**
 * Pictures Teams users uploaded to send. The API hands out `id`, never the storage key: the key names the
 * bytes (content-addressed, shared by everyone who uploads the same file), the id names one user's upload.
 */
export const mediaUploads = pgTable(
  'media_uploads',
  {
    tenantId: tenantId(),
    id: uuid('id').notNull().defaultRandom(),
    uploadedBy: text('uploaded_by').notNull(),
    storageKey: text('storage_key').notNull(),
    mimeType: text('mime_type').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    caption: text('caption'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    index('media_uploads_storage_key_idx').on(t.tenantId, t.storageKey),
  ],
);
