import { z } from 'zod';
import { Id } from './common.js';

/** Largest multipart body `POST /api/v1/media` reads (the picture itself may be at most 5 MB). */
export const MEDIA_UPLOAD_BODY_LIMIT = 6 * 1024 * 1024;

/** `POST /api/v1/media` takes multipart/form-data with a `file` part and an optional `caption` part. */
export const MediaUploadForm = z
  .object({
    file: z.string().meta({ format: 'binary', description: 'A JPEG or PNG picture of at most 5 MB.' }),
    caption: z.string().max(1024).optional(),
  })
  .meta({ id: 'MediaUploadForm' });

export const UploadedMedia = z
  .object({ mediaId: Id, mimeType: z.string(), size: z.number().int().min(0) })
  .meta({ id: 'UploadedMedia' });
export type UploadedMedia = z.infer<typeof UploadedMedia>;
