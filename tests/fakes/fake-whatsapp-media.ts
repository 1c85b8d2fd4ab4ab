import { createHash } from 'node:crypto';
import type {
  DownloadedMedia,
  MediaExpectations,
  MediaFile,
  WhatsAppMediaGateway,
} from '../../shared/ports/whatsapp-media.js';
import { WhatsAppMediaError } from '../../shared/ports/whatsapp-media.js';

/** Stands in for WhatsApp's media endpoints: what users sent can be downloaded, what we upload is kept. */
export class FakeWhatsAppMedia implements WhatsAppMediaGateway {
  private readonly files = new Map<string, { bytes: Uint8Array; mimeType: string }>();
  readonly uploads: { phoneNumberId: string; mediaId: string; mimeType: string; size: number }[] = [];
  readonly downloads: string[] = [];
  private failures: WhatsAppMediaError[] = [];
  private nextId = 1;

  /** A file a WhatsApp user sent: its id and the hash the webhook announces (base64, as Meta does). */
  userSent(bytes: Uint8Array, mimeType: string): { mediaId: string; sha256: string } {
    const mediaId = `media-in-${this.nextId++}`;
    this.files.set(mediaId, { bytes, mimeType });
    return { mediaId, sha256: createHash('sha256').update(bytes).digest('base64') };
  }

  failNext(...errors: WhatsAppMediaError[]): void {
    this.failures.push(...errors);
  }

  async upload(phoneNumberId: string, file: MediaFile): Promise<{ mediaId: string }> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const mediaId = `media-out-${this.nextId++}`;
    this.files.set(mediaId, { bytes: file.bytes, mimeType: file.mimeType });
    this.uploads.push({ phoneNumberId, mediaId, mimeType: file.mimeType, size: file.bytes.length });
    return { mediaId };
  }

  async download(
    _phoneNumberId: string,
    mediaId: string,
    expected: MediaExpectations = {},
  ): Promise<DownloadedMedia> {
    this.downloads.push(mediaId);
    const failure = this.failures.shift();
    if (failure) throw failure;
    const file = this.files.get(mediaId);
    if (!file) throw new WhatsAppMediaError('not_found', `no media ${mediaId}`, false);
    if (expected.maxBytes !== undefined && file.bytes.length > expected.maxBytes)
      throw new WhatsAppMediaError('too_large', 'too large', false);
    const digest = createHash('sha256').update(file.bytes).digest();
    if (
      expected.sha256 &&
      expected.sha256 !== digest.toString('base64') &&
      expected.sha256.toLowerCase() !== digest.toString('hex')
    )
      throw new WhatsAppMediaError('checksum_mismatch', 'sha256 differs', false);
    return { ...file, sha256Hex: digest.toString('hex'), size: file.bytes.length };
  }

  bytesOf(mediaId: string): Uint8Array | undefined {
    return this.files.get(mediaId)?.bytes;
  }
}
