import { describe, expect, it } from 'vitest';
import { looksLikeNumber, toE164 } from '../../../tab/src/features/contacts/phone-input.js';

describe('toE164', () => {
  it('accepts what people type and returns E.164', () => {
    expect(toE164('+33 6 12-34.56 78')).toBe('+33612345678');
    expect(toE164('0044 (20) 7946 0958')).toBe('+442079460958');
    expect(toE164(' +15550100003 ')).toBe('+15550100003');
  });

  it('refuses a number without a country code, too short or too long, or with letters', () => {
    expect(toE164('06 12 34 56 78')).toBeNull();
    expect(toE164('+0612345678')).toBeNull();
    expect(toE164('+12345')).toBeNull();
    expect(toE164('+1234567890123456')).toBeNull();
    expect(toE164('+1555CALLNOW')).toBeNull();
    expect(toE164('')).toBeNull();
  });
});

describe('looksLikeNumber', () => {
  it('tells a number from a name', () => {
    expect(looksLikeNumber('+1 555 0100')).toBe(true);
    expect(looksLikeNumber('0612')).toBe(true);
    expect(looksLikeNumber('Alice')).toBe(false);
    expect(looksLikeNumber('12')).toBe(false);
    expect(looksLikeNumber('Room 101')).toBe(false);
  });
});
