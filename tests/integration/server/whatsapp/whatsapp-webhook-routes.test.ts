import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  registerWhatsAppWebhookRoutes,
  WHATSAPP_WEBHOOK_PATH,
} from '../../../../bot/http/whatsapp/whatsapp-webhook-routes.js';
import { createHttpServer, type HttpServer } from '../../../../bot/http/server.js';
import type { ParsedWebhook } from '../../../../shared/adapters/whatsapp-cloud/webhook/parse-webhook.js';
import { inboundTextWebhook, statusWebhook } from '../../../builders/webhook-builder.js';
import { metaJson, postSignedWebhook, signatureOf } from '../../../support/signed-webhook.js';

// The webhook route over real HTTP, with the store behind `ingest` recorded: what Meta sees.

const APP_SECRET = 'test-app-secret';
const VERIFY_TOKEN = 'test-verify-token';
const NUMBER = { phoneNumberId: '555000111' };
const AT = new Date('2026-11-21T10:00:00Z');

let http: HttpServer;
let url: string;
let ingested: ParsedWebhook[];
let ingestFails: boolean;

beforeAll(async () => {
  http = createHttpServer({
    logger: pino({ level: 'silent' }),
    readiness: { check: async () => ({ ready: true }) },
  });
  registerWhatsAppWebhookRoutes(http.restify, {
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    logger: pino({ level: 'silent' }),
    bodyLimit: 64 * 1024,
    ingest: async (webhook) => {
      if (ingestFails) throw new Error('database down');
      ingested.push(webhook);
    },
  });
  url = `${await http.listen(0, '127.0.0.1')}${WHATSAPP_WEBHOOK_PATH}`;
});

afterAll(() => http.close());

beforeEach(() => {
  ingested = [];
  ingestFails = false;
});

describe('GET: the subscription handshake', () => {
  const verify = (query: Record<string, string>) => fetch(`${url}?${new URLSearchParams(query).toString()}`);

  it('echoes the challenge as plain text when the verify token matches', async () => {
    const res = await verify({
      'hub.mode': 'subscribe',
      'hub.verify_token': VERIFY_TOKEN,
      'hub.challenge': '1158201444',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }],
    ['another mode', { 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' }],
    ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN }],
    ['nothing', {}],
  ])('answers 403 for %s', async (_case, query) => {
    const res = await verify(query);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'verification_failed', message: expect.any(String) as string },
    });
  });
});

describe('POST: signed event batches', () => {
  const inbound = inboundTextWebhook(NUMBER, {
    from: '447700900123',
    wamid: 'wamid.A',
    body: 'Grüße 👋 みどり',
    at: AT,
  });

  it('accepts a correctly signed body and hands its events over before answering 200', async () => {
    const res = await postSignedWebhook(url, inbound, APP_SECRET);
    expect(res).toEqual({ status: 200, body: { status: 'accepted' } });
    expect(ingested).toHaveLength(1);
    expect(ingested[0]?.inbound[0]).toMatchObject({
      wamid: 'wamid.A',
      content: { type: 'text', body: 'Grüße 👋 みどり' },
    });
  });

  it('verifies over the raw bytes: the same JSON re-serialized without escapes does not match', async () => {
    const unescaped = JSON.stringify(inbound);
    const res = await postSignedWebhook(url, inbound, APP_SECRET, {
      raw: metaJson(inbound),
      signature: signatureOf(unescaped, APP_SECRET),
    });
    expect(res.status).toBe(401);
  });

  it.each([
    ['missing', null],
    ['wrong', signatureOf('something else', APP_SECRET)],
    ['signed with another secret', signatureOf(metaJson(inbound), 'other-secret')],
    ['malformed', 'sha256=xyz'],
    ['sha1', 'sha1=0123456789abcdef0123456789abcdef01234567'],
  ])('answers 401 and stores nothing when the signature is %s', async (_case, signature) => {
    const res = await postSignedWebhook(url, inbound, APP_SECRET, { signature });
    expect(res).toEqual({
      status: 401,
      body: { error: { code: 'invalid_signature', message: expect.any(String) as string } },
    });
    expect(ingested).toEqual([]);
  });

  it('answers 400 for a signed body that is not JSON', async () => {
    const res = await postSignedWebhook(url, undefined, APP_SECRET, { raw: '{"object": "whatsapp_busi' });
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'malformed_json' } } });
  });

  it('answers 400 for signed JSON that is not a WhatsApp envelope', async () => {
    const res = await postSignedWebhook(url, { hello: 'world' }, APP_SECRET);
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_webhook' } } });
    expect(ingested).toEqual([]);
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const big = { object: 'whatsapp_business_account', entry: [], padding: 'x'.repeat(70 * 1024) };
    expect((await postSignedWebhook(url, big, APP_SECRET)).status).toBe(413);
    const chunked = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureOf('x', APP_SECRET) },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 70; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(ingested).toEqual([]);
  });

  it('answers 503 when the events could not be stored, so Meta delivers them again', async () => {
    ingestFails = true;
    const res = await postSignedWebhook(
      url,
      statusWebhook(NUMBER, { wamid: 'wamid.B', status: 'read', recipient: '447700900123', at: AT }),
      APP_SECRET,
    );
    expect(res).toMatchObject({ status: 503, body: { error: { code: 'not_stored' } } });
  });

  it('acknowledges fields it does not handle instead of making Meta retry', async () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'account_update', value: {} }] }],
    };
    const res = await postSignedWebhook(url, body, APP_SECRET);
    expect(res.status).toBe(200);
    expect(ingested[0]?.ignored).toEqual([{ field: 'account_update', reason: expect.any(String) as string }]);
  });
});
