import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { mediaStorageKey, parseMediaStorageKey } from '../../shared/adapters/media/storage-key.js';
import { InvalidMediaKeyError, type MediaStore, type StoredMedia } from '../../shared/ports/media-store.js';

/**
 * Stands in for the media store at the port, keyed like the real one (`<tenantId>/<sha256hex>`, the
 * same bytes once per tenant, the last mime type wins, malformed tenant ids and keys refused alike).
 * Keeps copies, so a caller changing its buffer afterwards changes nothing stored.
 */
export class InMemoryMediaStore implements MediaStore {
  private readonly files = new Map<string, { bytes: Uint8Array; mimeType: string }>();
  /** Every put, in order, including those of bytes already stored. */
  readonly puts: StoredMedia[] = [];
  private failuresLeft = 0;

  async put(tenantId: string, bytes: Uint8Array, mimeType: string): Promise<StoredMedia> {
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('media store unavailable');
    }
    const sha256Hex = createHash('sha256').update(bytes).digest('hex');
    const storageKey = mediaStorageKey(tenantId, sha256Hex);
    this.files.set(storageKey, { bytes: Uint8Array.from(bytes), mimeType });
    const stored = { storageKey, sha256Hex, size: bytes.byteLength, mimeType };
    this.puts.push(stored);
    return stored;
  }

  async get(storageKey: string): Promise<{ bytes: Uint8Array; mimeType: string } | null> {
    const file = parseMediaStorageKey(storageKey) ? this.files.get(storageKey) : undefined;
    return file ? { bytes: Uint8Array.from(file.bytes), mimeType: file.mimeType } : null;
  }

  async delete(storageKey: string): Promise<void> {
    if (!parseMediaStorageKey(storageKey))
      throw new InvalidMediaKeyError(`media store: ${JSON.stringify(storageKey)} is not a media key`);
    this.files.delete(storageKey);
  }

  /** Makes the next `times` puts fail, as a full disk would. */
  failNext(times = 1): void {
    this.failuresLeft = times;
  }

  /** How many distinct files are stored, over all tenants. */
  count(): number {
    return this.files.size;
  }

  keys(): string[] {
    return [...this.files.keys()].sort();
  }

  /** Asserts the bytes with this SHA-256 are stored (for the tenant, when given) and returns them. */
  expectStored(sha256Hex: string, tenantId?: string): { bytes: Uint8Array; mimeType: string } {
    const key = this.keys().find(
      (k) => k.endsWith(`/${sha256Hex}`) && (tenantId === undefined || k === `${tenantId}/${sha256Hex}`),
    );
    expect(
      key,
      `media ${sha256Hex}${tenantId ? ` of ${tenantId}` : ''} stored; got ${JSON.stringify(this.keys())}`,
    ).toBeDefined();
    return this.files.get(key!)!;
  }

  expectNotStored(sha256Hex: string): void {
    const keys = this.keys().filter((k) => k.endsWith(`/${sha256Hex}`));
    expect(keys, `media ${sha256Hex} not stored`).toEqual([]);
  }
}
