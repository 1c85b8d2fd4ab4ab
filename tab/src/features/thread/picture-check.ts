/** WhatsApp's limit for a picture, which the server checks too. */
export const MAX_PICTURE_BYTES = 5 * 1024 * 1024;
/** Bytes to read from the start of a file to tell JPEG from PNG. */
export const PICTURE_HEADER_BYTES = 8;

export type PictureType = 'image/jpeg' | 'image/png';
export type PictureCheck =
  | { readonly ok: true; readonly mimeType: PictureType }
  | { readonly ok: false; readonly problem: 'wrongType' | 'tooBig' | 'empty' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** The picture's real type from its first bytes (a renamed file does not pass for a picture). */
export function sniffPicture(header: Uint8Array): PictureType | undefined {
  const startsWith = (magic: readonly number[]) => magic.every((byte, i) => header[i] === byte);
  if (startsWith(PNG)) return 'image/png';
  if (startsWith(JPEG)) return 'image/jpeg';
  return undefined;
}

/** What the composer accepts before anything is uploaded: a JPEG or PNG of at most 5 MB. */
export function checkPicture(size: number, header: Uint8Array): PictureCheck {
  if (size === 0) return { ok: false, problem: 'empty' };
  const mimeType = sniffPicture(header);
  if (!mimeType) return { ok: false, problem: 'wrongType' };
  if (size > MAX_PICTURE_BYTES) return { ok: false, problem: 'tooBig' };
  return { ok: true, mimeType };
}

/** A file size for people: "850 KB", "4.2 MB", in the locale's digits. */
export function formatFileSize(locale: string, bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] =
    megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
