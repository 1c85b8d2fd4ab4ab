import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/**
 * Checks X-Hub-Signature-256 (`sha256=<hex>`) against the HMAC-SHA256 of the raw request bytes.
 * Meta signs exactly the bytes it sends (non-ASCII escaped as \uXXXX), so never pass re-serialized JSON.
 * Answers false, never throws, for anything that is not a well-formed matching signature.
 */
export function verifyWebhookSignature(
  rawBody: Buffer,
  header: string | undefined,
  appSecret: string,
): boolean {
  if (typeof header !== 'string' || appSecret.length === 0) return false;
  const match = SIGNATURE_HEADER.exec(header.trim());
  if (!match?.[1]) return false;
  const received = Buffer.from(match[1], 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return received.length === expected.length && timingSafeEqual(received, expected);
}
