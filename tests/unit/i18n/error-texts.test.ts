import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalogs/index.js';
import { ERROR_CODES, RULE_CODES } from '../../../shared/i18n/codes.js';
import { errorText, isKnownErrorCode } from '../../../shared/i18n/error-texts.js';
import { SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';
import { UNFILLED } from './helpers.js';

const AVAILABLE_AT = '2026-03-03T09:00:00.000Z';

/** The details each error is documented to carry. */
const DETAILS: Record<string, Record<string, string | number>> = {
  reminder_too_early: { availableAt: AVAILABLE_AT },
  message_too_long: { max: 4096, length: 5000 },
  caption_too_long: { max: 1024, length: 1100 },
  template_param_count: { expected: 2, got: 1 },
  invalid_request: { field: 'body' },
  rate_limited: { retryAfterSeconds: 30 },
};

describe.each(SUPPORTED_LOCALES)('error texts in %s', (locale) => {
  it.each([...ERROR_CODES])('%s reads fully with and without its details', (code) => {
    for (const text of [errorText(locale, code), errorText(locale, code, DETAILS[code] ?? {})]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(UNFILLED);
    }
  });

  it('uses the details when they are given', () => {
    expect(errorText(locale, 'invalid_request', { field: 'body' })).toContain('body');
    expect(errorText(locale, 'template_param_count', { expected: 2, got: 1 })).toMatch(/2.*1/);
    expect(errorText(locale, 'rate_limited', { retryAfterSeconds: 30 })).toContain('30');
  });

  it('renders availableAt as a localized date and time', () => {
    const expected = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(new Date(AVAILABLE_AT));
    expect(
      errorText(locale, 'reminder_too_early', DETAILS.reminder_too_early, { timeZone: 'UTC' }),
    ).toContain(expected);
  });

  it('answers an unknown code with the internal error text', () => {
    expect(errorText(locale, 'no_such_code')).toBe(CATALOGS[locale].errors.internal_error);
    expect(errorText(locale, 'toString')).toBe(CATALOGS[locale].errors.internal_error);
    expect(errorText(locale, '')).toBe(CATALOGS[locale].errors.internal_error);
  });
});

describe('error details', () => {
  it('keeps the plain wording when a detail is missing or malformed', () => {
    expect(errorText('en', 'message_too_long')).toBe('The message is too long.');
    expect(errorText('en', 'message_too_long', { max: 'lots' })).toBe('The message is too long.');
    expect(errorText('en', 'reminder_too_early', { availableAt: 'tomorrow' })).toBe(
      CATALOGS.en.errors.reminder_too_early,
    );
    expect(errorText('en', 'template_param_count', { expected: 2 })).toBe(
      CATALOGS.en.errors.template_param_count,
    );
  });

  it('groups digits of limits the locale’s way', () => {
    expect(errorText('en', 'message_too_long', { max: 4096 })).toBe(
      'The message is too long. The limit is 4,096 characters.',
    );
    expect(errorText('de', 'message_too_long', { max: 4096 })).toContain('4.096 Zeichen');
  });

  it('picks the plural form of the waiting time', () => {
    expect(errorText('en', 'rate_limited', { retryAfterSeconds: 1 })).toBe(
      'Too many requests. Please try again in 1 second.',
    );
    expect(errorText('en', 'rate_limited', { retryAfterSeconds: '10' })).toBe(
      'Too many requests. Please try again in 10 seconds.',
    );
  });

  it('formats reminder_too_early in English', () => {
    expect(errorText('en', 'reminder_too_early', { availableAt: AVAILABLE_AT }, { timeZone: 'UTC' })).toBe(
      'It is too early to send a reminder. You can send one from Mar 3, 2026, 9:00 AM.',
    );
  });

  it('knows every domain rule code', () => {
    for (const code of RULE_CODES) expect(isKnownErrorCode(code)).toBe(true);
    expect(isKnownErrorCode('__proto__')).toBe(false);
  });
});
