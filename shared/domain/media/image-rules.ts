import type { RuleCode } from '../shared/domain-error.js';

// What WhatsApp Cloud takes and gives as images. A picture is judged by its bytes, not by the name or
// type a client claims: the type is read from the file's first bytes, and a declared type that says
// otherwise is refused rather than trusted or silently corrected.

export type ImageMimeType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';
export type MediaDirection = 'outbound' | 'inbound';
export type MediaRuleCode = Extract<RuleCode, 'media_type_not_allowed' | 'media_too_large' | 'media_empty'>;

export type ImageCheck =
  | { readonly ok: true; readonly mimeType: ImageMimeType }
  | { readonly ok: false; readonly code: MediaRuleCode; readonly limit?: number };

/** WhatsApp's size limit for an image, either way: 5 MB. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_OUTBOUND_IMAGE_BYTES = MAX_IMAGE_BYTES;
export const MAX_INBOUND_IMAGE_BYTES = MAX_IMAGE_BYTES;

/** WhatsApp sends JPEG and PNG images only. */
export const OUTBOUND_IMAGE_TYPES: readonly ImageMimeType[] = ['image/jpeg', 'image/png'];
/** What WhatsApp delivers as a picture: JPEG and PNG images, and WebP stickers. */
export const INBOUND_IMAGE_TYPES: readonly ImageMimeType[] = ['image/jpeg', 'image/png', 'image/webp'];

const RULES: Readonly<Record<MediaDirection, { types: readonly ImageMimeType[]; maxBytes: number }>> = {
  outbound: { types: OUTBOUND_IMAGE_TYPES, maxBytes: MAX_OUTBOUND_IMAGE_BYTES },
  inbound: { types: INBOUND_IMAGE_TYPES, maxBytes: MAX_INBOUND_IMAGE_BYTES },
};

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const GIF87A = ascii('GIF87a');
const GIF89A = ascii('GIF89a');

/** The image type the bytes start with, or null when they are not a JPEG, PNG, WebP or GIF. */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (startsWith(bytes, GIF87A) || startsWith(bytes, GIF89A)) return 'image/gif';
  return null;
}

/** `Image/JPEG; name=a.jpg` reads as image/jpeg; image/jpg is a common spelling of it. */
function normalizeMimeType(declared: string): string {
  const bare = (declared.split(';')[0] ?? '').trim().toLowerCase();
  return bare === 'image/jpg' ? 'image/jpeg' : bare;
}

/**
 * Whether a picture may go to WhatsApp (outbound) or be taken from it (inbound). Checked in the order
 * a user can act on: nothing there, then a kind WhatsApp does not take (or not the kind declared),
 * then the size, whose refusal carries the limit in bytes.
 */
export function checkImage(
  bytes: Uint8Array,
  declaredMimeType: string,
  direction: MediaDirection,
): ImageCheck {
  if (bytes.length === 0) return { ok: false, code: 'media_empty' };
  const rules = RULES[direction];
  const sniffed = sniffImageType(bytes);
  if (sniffed === null || !rules.types.includes(sniffed) || normalizeMimeType(declaredMimeType) !== sniffed)
    return { ok: false, code: 'media_type_not_allowed' };
  if (bytes.length > rules.maxBytes) return { ok: false, code: 'media_too_large', limit: rules.maxBytes };
  return { ok: true, mimeType: sniffed };
}
