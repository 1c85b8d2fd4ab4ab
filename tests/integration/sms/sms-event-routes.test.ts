import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerSmsEventRoutes, SMS_EVENTS_PATH } from '../../../bot/http/sms/sms-event-routes.js';
import { createHttpServer, type HttpServer } from '../../../bot/http/server.js';
import { DrizzleConversationStore } from '../../../shared/adapters/store/conversation/drizzle-conversation-store.js';
import { jobs, tenants } from '../../../shared/adapters/store/schema.js';
import { randomUuids } from '../../../shared/adapters/system/random-uuids.js';
import { IngestSmsEvents, type SmsEventItems } from '../../../shared/app/sms/ingest-sms-events.js';
import { JOB } from '../../../shared/app/shared/job-kinds.js';
import { seedTenant } from '../../builders/tenant-seed.js';
import { FakeClock } from '../../fakes/fake-clock.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';

// The Event Grid webhook over real HTTP, storing into a real database: what Azure sees.

const KEY = 'test-sms-events-key';
const SMS_NUMBER = '+18005550199';

let http: HttpServer;
let base: string;
let database: TestDatabase;
let failNext = false;
const calls: SmsEventItems[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await seedTenant(database, {
    tenantId: 'tenant-a',
    phoneNumberId: '111',
    users: [{ id: 'user-a', displayName: 'A' }],
  });
  await database.db.update(tenants).set({ smsFromNumber: SMS_NUMBER }).where(eq(tenants.id, 'tenant-a'));
  const ingest = new IngestSmsEvents({
    store: new DrizzleConversationStore(database),
    clock: new FakeClock(),
    ids: randomUuids,
  });
  http = createHttpServer({
    logger: pino({ level: 'silent' }),
    readiness: { check: async () => ({ ready: true }) },
  });
  registerSmsEventRoutes(http.restify, {
    key: KEY,
    logger: pino({ level: 'silent' }),
    bodyLimit: 64 * 1024,
    ingest: async (events) => {
      calls.push(events);
      if (failNext) {
        failNext = false;
        throw new Error('database down');
      }
      await ingest.execute(events);
    },
  });
  base = `${await http.listen(0, '127.0.0.1')}${SMS_EVENTS_PATH}`;
}, 60_000);

afterAll(async () => {
  await http?.close();
  await database?.dispose();
});

beforeEach(async () => {
  calls.length = 0;
  failNext = false;
  await database.db.delete(jobs);
});

const post = (body: unknown, key: string | null = KEY) =>
  fetch(key === null ? base : `${base}?key=${encodeURIComponent(key)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'aeg-event-type': 'Notification' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const received = (messageId: string, message = 'Hello') => ({
  id: `ev-${messageId}`,
  eventType: 'Microsoft.Communication.SMSReceived',
  eventTime: '2026-11-21T10:00:01Z',
  subject: '/phonenumber/18005550199',
  dataVersion: '1.0',
  data: {
    messageId,
    from: '+14155550123',
    to: SMS_NUMBER,
    message,
    receivedTimestamp: '2026-11-21T10:00:00Z',
  },
});

const report = (messageId: string, deliveryStatus: string) => ({
  id: `ev-dr-${messageId}-${deliveryStatus}`,
  eventType: 'Microsoft.Communication.SMSDeliveryReportReceived',
  eventTime: '2026-11-21T10:00:05Z',
  data: {
    messageId,
    from: SMS_NUMBER,
    to: '+14155550123',
    deliveryStatus,
    deliveryStatusDetails: 'No error.',
    receivedTimestamp: '2026-11-21T10:00:04Z',
    tag: 'f1d2c3b4-0000-4000-8000-000000000001',
  },
});

const storedJobs = () => database.db.select().from(jobs).orderBy(jobs.id);

describe('POST /api/sms/events', () => {
  it('answers the subscription validation handshake with the code', async () => {
    const res = await post([
      {
        id: 'v1',
        eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
        data: { validationCode: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' },
      },
    ]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ validationResponse: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' });
    expect(calls).toEqual([]);
  });

  it.each([
    ['no key', null],
    ['a wrong key', 'guess'],
    ['an empty key', ''],
    ['the key with a suffix', `${KEY}x`],
  ])('refuses %s with 401, before reading anything', async (_case, key) => {
    const res = await post([received('Incoming_1')], key);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'unauthorized', message: expect.any(String) as string },
    });
    expect(calls).toEqual([]);
    expect(await storedJobs()).toEqual([]);
  });

  it('stores inbound SMS and delivery reports as jobs before answering 200', async () => {
    const res = await post([received('Incoming_1'), report('Outgoing_1', 'Delivered')]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'accepted' });
    expect((await storedJobs()).map((j) => [j.kind, j.dedupeKey, j.tenantId])).toEqual([
      [JOB.applySmsInbound, 'sms:in:Incoming_1', 'tenant-a'],
      [JOB.applySmsDeliveryReport, 'sms:dr:Outgoing_1:Delivered', 'tenant-a'],
    ]);
  });

  it('a redelivered event adds no second job; another status of the same SMS does', async () => {
    await post([received('Incoming_2')]);
    await post([received('Incoming_2')]);
    await post([report('Outgoing_2', 'Failed')]);
    await post([report('Outgoing_2', 'Failed'), report('Outgoing_2', 'Delivered')]);
    expect((await storedJobs()).map((j) => j.dedupeKey)).toEqual([
      'sms:in:Incoming_2',
      'sms:dr:Outgoing_2:Failed',
      'sms:dr:Outgoing_2:Delivered',
    ]);
  });

  it('answers 503 when the events could not be stored, so Event Grid retries', async () => {
    failNext = true;
    const res = await post([received('Incoming_3')]);
    expect(res.status).toBe(503);
    expect(await storedJobs()).toEqual([]);
    expect((await post([received('Incoming_3')])).status).toBe(200);
    expect(await storedJobs()).toHaveLength(1);
  });

  it('events for a number no tenant owns are acknowledged and dropped', async () => {
    const other = received('Incoming_4');
    const res = await post([{ ...other, data: { ...other.data, to: '+18005550000' } }]);
    expect(res.status).toBe(200);
    expect(await storedJobs()).toEqual([]);
  });

  it('ignores other event types; refuses bodies that are not events', async () => {
    const res = await post([{ id: 'x', eventType: 'Microsoft.Communication.ChatMessageReceived', data: {} }]);
    expect(res.status).toBe(200);
    expect(calls).toEqual([]);
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ hello: 'world' })).status).toBe(400);
  });

  it('answers the CloudEvents OPTIONS handshake only with the key', async () => {
    const ok = await fetch(`${base}?key=${KEY}`, {
      method: 'OPTIONS',
      headers: { 'webhook-request-origin': 'eventgrid.azure.net' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('webhook-allowed-origin')).toBe('eventgrid.azure.net');
    expect((await fetch(base, { method: 'OPTIONS' })).status).toBe(401);
  });
});
