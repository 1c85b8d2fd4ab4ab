/** E.164: a plus sign, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(value: string): boolean {
  return E164.test(value);
}

/** Accepts what people type (spaces, dashes, dots, parentheses, a leading 00) and returns E.164, or null. */
export function normalizePhoneNumber(input: string): string | null {
  const compact = input.trim().replace(/[\s\-.()]/g, '');
  const withPlus = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return isE164(withPlus) ? withPlus : null;
}

/** WhatsApp's wa_id is the number without the plus sign. */
export function fromWaId(waId: string): string | null {
  return normalizePhoneNumber(`+${waId}`);
}

export function toWaId(e164: string): string {
  return e164.replace(/^\+/, '');
}
