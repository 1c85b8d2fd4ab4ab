import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../../shared/adapters/store/schema.js';
import type { LiveEventData } from '../../../shared/contract/events.js';
import { EventCollector } from '../../support/event-collector.js';
import { waitFor } from '../../support/wait-for.js';
import {
  ALICE,
  ApiHarness,
  BETTY,
  BOB,
  CAROL,
  CORA,
  newContact,
  PHONE_A,
  TENANT_A,
  TENANT_B,
} from './api-harness.js';

const HEARTBEAT_MS = 150;

let api: ApiHarness;
const open: EventCollector[] = [];
beforeAll(async () => {
  api = await ApiHarness.start({ events: { heartbeatMs: HEARTBEAT_MS, pollIntervalMs: 200, retryMs: 50 } });
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await api?.stop();
});

const as = (userId: string, tenantId = TENANT_A, roles?: string[]) =>
  api.as(tenantId, userId, roles ? { roles } : {});

/** A stream of the user, connected before the test goes on. */
async function streamOf(
  userId: string,
  options: { tenantId?: string; roles?: string[]; lastEventId?: string } = {},
): Promise<EventCollector> {
  const collector = new EventCollector(as(userId, options.tenantId, options.roles), {
    ...(options.lastEventId ? { lastEventId: options.lastEventId } : {}),
  });
  open.push(collector);
  return collector.connected();
}

async function consentedThread(): Promise<string> {
  const contact = await newContact(as(ALICE));
  return api.consentedThread(as(ALICE), { ...contact, phoneE164: contact.phoneE164! });
}

async function sendText(threadId: string, body = 'Hello'): Promise<string> {
  const sent = await as(ALICE).sendMessage(threadId, {
    clientMessageId: randomUUID(),
    content: { type: 'text', body },
  });
  return sent.message.id;
}

/** The tenant's events after `afterId` that the user may see, from the database itself. */
async function loggedFor(userId: string, afterId: number): Promise<number[]> {
  const rows = await api.h.database.db
    .select({ id: events.id, audience: events.audience })
    .from(events)
    .where(and(eq(events.tenantId, TENANT_A), gt(events.id, afterId)))
    .orderBy(asc(events.id));
  return rows.filter((r) => r.audience.includes(userId)).map((r) => r.id);
}

const forMessage = (messageId: string, type: LiveEventData['type'], status?: string) => (e: LiveEventData) =>
  e.type === type && 'messageId' in e && e.messageId === messageId && (!status || e.status === status);

describe('GET /api/v1/events', () => {
  it('answers 401 without a token, and 400 for a malformed Last-Event-ID', async () => {
    const anonymous = await fetch(new URL('/api/v1/events', api.url), {
      headers: { 'Accept-Language': 'fr' },
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });

    const malformed = await api.fetchAs(TENANT_A, ALICE, '/api/v1/events', {
      headers: { 'Last-Event-ID': 'yesterday' },
    });
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain('Last-Event-ID');
    const badQuery = await api.fetchAs(TENANT_A, ALICE, '/api/v1/events?lastEventId=-1');
    expect(badQuery.status).toBe(400);
  });

  it('gives a participant the new message and each status change of their thread', async () => {
    const threadId = await consentedThread();
    const alice = await streamOf(ALICE);
    const messageId = await sendText(threadId, 'Live hello');
    const created = await alice.next(forMessage(messageId, 'message.created'));
    expect(created).toMatchObject({ threadId, direction: 'outbound', status: 'sending' });

    await api.h.runDueJobs();
    await alice.next(forMessage(messageId, 'message.status', 'sent'));
    const wamid = api.h.whatsapp.lastSent().wamid;
    await api.h.engine.handleStatusUpdate.execute({
      phoneNumberId: PHONE_A,
      wamid,
      status: 'delivered',
      timestamp: api.h.clock.now(),
      correlationId: null,
      error: null,
    });
    await alice.next(forMessage(messageId, 'message.status', 'delivered'));

    // The contact answers: an inbound message.
    const waId = (await as(ALICE).getThread(threadId)).contact.phoneE164!.slice(1);
    await api.contactSends(waId, { type: 'text', body: 'Thanks' });
    await alice.next(
      (e) => e.type === 'message.created' && e.threadId === threadId && e.direction === 'inbound',
    );

    // The thread's events came in id order, each once.
    const ids = alice.events.filter((e) => e.threadId === threadId).map((e) => e.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives nothing to users outside the thread: a colleague, a compliance reviewer, another tenant', async () => {
    const threadId = await consentedThread();
    const bob = await streamOf(BOB);
    const cora = await streamOf(CORA, { roles: ['Compliance'] });
    const betty = await streamOf(BETTY, { tenantId: TENANT_B });
    // Tenant B has a user with Alice's id: an id alone grants nothing across tenants.
    const otherAlice = await streamOf(ALICE, { tenantId: TENANT_B });
    const alice = await streamOf(ALICE);

    const messageId = await sendText(threadId);
    await api.h.runDueJobs();
    await alice.next(forMessage(messageId, 'message.status', 'sent'));
    // Past a poll of the hub, so nothing is still on its way.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const outsider of [bob, cora, betty, otherAlice]) expect(outsider.events).toEqual([]);
    expect(bob.heartbeats).toBeGreaterThan(0);
  });

  it('tells people added and removed, and shows the notice as a system message', async () => {
    const threadId = await consentedThread();
    const bob = await streamOf(BOB);
    const alice = await streamOf(ALICE);
    await as(ALICE).addParticipant(threadId, BOB);
    const joined = await bob.next((e) => e.type === 'thread.participants' && e.threadId === threadId);
    expect(joined).toMatchObject({ joins: [BOB], leaves: [] });
    await alice.next(
      (e) => e.type === 'message.created' && e.threadId === threadId && e.direction === 'system',
    );

    await as(ALICE).removeParticipant(threadId, BOB);
    // Bob is told he was removed, though he is no longer in the audience of what follows.
    await bob.next(
      (e) => e.type === 'thread.participants' && e.threadId === threadId && e.leaves.includes(BOB),
    );
    const afterRemoval = bob.events.length;
    await sendText(threadId);
    await alice.next(
      (e) => e.type === 'message.created' && e.direction === 'outbound' && e.threadId === threadId,
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(bob.events).toHaveLength(afterRemoval);
  });

  it('after a reconnection with Last-Event-ID, replays exactly the events missed, then goes on live', async () => {
    const threadId = await consentedThread();
    const first = await streamOf(ALICE);
    const seenId = await sendText(threadId, 'before the drop');
    await first.next(forMessage(seenId, 'message.created'));
    const lastEventId = first.lastEventId;
    expect(lastEventId).toBeDefined();
    await first.close();

    const missed = [await sendText(threadId, 'missed 1'), await sendText(threadId, 'missed 2')];
    await api.h.runDueJobs();
    const expected = await loggedFor(ALICE, Number(lastEventId));
    expect(expected.length).toBeGreaterThanOrEqual(4); // two created, two sent (and the others' events)

    const resumed = await streamOf(ALICE, { lastEventId });
    await waitFor(() => resumed.events.length >= expected.length);
    expect(resumed.events.map((e) => e.id)).toEqual(expected);
    for (const messageId of missed) {
      expect(resumed.events.some(forMessage(messageId, 'message.created'))).toBe(true);
      expect(resumed.events.some(forMessage(messageId, 'message.status', 'sent'))).toBe(true);
    }

    const liveId = await sendText(threadId, 'after the replay');
    await resumed.next(forMessage(liveId, 'message.created'));
    expect(resumed.events.filter((e) => e.id <= Number(lastEventId))).toEqual([]);

    // The query parameter is the fallback for clients that cannot set the header.
    const byQuery = await api.fetchAs(TENANT_A, ALICE, `/api/v1/events?lastEventId=${lastEventId}`);
    const text = await readUntil(byQuery, (t) => t.includes(`id: ${expected.at(-1)}\n`));
    expect(idsIn(text).slice(0, expected.length)).toEqual(expected);
  });

  it('writes the SSE format: a retry hint, id/event/data frames, and heartbeats', async () => {
    const threadId = await consentedThread();
    const response = await api.fetchAs(TENANT_A, ALICE, '/api/v1/events');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    let messageId = '';
    const reading = readUntil(
      response,
      (t) => messageId !== '' && t.includes(`"messageId":"${messageId}"`) && t.includes(': keep-alive'),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    messageId = await sendText(threadId);
    const text = await reading;
    expect(text.startsWith('retry: 50\n')).toBe(true);
    // An event of the thread's opt-in may come first: the one of this message is looked for by its id.
    const frame = [...text.matchAll(/id: (\d+)\nevent: message\.created\ndata: (.+)\n\n/g)].find((m) =>
      m[2]!.includes(messageId),
    );
    expect(frame).toBeDefined();
    const data = JSON.parse(frame![2]!) as Record<string, unknown>;
    expect(data).toMatchObject({ id: Number(frame![1]), type: 'message.created', threadId, messageId });
  });

  it('sends a heartbeat about every heartbeatMs while nothing happens', async () => {
    const quiet = await streamOf(CAROL);
    const before = quiet.heartbeats;
    await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS * 4));
    expect(quiet.heartbeats - before).toBeGreaterThanOrEqual(2);
    expect(quiet.events).toEqual([]);
  });
});

describe('event streams and shutdown', () => {
  it('ends open streams when the API closes, so stopping does not wait for them', async () => {
    const own = await ApiHarness.start({ events: { heartbeatMs: 60_000, retryMs: 60_000 } });
    const streams = await Promise.all(
      [ALICE, BOB, CAROL].map((user) =>
        new EventCollector(own.as(TENANT_A, user), { retryMs: 60_000 }).connected(),
      ),
    );
    const started = Date.now();
    await own.stop();
    expect(Date.now() - started).toBeLessThan(3_000);
    await waitFor(() => streams.every((s) => s.errors.length > 0));
    await Promise.all(streams.map((s) => s.close()));
  });
});

describe('a client that stops reading', () => {
  it('is dropped instead of buffered, then resumes with Last-Event-ID and misses nothing', async () => {
    const own = await ApiHarness.start({ events: { maxBufferedBytes: 16 * 1024, heartbeatMs: 60_000 } });
    const user = 'user-slow-reader';
    try {
      const [before] = await own.h.database.query<{ id: string | number }>(
        'select coalesce(max(id), 0) as id from events where tenant_id = $1',
        [TENANT_A],
      );
      const start = Number(before?.id ?? 0);
      const stalled = await pausedStream(own.url, TENANT_A, user, start);
      // As another instance would: many events for the user at once, then the NOTIFY.
      const total = 5_000;
      await own.h.database.query(
        `insert into events (tenant_id, type, thread_id, audience, payload) select $1, 'message.status', $2::uuid, ` +
          `array[$3], jsonb_build_object('messageId', gen_random_uuid(), 'status', 'delivered') ` +
          `from generate_series(1, $4)`,
        [TENANT_A, randomUUID(), user, total],
      );
      await own.h.database.query(
        `select pg_notify('events', json_build_object('tenantId', $1::text, 'id', max(id))::text) ` +
          `from events where tenant_id = $1`,
        [TENANT_A],
      );
      await waitFor(() => own.logLines.some((line) => line.msg === 'slow event stream dropped'), 10_000);

      // What was on its way when the connection was cut may be lost with it: the client resumes after the
      // last complete event it got.
      const received = idsIn(await stalled.readToEnd());
      expect(received.length).toBeLessThan(total);
      const resumed = await own.fetchAs(TENANT_A, user, '/api/v1/events', {
        headers: { 'Last-Event-ID': String(received.at(-1) ?? start) },
      });
      const expected = (
        await own.h.database.query<{ id: string | number }>(
          'select id from events where tenant_id = $1 and $2 = any(audience) order by id',
          [TENANT_A, user],
        )
      ).map((row) => Number(row.id));
      const rest = idsIn(await readUntil(resumed, (t) => t.includes(`id: ${expected.at(-1)}\n`), 10_000));
      expect([...received, ...rest]).toEqual(expected);
    } finally {
      await own.stop();
    }
  });
});

/** An event stream whose client reads nothing until readToEnd(). */
function pausedStream(
  baseUrl: string,
  tenantId: string,
  userId: string,
  lastEventId: number,
): Promise<{ readToEnd(): Promise<string> }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      new URL('/api/v1/events', baseUrl),
      {
        headers: { authorization: `Bearer test:${tenantId}:${userId}`, 'last-event-id': String(lastEventId) },
      },
      (response) => {
        response.pause();
        resolve({
          readToEnd: () =>
            new Promise((done) => {
              let text = '';
              response.setEncoding('utf8');
              response.on('data', (chunk: string) => (text += chunk));
              response.on('close', () => done(text));
              response.resume();
            }),
        });
      },
    );
    request.on('error', reject);
  });
}

/** Reads a raw SSE answer until `done` holds for the text so far, then cancels it. */
async function readUntil(
  response: Response,
  done: (text: string) => boolean,
  timeoutMs = 5_000,
): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (!done(text)) {
      const { done: ended, value } = await reader.read();
      if (ended) throw new Error(`the stream ended before the expected text; got: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
    return text;
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => undefined);
  }
}

/** The ids of the complete frames in the text (a dropped connection may cut the last one). */
function idsIn(text: string): number[] {
  return [...text.matchAll(/^id: (\d+)\nevent: [^\n]+\ndata: [^\n]+\n\n/gm)].map((m) => Number(m[1]));
}
