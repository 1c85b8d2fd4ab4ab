/** E.164: a plus sign, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * What people type (spaces, dashes, dots, parentheses, a leading 00) as E.164, or null. The server applies
 * the same rule and has the last word; this one lets the form say so before sending.
 */
export function toE164(input: string): string | null {
  const compact = input.trim().replace(/[\s\-.()]/g, '');
  const withPlus = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return E164.test(withPlus) ? withPlus : null;
}

/** Whether a typeahead query is meant as a number rather than a name: digits, with at most phone punctuation. */
export function looksLikeNumber(query: string): boolean {
  return /^\+?[\d\s\-.()]{4,}$/.test(query.trim());
}
