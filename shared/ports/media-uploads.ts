import type { MediaRef } from './conversation-records.js';

/** A picture a Teams user uploaded to send, under the opaque id the API hands out. */
export interface MediaUpload {
  readonly id: string;
  readonly uploadedBy: string;
  readonly media: MediaRef & { readonly storageKey: string };
  readonly createdAt: Date;
}

export interface MediaUploads {
  record(tenantId: string, upload: MediaUpload): Promise<void>;
  get(tenantId: string, uploadId: string): Promise<MediaUpload | null>;
}
