import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contacts,
  messages,
  smsConsents,
  threadParticipants,
} from '../../../shared/adapters/store/schema.js';
import { SMS_FAILURE } from '../../../shared/app/sms/sms-events.js';
import { SmsSendError } from '../../../shared/ports/sms-gateway.js';
import { ALICE, BOB, CAROL, CONTACT_ID, CONTACT_PHONE, TENANT } from '../../support/engine-scenario.js';
import { SMS_NUMBER, startSmsScenario, type SmsScenario } from '../sms/sms-engine.js';

// SMS through the real engine on a real database, with a fake SMS provider: the fallback from WhatsApp,
// sends, receipts, inbound routing, STOP/START and duplicates.

const rule = (code: string) => expect.objectContaining({ name: 'DomainRuleViolation', code });

let x: SmsScenario;
beforeEach(async () => {
  x = await startSmsScenario();
});
afterEach(() => x.dispose());

const participantsOf = async (threadId: string) =>
  (
    await x.s.h.database.db
      .select({ userId: threadParticipants.userId })
      .from(threadParticipants)
      .where(eq(threadParticipants.threadId, threadId))
  )
    .map((p) => p.userId)
    .sort();

async function notices(threadId: string) {
  return (await x.s.h.messagesOf(threadId)).filter((m) => m.direction === 'system');
}

const openSms = () =>
  x.engine.startSmsThread.execute({ tenantId: TENANT, userId: ALICE, contactId: CONTACT_ID });

const sendSms = (threadId: string, body: string, clientMessageId = randomUUID(), userId = ALICE) =>
  x.engine.sendSms.execute({ tenantId: TENANT, userId, threadId, clientMessageId, body });

let inboundSeq = 0;
const contactTexts = (body: string, options: { messageId?: string; from?: string } = {}) =>
  x.engine.handleInboundSms.execute({
    messageId: options.messageId ?? `Incoming_${++inboundSeq}`,
    from: options.from ?? CONTACT_PHONE,
    to: SMS_NUMBER,
    body,
    receivedAt: x.s.h.clock.now(),
  });

const report = (
  messageId: string,
  deliveryStatus: string,
  details: string | null = null,
  tag: string | null = null,
) =>
  x.engine.handleSmsDeliveryReport.execute({
    messageId,
    from: SMS_NUMBER,
    to: CONTACT_PHONE,
    deliveryStatus,
    details,
    receivedAt: x.s.h.clock.now(),
    tag,
  });

describe('the fallback from WhatsApp', () => {
  it('a 131026 thread opens an SMS thread with the same participants, and points to it', async () => {
    const { s } = x;
    const whatsappThread = await s.aliceAsksForConsent();
    await x.engine.addParticipant.execute({
      tenantId: TENANT,
      threadId: whatsappThread,
      userId: ALICE,
      participantId: BOB,
    });
    await x.runDueJobs();
    expect(await s.receipt('failed', { code: 131026, title: 'Message undeliverable' })).toBe('applied');
    await x.runDueJobs();
    expect((await notices(whatsappThread)).map((n) => n.systemCode)).toContain('contact_not_on_whatsapp');

    const started = await x.engine.startSmsThread.execute({
      tenantId: TENANT,
      userId: BOB,
      fromThreadId: whatsappThread,
    });
    expect(started.created).toBe(true);
    const thread = await s.h.thread(started.threadId);
    expect(thread).toMatchObject({
      channel: 'sms',
      phoneNumberId: SMS_NUMBER,
      contactId: CONTACT_ID,
      status: 'open',
    });
    expect(await participantsOf(started.threadId)).toEqual([ALICE, BOB]);
    const pointer = (await notices(whatsappThread)).at(-1);
    expect(pointer).toMatchObject({
      systemCode: 'sms_thread_started',
      systemParams: { smsThreadId: started.threadId },
    });

    // Asking again reuses the open SMS thread, and says nothing new.
    const again = await x.engine.startSmsThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      fromThreadId: whatsappThread,
    });
    expect(again).toEqual({ threadId: started.threadId, created: false });
    expect((await notices(whatsappThread)).filter((n) => n.systemCode === 'sms_thread_started')).toHaveLength(
      1,
    );
  });

  it('a thread the caller is not in is not found; a contact without a phone cannot be texted', async () => {
    const whatsappThread = await x.s.aliceAsksForConsent();
    await expect(
      x.engine.startSmsThread.execute({ tenantId: TENANT, userId: CAROL, fromThreadId: whatsappThread }),
    ).rejects.toMatchObject({ name: 'NotFound' });
    const noPhone = randomUUID();
    await x.s.h.database.db
      .insert(contacts)
      .values({ tenantId: TENANT, id: noPhone, displayName: 'Username only', waUserId: 'US.123' });
    await expect(
      x.engine.startSmsThread.execute({ tenantId: TENANT, userId: ALICE, contactId: noPhone }),
    ).rejects.toEqual(rule('sms_unavailable'));
  });

  it('a colleague already texting the contact must add the caller', async () => {
    await openSms();
    await expect(
      x.engine.startSmsThread.execute({ tenantId: TENANT, userId: BOB, contactId: CONTACT_ID }),
    ).rejects.toEqual(rule('open_thread_exists'));
  });
});

describe('sending', () => {
  it('records the SMS, dispatches it from the tenant number, and applies the delivery report', async () => {
    const { threadId } = await openSms();
    const { message } = await sendSms(threadId, 'Your card is ready');
    expect(message).toMatchObject({ direction: 'outbound', status: 'sending', body: 'Your card is ready' });
    await x.runDueJobs();
    expect(x.sms.sent).toEqual([
      expect.objectContaining({
        from: SMS_NUMBER,
        to: CONTACT_PHONE,
        body: 'Your card is ready',
        correlationId: message.id,
      }),
    ]);
    const [sent] = await x.s.outbound(threadId);
    expect(sent).toMatchObject({ status: 'sent', wamid: 'sms-1' });

    expect(await report('sms-1', 'Delivered')).toBe('applied');
    expect(await report('sms-1', 'Delivered')).toBe('unchanged');
    // Receipts only move forward: a late failure after delivery changes nothing.
    expect(await report('sms-1', 'Failed', 'late')).toBe('unchanged');
    const [delivered] = await x.s.outbound(threadId);
    expect(delivered).toMatchObject({ status: 'delivered' });
    expect(delivered!.deliveredAt).not.toBeNull();
  });

  it('a failed delivery keeps the details and tells the sender', async () => {
    const { threadId } = await openSms();
    const { message } = await sendSms(threadId, 'Hello');
    await x.runDueJobs();
    expect(await report('sms-1', 'Failed', 'Destination unreachable')).toBe('applied');
    const [failed] = await x.s.outbound(threadId);
    expect(failed).toMatchObject({
      status: 'failed',
      failureCode: SMS_FAILURE.deliveryFailed,
      failureTitle: 'Destination unreachable',
    });
    expect((await notices(threadId)).at(-1)).toMatchObject({
      systemCode: 'message_failed',
      systemParams: { messageId: message.id },
    });
  });

  it('a report that overtakes the send is found by its tag', async () => {
    const { threadId } = await openSms();
    const { message } = await sendSms(threadId, 'Hello');
    expect(await report('Outgoing_x', 'Delivered', null, message.id)).toBe('applied');
    expect((await x.s.outbound(threadId))[0]).toMatchObject({ status: 'delivered', wamid: 'Outgoing_x' });
  });

  it('the same client message id sends once; several participants are named', async () => {
    const { threadId } = await openSms();
    await x.engine.addParticipant.execute({ tenantId: TENANT, threadId, userId: ALICE, participantId: BOB });
    const id = randomUUID();
    const first = await sendSms(threadId, 'Hi', id);
    const second = await sendSms(threadId, 'Hi', id);
    expect(second).toEqual({ message: first.message, replayed: true });
    await x.runDueJobs();
    expect(x.sms.sent.map((m) => m.body)).toEqual(['Alice Martin: Hi']);
  });

  it('a provider outage is retried until the SMS goes out', async () => {
    const { threadId } = await openSms();
    x.sms.failNext(2);
    await sendSms(threadId, 'eventually');
    await x.runDueJobs();
    expect(x.sms.sent.map((m) => m.body)).toEqual(['eventually']);
  });

  it('refuses an empty text, and texts on a WhatsApp thread', async () => {
    const { threadId } = await openSms();
    await expect(sendSms(threadId, '   ')).rejects.toEqual(rule('message_empty'));
    const whatsappThread = await x.s.aliceAsksForConsent();
    await expect(sendSms(whatsappThread, 'hi')).rejects.toMatchObject({ name: 'NotFound' });
  });
});

describe('a refusing provider', () => {
  it('fails the message with the provider reason, not retried', async () => {
    await x.dispose();
    let calls = 0;
    x = await startSmsScenario({
      send: async () => {
        calls++;
        throw new SmsSendError('recipient_400', 'Invalid destination', false);
      },
    });
    const { threadId } = await openSms();
    await sendSms(threadId, 'nope');
    await x.runDueJobs();
    expect(calls).toBe(1);
    expect((await x.s.outbound(threadId))[0]).toMatchObject({
      status: 'failed',
      failureCode: SMS_FAILURE.refused,
      failureTitle: 'Invalid destination',
    });
  });
});

describe('inbound SMS', () => {
  it('goes to the open SMS thread, once', async () => {
    const { threadId } = await openSms();
    expect(await contactTexts('Thanks!', { messageId: 'Incoming_A' })).toBe('stored');
    expect(await contactTexts('Thanks!', { messageId: 'Incoming_A' })).toBe('duplicate');
    const inbound = (await x.s.h.messagesOf(threadId)).filter((m) => m.direction === 'inbound');
    expect(inbound).toMatchObject([{ body: 'Thanks!', wamid: 'Incoming_A', status: 'received' }]);
  });

  it('from a known contact with no SMS thread, opens one with the people of their WhatsApp thread', async () => {
    const whatsappThread = await x.s.aliceAsksForConsent();
    await contactTexts('Hello by SMS');
    const [sms] = await x.s.h.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.tenantId, TENANT), eq(messages.direction, 'inbound')));
    expect(sms!.threadId).not.toBe(whatsappThread);
    expect(await x.s.h.thread(sms!.threadId)).toMatchObject({ channel: 'sms', contactId: CONTACT_ID });
    expect(await participantsOf(sms!.threadId)).toEqual([ALICE]);
  });

  it('from an unknown number, creates the contact', async () => {
    expect(await contactTexts('Who is this?', { from: '+447700900555' })).toBe('stored');
    const [created] = await x.s.h.database.db
      .select()
      .from(contacts)
      .where(eq(contacts.phoneE164, '+447700900555'));
    expect(created).toMatchObject({ displayName: '+447700900555' });
  });

  it('to a number no tenant owns, is dropped', async () => {
    expect(
      await x.engine.handleInboundSms.execute({
        messageId: 'Incoming_Z',
        from: CONTACT_PHONE,
        to: '+18005550000',
        body: 'hi',
        receivedAt: x.s.h.clock.now(),
      }),
    ).toBe('unknown_number');
  });
});

describe('STOP and START', () => {
  it('STOP refuses further sends with the reason and tells the participants; START allows them again', async () => {
    const { threadId } = await openSms();
    await contactTexts('stop');
    expect((await notices(threadId)).at(-1)).toMatchObject({
      systemCode: 'sms_opted_out',
      systemParams: { keyword: 'STOP' },
    });
    await expect(sendSms(threadId, 'Are you sure?')).rejects.toEqual(rule('sms_opted_out'));
    const [row] = await x.s.h.database.db.select().from(smsConsents);
    expect(row).toMatchObject({ fromNumber: SMS_NUMBER, contactId: CONTACT_ID, state: 'opted_out' });

    // A second STOP says nothing new.
    await contactTexts('STOP');
    expect((await notices(threadId)).filter((n) => n.systemCode === 'sms_opted_out')).toHaveLength(1);

    await contactTexts('Unstop');
    expect((await notices(threadId)).at(-1)).toMatchObject({ systemCode: 'sms_opted_in' });
    await sendSms(threadId, 'Welcome back');
    await x.runDueJobs();
    expect(x.sms.sent.map((m) => m.body)).toEqual(['Welcome back']);
  });

  it('a message written before STOP does not go out after it', async () => {
    const { threadId } = await openSms();
    await sendSms(threadId, 'written before');
    await contactTexts('QUIT');
    await x.runDueJobs();
    expect(x.sms.sent).toEqual([]);
    expect((await x.s.outbound(threadId))[0]).toMatchObject({
      status: 'failed',
      failureCode: SMS_FAILURE.optedOut,
    });
  });

  it('SMS consent is apart from WhatsApp consent', async () => {
    const whatsappThread = await x.s.consentedThread();
    const { threadId } = await openSms();
    await contactTexts('STOP');
    await expect(sendSms(threadId, 'hi')).rejects.toEqual(rule('sms_opted_out'));
    await x.s.send(ALICE, whatsappThread, 'still fine on WhatsApp');
  });
});

describe('without SMS', () => {
  it('a tenant without an SMS number cannot open SMS threads', async () => {
    const { tenants } = await import('../../../shared/adapters/store/schema.js');
    await x.s.h.database.db.update(tenants).set({ smsFromNumber: null }).where(eq(tenants.id, TENANT));
    await expect(openSms()).rejects.toEqual(rule('sms_unavailable'));
  });
});
