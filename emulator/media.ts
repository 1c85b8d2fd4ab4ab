import { createHash } from 'node:crypto';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MEDIA_URL_TTL_MS = 5 * 60 * 1000;
export const IMAGE_TYPES = ['image/jpeg', 'image/png'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface StoredMedia {
  readonly id: string;
  readonly bytes: Buffer;
  readonly mimeType: ImageType;
  /** Base64 of the SHA-256 of the bytes, as Meta writes it in webhooks and media info. */
  readonly sha256: string;
  readonly createdAt: Date;
}

/** The image type the bytes really are (magic bytes), whatever the sender declared. */
export function sniffImageType(bytes: Buffer): ImageType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  return undefined;
}

export function sha256Base64(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/** Why these bytes, declared as `declared`, are not an image WhatsApp takes; undefined when they are. */
export function imageProblem(bytes: Buffer, declared: string | undefined): string | undefined {
  const type = (declared ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!IMAGE_TYPES.includes(type as ImageType))
    return `Param file must be a file with one of the following types: ${IMAGE_TYPES.join(', ')}. Received file of type '${type || 'unknown'}'.`;
  if (bytes.length === 0) return 'The file is empty.';
  if (bytes.length > MAX_IMAGE_BYTES)
    return `The file is ${bytes.length} bytes; images may have at most ${MAX_IMAGE_BYTES} bytes (5 MB).`;
  const real = sniffImageType(bytes);
  if (real !== type)
    return `The file content is ${real ?? 'not an image WhatsApp supports'}, but the declared type is ${type}.`;
  return undefined;
}
