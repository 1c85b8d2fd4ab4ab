import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentHash,
  repeatabilityIdFor,
  signAcsRequest,
  stringToSign,
} from '../../../shared/adapters/sms-acs/acs-signing.js';

// Known-answer test: the expected values are computed here, independently, from ACS's documented scheme.
const KEY = Buffer.from('a test access key of thirty-two!').toString('base64');
const DATE = new Date('2026-11-21T10:00:00Z');
const URL_ = new URL('https://contoso.communication.azure.com/sms?api-version=2021-03-07');
const BODY = '{"from":"+18005550199","smsRecipients":[{"to":"+14155550123"}],"message":"Hi"}';

describe('ACS HMAC-SHA256 request signing', () => {
  const expectedHash = createHash('sha256').update(BODY, 'utf8').digest('base64');
  const expectedDate = 'Sat, 21 Nov 2026 10:00:00 GMT';
  const expectedToSign =
    'POST\n/sms?api-version=2021-03-07\n' + `${expectedDate};contoso.communication.azure.com;${expectedHash}`;
  const expectedSignature = createHmac('sha256', Buffer.from(KEY, 'base64'))
    .update(expectedToSign, 'utf8')
    .digest('base64');

  it('hashes the body and builds the string to sign', () => {
    expect(contentHash(BODY)).toBe(expectedHash);
    expect(stringToSign('post', URL_, expectedDate, expectedHash)).toBe(expectedToSign);
  });

  it('answers the three headers ACS checks', () => {
    expect(signAcsRequest(KEY, { method: 'POST', url: URL_, body: BODY, date: DATE })).toEqual({
      'x-ms-date': expectedDate,
      'x-ms-content-sha256': expectedHash,
      authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${expectedSignature}`,
    });
  });

  it('a fixed vector: empty body, a port in the host', () => {
    const url = new URL('http://127.0.0.1:3979/sms?api-version=2021-03-07');
    const headers = signAcsRequest(KEY, { method: 'POST', url, body: '', date: DATE });
    expect(headers['x-ms-content-sha256']).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    const toSign = `POST\n/sms?api-version=2021-03-07\n${expectedDate};127.0.0.1:3979;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=`;
    const signature = createHmac('sha256', Buffer.from(KEY, 'base64')).update(toSign).digest('base64');
    expect(headers.authorization).toContain(`&Signature=${signature}`);
  });
});

describe('repeatability id', () => {
  it('is a stable UUID per correlation id', () => {
    const id = repeatabilityIdFor('0b6c1f7e-message');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(repeatabilityIdFor('0b6c1f7e-message')).toBe(id);
    expect(repeatabilityIdFor('another')).not.toBe(id);
  });
});
