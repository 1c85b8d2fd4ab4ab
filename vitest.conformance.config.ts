import { defineConfig } from 'vitest/config';

/** The conformance suite: our code against payloads and schemas written by Meta and Microsoft. */
export default defineConfig({
  test: {
    include: ['tests/conformance/**/*.test.ts'],
    globalSetup: ['tests/conformance/fixtures-present.setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
