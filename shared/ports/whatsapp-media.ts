/** A file to upload to WhatsApp. */
export interface MediaFile {
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  readonly filename?: string;
}

/** A downloaded media file, checked against the size and hash WhatsApp announced. */
export interface DownloadedMedia {
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  /** SHA-256 of `bytes`, lowercase hex. */
  readonly sha256Hex: string;
  readonly size: number;
}

export interface MediaExpectations {
  /** The hash the webhook announced, hex or base64 (Meta's webhooks use base64). */
  readonly sha256?: string;
  /** Refuse a file larger than this, without downloading more than this. */
  readonly maxBytes?: number;
}

/** WhatsApp's media store: uploads to send by id, downloads of what users sent. */
export interface WhatsAppMediaGateway {
  /** Uploads a file for this phone number; the id goes into an image message. */
  upload(phoneNumberId: string, file: MediaFile): Promise<{ readonly mediaId: string }>;
  /** GET {mediaId} → {url, mime_type, sha256, file_size}; then GET url with the Bearer token. Verifies size and sha256. */
  download(phoneNumberId: string, mediaId: string, expected?: MediaExpectations): Promise<DownloadedMedia>;
}

export type WhatsAppMediaErrorCode =
  'not_found' | 'expired' | 'too_large' | 'checksum_mismatch' | 'size_mismatch' | 'refused' | 'unreachable';

/** An upload or download that failed. Retryable ones are worth another try later (by the job). */
export class WhatsAppMediaError extends Error {
  /** How long WhatsApp asked to wait, when it said. */
  readonly retryAfterMs?: number;

  constructor(
    readonly code: WhatsAppMediaErrorCode,
    message: string,
    readonly retryable: boolean,
    options: { readonly cause?: unknown; readonly retryAfterMs?: number } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WhatsAppMediaError';
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}
