import { catalogFor } from './catalogs/index.js';
import { MEDIA_UNAVAILABLE_REASONS, type MediaUnavailableReason } from './codes.js';
import type { Locale } from './locales.js';

const KNOWN: ReadonlySet<string> = new Set(MEDIA_UNAVAILABLE_REASONS);

/**
 * What Teams users read where a contact's picture would be, when the connector could not keep it.
 * A reason newer than this catalog reads as the general "could not be kept".
 */
export function mediaUnavailableText(locale: Locale, reason: MediaUnavailableReason): string {
  const texts = catalogFor(locale).mediaUnavailable;
  return KNOWN.has(reason) ? texts[reason] : texts.other;
}
