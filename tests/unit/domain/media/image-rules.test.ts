import { describe, expect, it } from 'vitest';
import {
  checkImage,
  MAX_IMAGE_BYTES,
  MAX_INBOUND_IMAGE_BYTES,
  MAX_OUTBOUND_IMAGE_BYTES,
  sniffImageType,
} from '../../../../shared/domain/media/image-rules.js';

const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])),
  );

// The first bytes of real files, as written by common encoders.
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'JFIF', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01);
const JPEG_EXIF = bytes(0xff, 0xd8, 0xff, 0xe1, 0x2f, 0xfe, 'Exif', 0x00, 0x00, 'MM', 0x00, 0x2a);
const PNG = bytes(
  0x89,
  'PNG',
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0x00,
  0x00,
  0x00,
  0x0d,
  'IHDR',
  0,
  0,
  0,
  1,
  0,
  0,
  0,
  1,
);
const WEBP = bytes('RIFF', 0x24, 0x00, 0x00, 0x00, 'WEBP', 'VP8 ', 0x18, 0x00, 0x00, 0x00);
const GIF89 = bytes('GIF89a', 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00);
const GIF87 = bytes('GIF87a', 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00);
const PDF = bytes('%PDF-1.7', 0x0a);
const RIFF_WAVE = bytes('RIFF', 0x24, 0x00, 0x00, 0x00, 'WAVE', 'fmt ');
const FILES = { JPEG, JPEG_EXIF, PNG, WEBP, GIF89, GIF87, PDF, RIFF_WAVE };

/** A file of `size` bytes starting with `header`. */
function ofSize(header: Uint8Array, size: number): Uint8Array {
  const file = new Uint8Array(size);
  file.set(header.subarray(0, size));
  return file;
}

describe('sniffImageType', () => {
  it.each([
    ['a JFIF JPEG', JPEG, 'image/jpeg'],
    ['an Exif JPEG', JPEG_EXIF, 'image/jpeg'],
    ['a PNG', PNG, 'image/png'],
    ['a WebP', WEBP, 'image/webp'],
    ['a GIF89a', GIF89, 'image/gif'],
    ['a GIF87a', GIF87, 'image/gif'],
    ['a PDF', PDF, null],
    ['a RIFF that is not WebP (WAV)', RIFF_WAVE, null],
    ['nothing', new Uint8Array(0), null],
    ['a truncated PNG signature', PNG.subarray(0, 7), null],
    ['a truncated WebP header', WEBP.subarray(0, 11), null],
    ['two JPEG bytes only', JPEG.subarray(0, 2), null],
    ['text', bytes('hello world'), null],
  ] as const)('reads %s', (_name, file, expected) => {
    expect(sniffImageType(file)).toBe(expected);
  });
});

describe('checkImage', () => {
  it('has the WhatsApp 5 MB limits', () => {
    expect(MAX_IMAGE_BYTES).toBe(5 * 1024 * 1024);
    expect(MAX_OUTBOUND_IMAGE_BYTES).toBe(MAX_IMAGE_BYTES);
    expect(MAX_INBOUND_IMAGE_BYTES).toBe(MAX_IMAGE_BYTES);
  });

  it.each([
    ['outbound', 'JPEG', 'image/jpeg', 'image/jpeg'],
    ['outbound', 'JPEG_EXIF', 'image/jpeg', 'image/jpeg'],
    ['outbound', 'PNG', 'image/png', 'image/png'],
    ['inbound', 'JPEG', 'image/jpeg', 'image/jpeg'],
    ['inbound', 'PNG', 'image/png', 'image/png'],
    ['inbound', 'WEBP', 'image/webp', 'image/webp'],
    ['outbound', 'JPEG', 'IMAGE/JPEG', 'image/jpeg'],
    ['outbound', 'JPEG', ' image/jpeg; name="photo.jpg"', 'image/jpeg'],
    ['outbound', 'JPEG', 'image/jpg', 'image/jpeg'],
    ['inbound', 'WEBP', 'image/webp; charset=binary', 'image/webp'],
  ] as const)('%s accepts a %s declared %j', (direction, file, declared, mimeType) => {
    expect(checkImage(FILES[file], declared, direction)).toEqual({ ok: true, mimeType });
  });

  it.each([
    ['outbound', 'WEBP', 'image/webp'],
    ['outbound', 'GIF89', 'image/gif'],
    ['inbound', 'GIF89', 'image/gif'],
    ['inbound', 'GIF87', 'image/gif'],
    ['outbound', 'PDF', 'application/pdf'],
    ['inbound', 'PDF', 'image/jpeg'],
    ['outbound', 'RIFF_WAVE', 'image/webp'],
  ] as const)('%s refuses a %s declared %j: not a type WhatsApp takes', (direction, file, declared) => {
    expect(checkImage(FILES[file], declared, direction)).toEqual({
      ok: false,
      code: 'media_type_not_allowed',
    });
  });

  it.each([
    ['outbound', 'PNG', 'image/jpeg'],
    ['outbound', 'JPEG', 'image/png'],
    ['inbound', 'PNG', 'image/jpeg'],
    ['inbound', 'WEBP', 'image/png'],
    ['inbound', 'JPEG', 'image/webp'],
    ['outbound', 'JPEG', ''],
    ['outbound', 'JPEG', 'application/octet-stream'],
    ['outbound', 'JPEG', 'image/*'],
  ] as const)('%s refuses a %s declared %j: not the declared type', (direction, file, declared) => {
    expect(checkImage(FILES[file], declared, direction)).toEqual({
      ok: false,
      code: 'media_type_not_allowed',
    });
  });

  it.each(['outbound', 'inbound'] as const)(
    '%s refuses an empty file, whatever its declared type',
    (direction) => {
      expect(checkImage(new Uint8Array(0), 'image/jpeg', direction)).toEqual({
        ok: false,
        code: 'media_empty',
      });
      expect(checkImage(new Uint8Array(0), 'text/plain', direction)).toEqual({
        ok: false,
        code: 'media_empty',
      });
    },
  );

  it.each([
    ['outbound', 'JPEG', MAX_OUTBOUND_IMAGE_BYTES],
    ['outbound', 'PNG', MAX_OUTBOUND_IMAGE_BYTES],
    ['inbound', 'JPEG', MAX_INBOUND_IMAGE_BYTES],
    ['inbound', 'PNG', MAX_INBOUND_IMAGE_BYTES],
    ['inbound', 'WEBP', MAX_INBOUND_IMAGE_BYTES],
  ] as const)('%s takes a %s up to %i bytes and refuses one byte more', (direction, file, limit) => {
    const mimeType = sniffImageType(FILES[file])!;
    expect(checkImage(ofSize(FILES[file], limit), mimeType, direction)).toEqual({ ok: true, mimeType });
    expect(checkImage(ofSize(FILES[file], limit + 1), mimeType, direction)).toEqual({
      ok: false,
      code: 'media_too_large',
      limit,
    });
  });

  it('names the type before the size: an oversized GIF is refused for its type', () => {
    expect(checkImage(ofSize(GIF89, MAX_IMAGE_BYTES + 1), 'image/gif', 'outbound')).toEqual({
      ok: false,
      code: 'media_type_not_allowed',
    });
  });
});
