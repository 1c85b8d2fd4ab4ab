import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  GraphWhatsAppGateway,
  type GraphWhatsAppGatewayOptions,
} from '../../../../shared/adapters/whatsapp-cloud/graph/graph-whatsapp-gateway.js';
import {
  INVALID_REQUEST_CODE,
  retryAfterMs,
  TRANSPORT_ERROR_CODE,
} from '../../../../shared/adapters/whatsapp-cloud/graph/graph-errors.js';
import {
  WhatsAppSendError,
  type OutboundContent,
  type OutboundRequest,
} from '../../../../shared/ports/whatsapp-gateway.js';
import { graphError, sent } from './fake-graph-server.js';
import { TEST_TOKEN, useFakeGraph } from './use-fake-graph.js';

const PHONE_NUMBER_ID = '106540352242922';
const TO = '4915112345678';

const kit = useFakeGraph();
const { sleeps, logs } = kit;

function gateway(options: Partial<GraphWhatsAppGatewayOptions> = {}): GraphWhatsAppGateway {
  return new GraphWhatsAppGateway({ ...kit.clientOptions(), ...options });
}

function request(content: OutboundContent, correlationId = 'msg-0001'): OutboundRequest {
  return { phoneNumberId: PHONE_NUMBER_ID, to: TO, content, correlationId };
}

const base = {
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to: TO,
  biz_opaque_callback_data: 'msg-0001',
};

async function sendError(promise: Promise<unknown>): Promise<WhatsAppSendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WhatsAppSendError);
  return error as WhatsAppSendError;
}

describe('GraphWhatsAppGateway: requests', () => {
  it('POSTs a text to {base}/{version}/{phone-number-id}/messages with the Bearer token and answers the wamid', async () => {
    kit.graph.reply(sent('wamid.HBgL1'));
    const answer = await gateway().send(request({ type: 'text', body: 'Hello' }));
    expect(answer).toEqual({ wamid: 'wamid.HBgL1' });
    const req = kit.graph.lastRequest();
    expect(req.method).toBe('POST');
    expect(req.path).toBe(`/v23.0/${PHONE_NUMBER_ID}/messages`);
    expect(req.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.body).toEqual({ ...base, type: 'text', text: { body: 'Hello', preview_url: false } });
  });

  it('uses the configured API version and a token per phone number', async () => {
    kit.graph.reply(sent('wamid.2'));
    await gateway({ apiVersion: 'v24.0', accessToken: async (id) => `token-of-${id}` }).send(
      request({ type: 'text', body: 'Hi' }),
    );
    expect(kit.graph.lastRequest().path).toBe(`/v24.0/${PHONE_NUMBER_ID}/messages`);
    expect(kit.graph.lastRequest().headers.authorization).toBe(`Bearer token-of-${PHONE_NUMBER_ID}`);
  });

  it('quotes the message replied to', async () => {
    kit.graph.reply(sent('wamid.3'));
    await gateway().send(request({ type: 'text', body: 'Yes', replyToWamid: 'wamid.IN1' }));
    expect(kit.graph.lastRequest().body).toEqual({
      ...base,
      type: 'text',
      text: { body: 'Yes', preview_url: false },
      context: { message_id: 'wamid.IN1' },
    });
  });

  it('sends an uploaded image with its caption', async () => {
    kit.graph.reply(sent('wamid.4'));
    await gateway().send(request({ type: 'image', mediaId: '1479537139650973', caption: 'The invoice' }));
    expect(kit.graph.lastRequest().body).toEqual({
      ...base,
      type: 'image',
      image: { id: '1479537139650973', caption: 'The invoice' },
    });
  });

  it('sends a template with body parameters and quick-reply payloads', async () => {
    kit.graph.reply(sent('wamid.5'));
    await gateway().send(
      request({
        type: 'template',
        name: 'opt_in_request',
        language: 'de',
        bodyParams: ['Anna', 'ACME'],
        quickReplyPayloads: ['OPT_IN_YES', 'OPT_IN_NO'],
      }),
    );
    expect(kit.graph.lastRequest().body).toEqual({
      ...base,
      type: 'template',
      template: {
        name: 'opt_in_request',
        language: { policy: 'deterministic', code: 'de' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Anna' },
              { type: 'text', text: 'ACME' },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [{ type: 'payload', payload: 'OPT_IN_YES' }],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'OPT_IN_NO' }],
          },
        ],
      },
    });
  });

  it('sends a template without parameters with no components', async () => {
    kit.graph.reply(sent('wamid.6'));
    await gateway().send(
      request({ type: 'template', name: 'hello_world', language: 'en_US', bodyParams: [] }),
    );
    expect(kit.graph.lastRequest().body).toEqual({
      ...base,
      type: 'template',
      template: { name: 'hello_world', language: { policy: 'deterministic', code: 'en_US' } },
    });
  });

  it('sends interactive reply buttons', async () => {
    kit.graph.reply(sent('wamid.7'));
    await gateway().send(
      request({
        type: 'buttons',
        body: 'Did this solve it?',
        buttons: [
          { id: 'SOLVED', title: 'Yes' },
          { id: 'NOT_SOLVED', title: 'No' },
        ],
      }),
    );
    expect(kit.graph.lastRequest().body).toEqual({
      ...base,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Did this solve it?' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'SOLVED', title: 'Yes' } },
            { type: 'reply', reply: { id: 'NOT_SOLVED', title: 'No' } },
          ],
        },
      },
    });
  });

  it('refuses, without calling Graph, what WhatsApp would refuse', async () => {
    const gw = gateway();
    await expect(gw.send(request({ type: 'text', body: 'x' }, 'c'.repeat(513)))).rejects.toThrow(
      /biz_opaque_callback_data/,
    );
    const button = (i: number) => ({ id: `B${i}`, title: `Option ${i}` });
    await expect(
      gw.send(request({ type: 'buttons', body: 'Pick', buttons: [1, 2, 3, 4].map(button) })),
    ).rejects.toThrow(/1 to 3 buttons/);
    await expect(
      gw.send(request({ type: 'buttons', body: 'Pick', buttons: [{ id: 'A', title: 'x'.repeat(21) }] })),
    ).rejects.toThrow(/title/);
    await expect(
      gw.send(request({ type: 'buttons', body: 'Pick', buttons: [{ id: 'i'.repeat(257), title: 'A' }] })),
    ).rejects.toThrow(/id/);
    const refusal = await sendError(gw.send(request({ type: 'buttons', body: 'Pick', buttons: [] })));
    expect(refusal).toMatchObject({ code: INVALID_REQUEST_CODE, retryable: false });
    expect(kit.graph.requests).toEqual([]);
  });

  it('marks an inbound message read', async () => {
    kit.graph.reply({ status: 200, body: { success: true } });
    await gateway().markRead(PHONE_NUMBER_ID, 'wamid.IN2');
    const req = kit.graph.lastRequest();
    expect(req.path).toBe(`/v23.0/${PHONE_NUMBER_ID}/messages`);
    expect(req.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(req.body).toEqual({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN2' });
  });

  it('throws a clear error when a 200 carries no wamid', async () => {
    kit.graph.reply({ status: 200, body: { messaging_product: 'whatsapp', messages: [] } });
    await expect(gateway().send(request({ type: 'text', body: 'Hi' }))).rejects.toThrow(/messages\[0\]\.id/);
  });
});

describe('GraphWhatsAppGateway: errors', () => {
  it.each([
    [131026, 'Message undeliverable', /undeliverable/],
    [131047, 'Re-engagement message', /24 hours/],
    [132000, 'Number of parameters does not match the expected number of params', /parameter count/],
    [132001, 'Template name does not exist in the translation', /does not exist/],
    [131053, 'Media upload error', /media upload/],
  ])('a 400 with Graph error %i is final', async (code, message, title) => {
    kit.graph.reply(graphError(400, code, message));
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code, retryable: false, retryAfterMs: undefined });
    expect(error.title).toMatch(title);
    expect(kit.graph.requests).toHaveLength(1);
  });

  it.each([190, 0])('auth error %i is final and says the connection needs an admin', async (code) => {
    kit.graph.reply(graphError(401, code, 'Error validating access token: Session has expired'));
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code, retryable: false });
    expect(error.title).toMatch(/needs an admin/);
  });

  it('any other 4xx is final, titled with Graph details', async () => {
    kit.graph.reply(
      graphError(400, 100, '(#100) Invalid parameter', { details: 'Param text must be a string' }),
    );
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: 100, title: 'Param text must be a string', retryable: false });
  });

  it('429 with Retry-After is retryable after that many seconds, without an immediate retry', async () => {
    kit.graph.reply(graphError(429, 130429, 'Rate limit hit', { headers: { 'retry-after': '7' } }));
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: 130429, retryable: true, retryAfterMs: 7000 });
    expect(kit.graph.requests).toHaveLength(1);
  });

  it('a bare 429 is retryable', async () => {
    kit.graph.reply({ status: 429 });
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: 429, retryable: true });
  });

  it('131056 (pair rate limit) without Retry-After waits about 6 s', async () => {
    kit.graph.reply(graphError(400, 131056, '(Business Account, Consumer Account) pair rate limit hit'));
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: 131056, retryable: true, retryAfterMs: 6000 });
    expect(kit.graph.requests).toHaveLength(1);
  });

  it('131057 (account in maintenance) is retryable later', async () => {
    kit.graph.reply(graphError(400, 131057, 'Account in maintenance mode'));
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: 131057, retryable: true, retryAfterMs: 60_000 });
  });

  it('a 5xx is retried at once with backoff, and the success counts', async () => {
    kit.graph.reply({ status: 503 }, graphError(500, 1, 'An unknown error occurred'), sent('wamid.R'));
    const answer = await gateway().send(request({ type: 'text', body: 'Hi' }));
    expect(answer).toEqual({ wamid: 'wamid.R' });
    expect(kit.graph.requests).toHaveLength(3);
    expect(kit.graph.requests.map((r) => r.body)).toEqual(Array(3).fill(kit.graph.requests[0]!.body));
    expect(sleeps).toEqual([250, 1000]);
  });

  it('a 5xx with Retry-After goes back to the job with that wait, without an immediate retry', async () => {
    kit.graph.reply({ status: 503, headers: { 'retry-after': '30' } });
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: 503, retryable: true, retryAfterMs: 30_000 });
    expect(kit.graph.requests).toHaveLength(1);
  });

  it('5xx until the immediate retries run out: a retryable error for the job', async () => {
    kit.graph.reply({ status: 502 }, { status: 502 }, { status: 502 });
    const error = await sendError(gateway().send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: 502, retryable: true });
    expect(kit.graph.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('a timeout is a retryable error, not retried at once (the message may have gone)', async () => {
    kit.graph.reply({ ...sent('wamid.late'), delayMs: 2000 });
    const error = await sendError(gateway({ timeoutMs: 100 }).send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: TRANSPORT_ERROR_CODE, retryable: true });
    expect(error.title).toMatch(/in time/);
    expect(kit.graph.requests).toHaveLength(1);
  });

  it('connection refused is retried, then a retryable error', async () => {
    const port = await freePort();
    const gw = gateway({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await sendError(gw.send(request({ type: 'text', body: 'Hi' })));
    expect(error).toMatchObject({ code: TRANSPORT_ERROR_CODE, retryable: true });
    expect(error.title).toMatch(/ECONNREFUSED/);
    expect(sleeps).toHaveLength(2);
  });

  it('mark read fails like a send', async () => {
    kit.graph.reply(graphError(401, 190, 'Error validating access token'));
    const error = await sendError(gateway().markRead(PHONE_NUMBER_ID, 'wamid.IN3'));
    expect(error).toMatchObject({ code: 190, retryable: false });
  });

  it('never logs the token or the message body', async () => {
    kit.graph.reply({ status: 500 }, graphError(400, 131047, 'Re-engagement message'));
    await sendError(gateway().send(request({ type: 'text', body: 'very private words' })));
    expect(logs.length).toBeGreaterThan(0);
    const logged = JSON.stringify(logs);
    expect(logged).not.toContain(TEST_TOKEN);
    expect(logged).not.toContain('very private words');
  });
});

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates, and ignores the unreadable', () => {
    const now = Date.parse('2026-11-21T12:00:00Z');
    expect(retryAfterMs('12', now)).toBe(12_000);
    expect(retryAfterMs('Sat, 21 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Sat, 21 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

/** A port nobody listens on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
