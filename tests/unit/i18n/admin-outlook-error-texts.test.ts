import { describe, expect, it } from 'vitest';
import { ADMIN_ERROR_CODES } from '../../../shared/i18n/admin-error-texts.js';
import { apiErrorText } from '../../../shared/i18n/api-error-texts.js';
import { isKnownErrorCode } from '../../../shared/i18n/error-texts.js';
import { SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';
import { OUTLOOK_ERROR_CODES } from '../../../shared/i18n/outlook-error-texts.js';

const CODES = [...ADMIN_ERROR_CODES, ...OUTLOOK_ERROR_CODES];

describe('admin and Outlook error texts', () => {
  it('are codes of their own, not the catalogs', () => {
    for (const code of CODES) expect(isKnownErrorCode(code), code).toBe(false);
  });

  it.each(SUPPORTED_LOCALES)('reads every code in %s, in its own words', (locale) => {
    const internal = apiErrorText(locale, 'internal_error');
    const texts = CODES.map((code) => apiErrorText(locale, code));
    for (const text of texts) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toBe(internal);
    }
    expect(new Set(texts).size).toBe(CODES.length);
    if (locale !== 'en')
      CODES.forEach((code, i) => expect(texts[i], code).not.toBe(apiErrorText('en', code)));
  });
});
