import { catalogFor } from './catalogs/index.js';
import type { FailureReason } from './codes.js';
import { fill } from './format.js';
import type { Locale } from './locales.js';

/** WhatsApp Cloud API error codes a Teams user can act on, by the reason shown to them. */
const REASON_BY_CODE: ReadonlyMap<number, FailureReason> = new Map([
  [131026, 'cannot_receive'],
  [131047, 'window_closed'],
  [470, 'window_closed'], // the pre-131047 code for the same case
  [131049, 'held_for_experience'],
  [131056, 'pair_rate_limit'],
  [130429, 'throughput_limit'],
  [131048, 'spam_limited'],
  [132000, 'template_params_mismatch'],
  [132001, 'template_missing_language'],
  [131053, 'media_failed'],
  [131057, 'account_maintenance'],
  [190, 'connection_needs_admin'], // expired or revoked access token
  [0, 'connection_needs_admin'], // authentication exception
  // The connector's own codes (never Meta's, which are positive): see dispatch-message.ts and graph-errors.ts.
  [-1, 'whatsapp_unreachable'], // retries exhausted
  [-2, 'whatsapp_unreachable'], // network error or timeout
  [-3, 'refused_before_sending'], // the request broke one of WhatsApp's limits
]);

export function failureReasonOf(code: number): FailureReason {
  return REASON_BY_CODE.get(code) ?? 'unknown';
}

/** A short sentence telling a Teams user why WhatsApp did not deliver a message. */
export function failureReasonText(locale: Locale, code: number): string {
  return fill(catalogFor(locale).failureReasons[failureReasonOf(code)], { code: String(code) });
}
