import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SMS_EMULATOR_DEFAULTS, startEmulator, type RunningEmulator } from '../../../emulator/index.js';
import { registerSmsEventRoutes } from '../../../bot/http/sms/sms-event-routes.js';
import {
  emulatorSmsConnection,
  localSmsEventsUrl,
  smsGatewayFor,
} from '../../../bot/http/sms/sms-connection.js';
import { createHttpServer, type HttpServer } from '../../../bot/http/server.js';
import { ALICE, CONTACT_ID, CONTACT_PHONE, TENANT } from '../../support/engine-scenario.js';
import { startSmsScenario, type SmsScenario } from './sms-engine.js';

// The whole SMS path over real HTTP: the engine's ACS gateway sends to the emulator, whose Event Grid events
// come back through the webhook route into jobs the engine applies.

const rule = (code: string) => expect.objectContaining({ name: 'DomainRuleViolation', code });

let emulator: RunningEmulator;
let http: HttpServer;
let x: SmsScenario;

beforeEach(async () => {
  emulator = await startEmulator({ webhookRetryDelaysMs: [20] });
  const connection = emulatorSmsConnection(emulator.url);
  x = await startSmsScenario(smsGatewayFor(connection, pino({ level: 'silent' })), connection.fromNumber);
  http = createHttpServer({
    logger: pino({ level: 'silent' }),
    readiness: { check: async () => ({ ready: true }) },
  });
  registerSmsEventRoutes(http.restify, {
    key: connection.eventsKey,
    logger: pino({ level: 'silent' }),
    ingest: async (events) => {
      await x.engine.ingestSmsEvents.execute(events);
    },
  });
  const url = await http.listen(0, '127.0.0.1');
  emulator.sms.setEventsUrl(localSmsEventsUrl(Number(new URL(url).port), connection.eventsKey));
}, 60_000);

afterEach(async () => {
  await emulator?.stop();
  await http?.close();
  await x?.dispose();
});

/** Lets the emulator's events reach the route, then applies the jobs they became. */
async function settle(): Promise<void> {
  expect(await emulator.sms.drain(10_000)).toBe(true);
  await x.runDueJobs();
}

describe('SMS end to end with the emulator', () => {
  it('send, delivery report, inbound reply, STOP', async () => {
    const { threadId } = await x.engine.startSmsThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      contactId: CONTACT_ID,
    });
    await x.engine.sendSms.execute({
      tenantId: TENANT,
      userId: ALICE,
      threadId,
      clientMessageId: 'c-1',
      body: 'Your card is ready',
    });
    await x.runDueJobs();
    const phone = () => emulator.sms.state().users.find((u) => u.number === CONTACT_PHONE)!;
    expect(phone().chat).toMatchObject([
      { direction: 'outbound', text: 'Your card is ready', from: SMS_EMULATOR_DEFAULTS.number },
    ]);
    await settle();
    expect((await x.s.outbound(threadId))[0]).toMatchObject({
      status: 'delivered',
      wamid: phone().chat[0]!.messageId,
    });

    emulator.sms.userSends(CONTACT_PHONE, { body: 'Thanks, on my way' });
    await settle();
    expect((await x.s.h.messagesOf(threadId)).filter((m) => m.direction === 'inbound')).toMatchObject([
      { body: 'Thanks, on my way' },
    ]);

    emulator.sms.userSends(CONTACT_PHONE, { body: 'STOP' });
    await settle();
    await expect(
      x.engine.sendSms.execute({
        tenantId: TENANT,
        userId: ALICE,
        threadId,
        clientMessageId: 'c-2',
        body: 'hi',
      }),
    ).rejects.toEqual(rule('sms_opted_out'));
  });

  it('an unreachable phone: the message fails with the report details', async () => {
    emulator.sms.addUser({ number: CONTACT_PHONE, name: 'Dana', reachable: false });
    const { threadId } = await x.engine.startSmsThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      contactId: CONTACT_ID,
    });
    await x.engine.sendSms.execute({
      tenantId: TENANT,
      userId: ALICE,
      threadId,
      clientMessageId: 'c-3',
      body: 'hello',
    });
    await x.runDueJobs();
    await settle();
    expect((await x.s.outbound(threadId))[0]).toMatchObject({
      status: 'failed',
      failureTitle: 'The destination is unreachable.',
    });
  });
});
