import { and, eq } from 'drizzle-orm';
import type { MediaUpload, MediaUploads } from '../../../ports/media-uploads.js';
import type { Database } from '../database.js';
import { mediaUploads } from '../schema.js';

/** The MediaUploads port on PostgreSQL or PGlite. */
export class DrizzleMediaUploads implements MediaUploads {
  constructor(private readonly database: Database) {}

  async record(tenantId: string, upload: MediaUpload): Promise<void> {
    await this.database.db.insert(mediaUploads).values({
      tenantId,
      id: upload.id,
      uploadedBy: upload.uploadedBy,
      storageKey: upload.media.storageKey,
      mimeType: upload.media.mimeType,
      sha256: upload.media.sha256 ?? '',
      size: upload.media.size ?? 0,
      caption: upload.media.caption ?? null,
      createdAt: upload.createdAt,
    });
  }

  async get(tenantId: string, uploadId: string): Promise<MediaUpload | null> {
    const [row] = await this.database.db
      .select()
      .from(mediaUploads)
      .where(and(eq(mediaUploads.tenantId, tenantId), eq(mediaUploads.id, uploadId)));
    if (!row) return null;
    return {
      id: row.id,
      uploadedBy: row.uploadedBy,
      media: {
        storageKey: row.storageKey,
        mimeType: row.mimeType,
        sha256: row.sha256,
        size: Number(row.size),
        ...(row.caption ? { caption: row.caption } : {}),
      },
      createdAt: row.createdAt,
    };
  }
}
