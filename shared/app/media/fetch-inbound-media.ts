import { checkImage, MAX_INBOUND_IMAGE_BYTES } from '../../domain/media/image-rules.js';
import type { MediaRef, MediaUnavailableReason } from '../../ports/conversation-records.js';
import { WhatsAppMediaError, type WhatsAppMediaErrorCode } from '../../ports/whatsapp-media.js';
import type { InboundMessage } from '../inbound/handle-inbound-message.js';
import type { MediaDeps } from './media-deps.js';

const REASON: Readonly<Record<WhatsAppMediaErrorCode, MediaUnavailableReason>> = {
  not_found: 'not_found',
  expired: 'expired',
  too_large: 'too_large',
  checksum_mismatch: 'checksum_mismatch',
  size_mismatch: 'checksum_mismatch',
  refused: 'download_failed',
  unreachable: 'download_failed',
};

/**
 * Keeps the picture a contact sent: downloads it from WhatsApp (its URL lives minutes, the media id days),
 * checks its hash and bytes, and stores it. A file that cannot be kept never costs the message: it is
 * stored with the reason instead. Retryable failures throw, so the job tries again while attempts remain.
 */
export class FetchInboundMedia {
  constructor(private readonly deps: MediaDeps) {}

  async execute(tenantId: string, message: InboundMessage, lastAttempt: boolean): Promise<InboundMessage> {
    if (message.content.type !== 'image') return message;
    const ref = message.content.media;
    if (ref.storageKey || ref.unavailable || !ref.mediaId) return message;
    const keep = (media: MediaRef): InboundMessage => ({ ...message, content: { type: 'image', media } });
    try {
      const file = await this.deps.whatsappMedia.download(message.phoneNumberId, ref.mediaId, {
        ...(ref.sha256 ? { sha256: ref.sha256 } : {}),
        maxBytes: MAX_INBOUND_IMAGE_BYTES,
      });
      const check = checkImage(file.bytes, file.mimeType, 'inbound');
      if (!check.ok)
        return keep({
          ...ref,
          unavailable: check.code === 'media_too_large' ? 'too_large' : 'type_not_allowed',
        });
      const stored = await this.deps.mediaStore.put(tenantId, file.bytes, check.mimeType);
      return keep({
        ...ref,
        storageKey: stored.storageKey,
        sha256: stored.sha256Hex,
        size: stored.size,
        mimeType: stored.mimeType,
      });
    } catch (error) {
      if (!(error instanceof WhatsAppMediaError)) {
        if (!lastAttempt) throw error;
        return keep({ ...ref, unavailable: 'download_failed' });
      }
      if (error.retryable && !lastAttempt) throw error;
      return keep({ ...ref, unavailable: REASON[error.code] });
    }
  }
}
