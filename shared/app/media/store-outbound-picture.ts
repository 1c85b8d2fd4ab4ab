import { checkImage } from '../../domain/media/image-rules.js';
import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import type { MediaRef } from '../../ports/conversation-records.js';
import type { MediaStore } from '../../ports/media-store.js';

/**
 * Accepts a picture a Teams user wants to send: WhatsApp's rules are checked on the bytes (JPEG or PNG, at
 * most 5 MB) before anything is stored, and the stored file is what later goes to WhatsApp.
 */
export class StoreOutboundPicture {
  constructor(private readonly mediaStore: MediaStore) {}

  async execute(
    tenantId: string,
    bytes: Uint8Array,
    declaredMimeType: string,
    caption?: string,
  ): Promise<MediaRef> {
    const check = checkImage(bytes, declaredMimeType, 'outbound');
    if (!check.ok)
      throw new DomainRuleViolation(check.code, check.limit !== undefined ? { limit: check.limit } : {});
    const stored = await this.mediaStore.put(tenantId, bytes, check.mimeType);
    return {
      storageKey: stored.storageKey,
      mimeType: stored.mimeType,
      sha256: stored.sha256Hex,
      size: stored.size,
      ...(caption ? { caption } : {}),
    };
  }
}
