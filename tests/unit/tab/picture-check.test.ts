import { describe, expect, it } from 'vitest';
import {
  checkPicture,
  formatFileSize,
  MAX_PICTURE_BYTES,
  sniffPicture,
} from '../../../tab/src/features/thread/picture-check.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
const GIF = new TextEncoder().encode('GIF89a..');

describe('the picture check before upload', () => {
  it('tells JPEG and PNG by their first bytes, whatever the file is called', () => {
    expect(sniffPicture(PNG)).toBe('image/png');
    expect(sniffPicture(JPEG)).toBe('image/jpeg');
    expect(sniffPicture(GIF)).toBeUndefined();
    expect(sniffPicture(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
  });

  it('accepts a picture of exactly 5 MB and refuses one byte more', () => {
    expect(checkPicture(MAX_PICTURE_BYTES, JPEG)).toEqual({ ok: true, mimeType: 'image/jpeg' });
    expect(checkPicture(MAX_PICTURE_BYTES + 1, JPEG)).toEqual({ ok: false, problem: 'tooBig' });
  });

  it('refuses another type before its size, and an empty file', () => {
    expect(checkPicture(MAX_PICTURE_BYTES + 1, GIF)).toEqual({ ok: false, problem: 'wrongType' });
    expect(checkPicture(0, new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
  });

  it('writes sizes in the locale', () => {
    expect(formatFileSize('en', 6 * 1024 * 1024)).toBe('6 MB');
    expect(formatFileSize('en', 5.5 * 1024 * 1024)).toBe('5.5 MB');
    expect(formatFileSize('fr', 5.5 * 1024 * 1024)).toMatch(/^5,5\sMo$/);
    expect(formatFileSize('en', 300)).toBe('1 kB');
  });
});
