import { randomBytes } from 'node:crypto';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SOI = [0xff, 0xd8, 0xff, 0xe0];
const GIF89A = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61];

function withHeader(header: readonly number[], size: number): Uint8Array {
  const bytes = new Uint8Array(Math.max(size, header.length));
  bytes.set(randomBytes(bytes.length));
  bytes.set(header);
  return bytes;
}

/** Bytes that start like a PNG file (what the media rules look at), `size` bytes long, random after the header. */
export const pngBytes = (size = 2_048): Uint8Array => withHeader(PNG_SIGNATURE, size);
export const jpegBytes = (size = 2_048): Uint8Array => withHeader(JPEG_SOI, size);
export const gifBytes = (size = 512): Uint8Array => withHeader(GIF89A, size);
