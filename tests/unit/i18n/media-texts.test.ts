import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalogs/index.js';
import { MEDIA_UNAVAILABLE_REASONS, type MediaUnavailableReason } from '../../../shared/i18n/codes.js';
import { type Locale, SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';
import { mediaUnavailableText } from '../../../shared/i18n/media-texts.js';
import { UNFILLED } from './helpers.js';

describe.each(SUPPORTED_LOCALES)('unavailable pictures in %s', (locale: Locale) => {
  it.each(MEDIA_UNAVAILABLE_REASONS)('%s reads as a whole sentence', (reason) => {
    const text = mediaUnavailableText(locale, reason);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(UNFILLED);
    expect(text).toMatch(/[.。]$/u);
  });

  it('gives each reason its own wording', () => {
    const texts = MEDIA_UNAVAILABLE_REASONS.map((reason) => mediaUnavailableText(locale, reason));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('reads a reason newer than the catalog as the general text', () => {
    for (const reason of ['virus_found', 'other', '__proto__', 'toString', '']) {
      expect(mediaUnavailableText(locale, reason as MediaUnavailableReason)).toBe(
        CATALOGS[locale].mediaUnavailable.other,
      );
    }
  });
});

describe('unavailable pictures in English', () => {
  it('says what happened', () => {
    expect(mediaUnavailableText('en', 'download_failed')).toBe(
      'The picture could not be downloaded from WhatsApp. Ask the contact to send it again.',
    );
    expect(mediaUnavailableText('en', 'checksum_mismatch')).toContain('damaged in transfer');
  });

  it('falls back to English for a locale it does not ship', () => {
    expect(mediaUnavailableText('it' as Locale, 'expired')).toBe(mediaUnavailableText('en', 'expired'));
  });
});
