import { createHash, createHmac } from 'node:crypto';

/** The headers of an ACS request signed with the resource's access key (HMAC-SHA256 scheme). */
export interface AcsSignedHeaders {
  readonly 'x-ms-date': string;
  readonly 'x-ms-content-sha256': string;
  readonly authorization: string;
}

/** Base64 SHA-256 of the body, as ACS expects it in `x-ms-content-sha256`. */
export function contentHash(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('base64');
}

/** `VERB\npath?query\ndate;host;contentHash`: what ACS's HMAC covers. */
export function stringToSign(method: string, url: URL, date: string, hash: string): string {
  return `${method.toUpperCase()}\n${url.pathname}${url.search}\n${date};${url.host};${hash}`;
}

/** Base64 HMAC-SHA256 of the string to sign, keyed by the decoded (base64) access key. */
export function acsSignature(accessKey: string, toSign: string): string {
  return createHmac('sha256', Buffer.from(accessKey, 'base64')).update(toSign, 'utf8').digest('base64');
}

/** Signs one request: the date, the body's hash and the Authorization header naming the signed headers. */
export function signAcsRequest(
  accessKey: string,
  request: { readonly method: string; readonly url: URL; readonly body: string; readonly date: Date },
): AcsSignedHeaders {
  const date = request.date.toUTCString();
  const hash = contentHash(request.body);
  const signature = acsSignature(accessKey, stringToSign(request.method, request.url, date, hash));
  return {
    'x-ms-date': date,
    'x-ms-content-sha256': hash,
    authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
  };
}

/** A stable UUID (version 5 layout) for a correlation id: the same id always yields the same UUID. */
export function repeatabilityIdFor(correlationId: string): string {
  const bytes = createHash('sha256').update(`multiline-sms:${correlationId}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
