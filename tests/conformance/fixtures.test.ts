import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/conformance-fixtures.js';

describe('conformance fixtures', () => {
  it("hold Meta's webhook and send-message examples", () => {
    expect(readdirSync(fixturePath('whatsapp/meta-openapi/webhook-examples')).length).toBeGreaterThanOrEqual(
      16,
    );
    expect(
      readdirSync(fixturePath('whatsapp/meta-openapi/send-message-examples')).length,
    ).toBeGreaterThanOrEqual(50);
  });
});
