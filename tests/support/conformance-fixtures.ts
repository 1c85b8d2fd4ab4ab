import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Material written by Meta and Microsoft, read from where it lives (never copied into the project):
 * CONFORMANCE_FIXTURES, by default ../shared/fixtures beside the checkout.
 */
export const CONFORMANCE_FIXTURES = path.resolve(
  process.env.CONFORMANCE_FIXTURES ?? path.join(import.meta.dirname, '../../../shared/fixtures'),
);

export const fixturesPresent = existsSync(CONFORMANCE_FIXTURES);

export function fixturePath(...parts: string[]): string {
  return path.join(CONFORMANCE_FIXTURES, ...parts);
}
