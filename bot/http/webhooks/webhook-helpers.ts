import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import { HttpError } from '../errors.js';

/** Constant time whatever the lengths: compare digests, never the strings themselves. */
export function sameSecret(given: string, expected: string): boolean {
  if (expected.length === 0) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** A webhook body as JSON; 400 `malformed_json` otherwise. */
export function parseJsonBody(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'malformed_json', 'The request body is not valid JSON.');
  }
}

/**
 * Stores a webhook's events before it is answered; when they cannot be stored the answer is 503
 * `not_stored`, so the provider delivers them again.
 */
export async function storeBeforeAnswering(
  store: () => Promise<void>,
  logger: Logger,
  provider: string,
): Promise<void> {
  try {
    await store();
  } catch (error) {
    logger.error({ err: error }, `events could not be stored; ${provider} will redeliver`);
    throw new HttpError(503, 'not_stored', 'The events could not be stored; try again later.');
  }
}
