import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalogs/index.js';
import { failureReasonOf, failureReasonText } from '../../../shared/i18n/failure-reason-texts.js';
import { SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';

const KNOWN_CODES = [131026, 131047, 131049, 131056, 130429, 131048, 132000, 132001, 131053, 131057, 190, 0];

describe('failure reasons', () => {
  it('gives each documented WhatsApp code its own reason, and the connection codes a shared one', () => {
    const reasons = KNOWN_CODES.map(failureReasonOf);
    expect(reasons).not.toContain('unknown');
    expect(new Set(reasons).size).toBe(KNOWN_CODES.length - 1);
    expect(failureReasonOf(190)).toBe(failureReasonOf(0));
  });

  it("gives the connector's own codes a reason a user can act on, not a code", () => {
    expect(failureReasonOf(-1)).toBe('whatsapp_unreachable');
    expect(failureReasonOf(-2)).toBe('whatsapp_unreachable');
    expect(failureReasonOf(-3)).toBe('refused_before_sending');
    expect(failureReasonText('en', -2)).not.toContain('-2');
  });

  it('treats the legacy window error like 131047', () => {
    expect(failureReasonOf(470)).toBe(failureReasonOf(131047));
  });

  it.each(SUPPORTED_LOCALES)('names an unknown code in the generic reason in %s', (locale) => {
    const text = failureReasonText(locale, 131999);
    expect(text).toContain('131999');
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it.each(SUPPORTED_LOCALES)('reads the reasons of %s from its catalog', (locale) => {
    expect(failureReasonText(locale, 131026)).toBe(CATALOGS[locale].failureReasons.cannot_receive);
    expect(failureReasonText(locale, 131056)).not.toBe(failureReasonText(locale, 130429));
  });

  it('does not group the digits of a code', () => {
    expect(failureReasonText('en', 131999)).toBe('WhatsApp could not deliver the message (code 131999).');
  });
});
