import { createHmac } from 'node:crypto';

/** JSON as Meta sends it: every non-ASCII character escaped as \uXXXX (the signature covers these bytes). */
export function metaJson(body: unknown): string {
  return JSON.stringify(body).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function signatureOf(raw: string | Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
}

/** POSTs a body to a webhook URL the way Meta does: raw bytes, signed with the app secret. */
export async function postSignedWebhook(
  url: string,
  body: unknown,
  appSecret: string,
  init: { signature?: string | null; raw?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const raw = init.raw ?? metaJson(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const signature = init.signature === undefined ? signatureOf(raw, appSecret) : init.signature;
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  const res = await fetch(url, { method: 'POST', headers, body: raw });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
