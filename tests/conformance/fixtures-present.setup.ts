import { CONFORMANCE_FIXTURES, fixturesPresent } from '../support/conformance-fixtures.js';

/** The conformance suite is worthless without the fixtures: say so and fail, unless told it is optional. */
export default function checkFixtures(): void {
  if (fixturesPresent) return;
  const message = `conformance fixtures not found at ${CONFORMANCE_FIXTURES} (set CONFORMANCE_FIXTURES)`;
  if (process.env.CONFORMANCE_OPTIONAL === '1') {
    console.warn(`${message}; CONFORMANCE_OPTIONAL=1, so the conformance suite is skipped`);
    process.exit(0);
  }
  throw new Error(message);
}
