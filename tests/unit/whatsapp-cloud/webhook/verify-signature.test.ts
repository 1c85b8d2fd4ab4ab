import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../../../shared/adapters/whatsapp-cloud/webhook/verify-signature.js';

const secret = 'test-app-secret';
const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');

function sign(raw: Buffer, key = secret): string {
  return `sha256=${createHmac('sha256', key).update(raw).digest('hex')}`;
}

describe('verifyWebhookSignature', () => {
  it('accepts the HMAC-SHA256 of the raw body', () => {
    expect(verifyWebhookSignature(body, sign(body), secret)).toBe(true);
  });

  it('accepts upper-case hex', () => {
    const hex = sign(body).slice('sha256='.length);
    expect(verifyWebhookSignature(body, `sha256=${hex.toUpperCase()}`, secret)).toBe(true);
  });

  it('rejects a tampered body', () => {
    const tampered = Buffer.from(body);
    tampered[tampered.length - 2] = 0x20;
    expect(verifyWebhookSignature(tampered, sign(body), secret)).toBe(false);
  });

  it('rejects a signature made with another secret', () => {
    expect(verifyWebhookSignature(body, sign(body, 'other-secret'), secret)).toBe(false);
  });

  it('rejects a missing or empty header', () => {
    expect(verifyWebhookSignature(body, undefined, secret)).toBe(false);
    expect(verifyWebhookSignature(body, '', secret)).toBe(false);
  });

  it('rejects malformed headers without throwing', () => {
    const hex = sign(body).slice('sha256='.length);
    for (const header of [
      hex,
      `sha1=${hex}`,
      `SHA256=${hex}`,
      `sha256:${hex}`,
      `sha256=${'z'.repeat(64)}`,
      'sha256=',
    ]) {
      expect(verifyWebhookSignature(body, header, secret)).toBe(false);
    }
  });

  it('rejects a digest of the wrong length', () => {
    const hex = sign(body).slice('sha256='.length);
    expect(verifyWebhookSignature(body, `sha256=${hex.slice(0, 62)}`, secret)).toBe(false);
    expect(verifyWebhookSignature(body, `sha256=${hex}00`, secret)).toBe(false);
    expect(verifyWebhookSignature(body, `sha256=${hex.slice(0, 63)}`, secret)).toBe(false);
  });

  it('never accepts anything when the app secret is empty', () => {
    expect(verifyWebhookSignature(body, sign(body, ''), '')).toBe(false);
  });
});
