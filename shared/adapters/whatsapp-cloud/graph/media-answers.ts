/** What GET {media-id} answers: `{messaging_product, url, mime_type, sha256, file_size, id}`. */
export interface MediaMetadata {
  readonly url: string;
  readonly mimeType?: string;
  readonly sha256?: string;
  /** Meta's reference sends it as a string ("303833"); a number is accepted too. */
  readonly fileSize?: number;
}

/** The metadata of a GET {media-id} answer; undefined without an http(s) url. */
export function mediaMetadataOf(body: unknown): MediaMetadata | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { url, mime_type, sha256, file_size } = body as Record<string, unknown>;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return undefined;
  const size = typeof file_size === 'string' && /^\d+$/.test(file_size) ? Number(file_size) : file_size;
  return {
    url,
    ...(typeof mime_type === 'string' && mime_type ? { mimeType: mime_type } : {}),
    ...(typeof sha256 === 'string' && sha256 ? { sha256 } : {}),
    ...(typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? { fileSize: size } : {}),
  };
}

/**
 * A SHA-256 as its 32 bytes, from hex (64 digits) or base64 / base64url (Meta's webhooks send base64, e.g.
 * "SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI="); undefined when it is neither.
 */
export function sha256Bytes(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(trimmed)) return undefined;
  const bytes = Buffer.from(trimmed.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
  return bytes.length === 32 ? bytes : undefined;
}
