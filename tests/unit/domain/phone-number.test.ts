import { describe, expect, it } from 'vitest';
import {
  fromWaId,
  isE164,
  normalizePhoneNumber,
  toWaId,
} from '../../../shared/domain/thread/phone-number.js';

describe('phone numbers', () => {
  it.each([
    ['+14155550123', '+14155550123'],
    ['+1 (415) 555-0123', '+14155550123'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+33.1.23.45.67.89', '+33123456789'],
    ['14155550123', null],
    ['+0123456789', null],
    ['+1234', null],
    ['+1234567890123456', null],
    ['call me', null],
  ])('%s -> %s', (input, expected) => {
    expect(normalizePhoneNumber(input)).toBe(expected);
  });

  it('converts between E.164 and WhatsApp ids', () => {
    expect(fromWaId('14155550123')).toBe('+14155550123');
    expect(toWaId('+14155550123')).toBe('14155550123');
    expect(isE164('+14155550123')).toBe(true);
  });
});
