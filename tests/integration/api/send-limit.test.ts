import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerApiRoutes } from '../../../bot/http/api/register-api-routes.js';
import { createHttpServer, type HttpServer } from '../../../bot/http/server.js';
import { ConnectorClient } from '../../../shared/client/connector-client.js';
import type { SendMessageRequest } from '../../../shared/contract/messages.js';
import {
  ADAM,
  ALICE,
  ApiHarness,
  BOB,
  CAROL,
  CORA,
  failure,
  fakeBearerAuthenticate,
  newContact,
  TENANT_A,
} from './api-harness.js';

// 3 sends at once, then one every 2 s: short enough to watch the allowance come back.
const SEND_LIMIT = { limit: 3, windowMs: 6_000 };

let api: ApiHarness;
/** A second instance of the API on the same database, as another server behind the load balancer. */
let other: HttpServer;
let otherUrl: string;

beforeAll(async () => {
  api = await ApiHarness.start({ sendLimit: SEND_LIMIT });
  other = createHttpServer({
    logger: pino({ level: 'silent' }),
    readiness: { check: async () => ({ ready: true }) },
  });
  registerApiRoutes(other.restify, {
    authenticate: fakeBearerAuthenticate,
    connector: () => ({ engine: api.h.engine, mediaStore: api.h.mediaStore }),
    database: () => api.h.database,
    logger: pino({ level: 'silent' }),
    clock: api.h.clock,
    sendLimit: SEND_LIMIT,
  });
  otherUrl = await other.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await other?.close();
  await api?.stop();
});

/** A thread of this user whose contact opted in, so texts go straight out. */
async function openThread(userId: string): Promise<string> {
  const client = api.as(TENANT_A, userId);
  const contact = await newContact(client);
  return api.consentedThread(client, { ...contact, phoneE164: contact.phoneE164! });
}

const text = (body: string, clientMessageId: string = randomUUID()): SendMessageRequest => ({
  clientMessageId,
  content: { type: 'text', body },
});

/** The raw answer to a send, for its status and headers. */
function postSend(userId: string, threadId: string, request: SendMessageRequest, locale?: string) {
  return api.fetchAs(TENANT_A, userId, `/api/v1/threads/${threadId}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
    ...(locale ? { locale } : {}),
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('per-user send limit', () => {
  it('answers 429 rate_limited past the limit, with Retry-After and a localized message, then lets sends through again', async () => {
    const threadId = await openThread(ALICE);
    const alice = api.as(TENANT_A, ALICE);
    for (const body of ['one', 'two', 'three']) await alice.sendMessage(threadId, text(body));

    const refused = await postSend(ALICE, threadId, text('four'), 'fr');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(SEND_LIMIT.windowMs / 1000);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain(String(retryAfter));
    expect(body.error.message).toMatch(/réessayer/);

    // The refused message was not recorded.
    const page = await alice.listMessages(threadId, { limit: 200 });
    expect(
      page.messages.filter((m) => m.direction === 'outbound' && m.kind === 'text').map((m) => m.body),
    ).toEqual(['one', 'two', 'three']);

    await sleep(retryAfter * 1000 + 100);
    const later = await alice.sendMessage(threadId, text('four, later'));
    expect(later.replayed).toBe(false);
  });

  it('never refuses nor counts a replay of an accepted send', async () => {
    const threadId = await openThread(BOB);
    const bob = api.as(TENANT_A, BOB);
    const first = text('first');
    await bob.sendMessage(threadId, first);
    for (let i = 0; i < 3; i++) expect((await bob.sendMessage(threadId, first)).replayed).toBe(true);
    // Replays took nothing: two more new sends fit in the limit of 3.
    await bob.sendMessage(threadId, text('second'));
    const third = text('third');
    await bob.sendMessage(threadId, third);
    await failure(bob.sendMessage(threadId, text('fourth')), 429, 'rate_limited');
    // At the limit, a replay is still answered with the message already accepted.
    const replay = await postSend(BOB, threadId, third);
    expect(replay.status).toBe(200);
    expect(((await replay.json()) as { replayed: boolean }).replayed).toBe(true);
  });

  it('counts only accepted sends: a refused message gives its place back', async () => {
    const threadId = await openThread(CAROL);
    const carol = api.as(TENANT_A, CAROL);
    for (let i = 0; i < 4; i++) await failure(carol.sendMessage(threadId, text('   ')), 400, 'message_empty');
    for (const body of ['a', 'b', 'c']) await carol.sendMessage(threadId, text(body));
    await failure(carol.sendMessage(threadId, text('d')), 429, 'rate_limited');
  });

  it('holds across instances and under concurrency: exactly the limit gets through, for this user only', async () => {
    const threadId = await openThread(ADAM);
    const onOther = new ConnectorClient({ baseUrl: otherUrl, token: () => `test:${TENANT_A}:${ADAM}:Admin` });
    const here = api.as(TENANT_A, ADAM, { roles: ['Admin'] });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? onOther : here).sendMessage(threadId, text(`burst ${i}`))),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(SEND_LIMIT.limit);
    const refusals = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refusals.map((r) => (r.reason as { code?: string }).code)).toEqual(
      Array(8 - SEND_LIMIT.limit).fill('rate_limited'),
    );

    // Another user of the tenant is not slowed down by Adam's burst.
    const coraThread = await openThread(CORA);
    await api.as(TENANT_A, CORA, { roles: ['Compliance'] }).sendMessage(coraThread, text('unaffected'));
  });
});
