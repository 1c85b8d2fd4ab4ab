/** A file kept by the media store, under a key the store chose. */
export interface StoredMedia {
  /** `<tenantId>/<sha256hex>`: the same bytes stored twice for a tenant get the same key. */
  readonly storageKey: string;
  readonly sha256Hex: string;
  readonly size: number;
  readonly mimeType: string;
}

/**
 * Where pictures wait between Teams and WhatsApp. Content-addressed per tenant: storing bytes a tenant
 * already has stores nothing new; the mime type stored last for them is the one `get` answers.
 */
export interface MediaStore {
  /** Rejects a tenant id that could not be a single path-safe name. */
  put(tenantId: string, bytes: Uint8Array, mimeType: string): Promise<StoredMedia>;
  /** Null when nothing is stored under the key, including for a key the store could never have given. */
  get(storageKey: string): Promise<{ bytes: Uint8Array; mimeType: string } | null>;
  /** Deleting what is not there is not an error; a malformed key is. */
  delete(storageKey: string): Promise<void>;
}

/** A tenant id or storage key that could not be a path-safe media key (one name, one SHA-256 in hex). */
export class InvalidMediaKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMediaKeyError';
  }
}
