import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../shared/adapters/whatsapp-cloud/webhook/verify-signature.js';
import { fixturePath } from '../support/conformance-fixtures.js';

interface SignatureVector {
  app_secret: string;
  body_unescaped: string;
  body_as_sent_escaped: string;
  x_hub_signature_256: string;
  hmac_of_unescaped_utf8_for_contrast: string;
}

const vector = JSON.parse(
  readFileSync(fixturePath('whatsapp/signature-vector.json'), 'utf8'),
) as SignatureVector;
// The body exactly as Meta sends it: ASCII only, with \uXXXX escapes left as six literal characters.
const rawBody = Buffer.from(vector.body_as_sent_escaped, 'utf8');

describe('X-Hub-Signature-256 known-answer vector', () => {
  it('the raw body is the escaped, ASCII-only text', () => {
    expect(rawBody.every((byte) => byte < 0x80)).toBe(true);
    expect(vector.body_as_sent_escaped).toContain('\\u307f');
  });

  it('verifies over the raw bytes as sent', () => {
    expect(verifyWebhookSignature(rawBody, vector.x_hub_signature_256, vector.app_secret)).toBe(true);
  });

  it('does not verify over the unescaped text (what re-serializing would sign)', () => {
    const unescaped = Buffer.from(vector.body_unescaped, 'utf8');
    expect(verifyWebhookSignature(unescaped, vector.x_hub_signature_256, vector.app_secret)).toBe(false);
    expect(
      verifyWebhookSignature(unescaped, vector.hmac_of_unescaped_utf8_for_contrast, vector.app_secret),
    ).toBe(true);
  });

  it('fails when any single byte of the body changes', () => {
    for (let i = 0; i < rawBody.length; i++) {
      const changed = Buffer.from(rawBody);
      changed[i] = changed[i]! ^ 0x01;
      expect(verifyWebhookSignature(changed, vector.x_hub_signature_256, vector.app_secret)).toBe(false);
    }
  });

  it('fails with another secret or a changed signature digit', () => {
    expect(verifyWebhookSignature(rawBody, vector.x_hub_signature_256, `${vector.app_secret}x`)).toBe(false);
    const last = vector.x_hub_signature_256.at(-1) === '0' ? '1' : '0';
    const changed = `${vector.x_hub_signature_256.slice(0, -1)}${last}`;
    expect(verifyWebhookSignature(rawBody, changed, vector.app_secret)).toBe(false);
  });
});
