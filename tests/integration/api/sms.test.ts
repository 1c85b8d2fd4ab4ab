import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenants } from '../../../shared/adapters/store/schema.js';
import {
  ALICE,
  ApiHarness,
  BETTY,
  BOB,
  DANA,
  ERIK,
  failure,
  FRED,
  TENANT_A,
  TENANT_B,
} from './api-harness.js';

const SMS_NUMBER = '+14155550100';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
  await api.h.database.db.update(tenants).set({ smsFromNumber: SMS_NUMBER }).where(eq(tenants.id, TENANT_A));
});
afterAll(() => api?.stop());

let inbound = 0;
const contactTexts = (from: string, body: string) =>
  api.h.engine.handleInboundSms.execute({
    messageId: `Incoming_${++inbound}`,
    from,
    to: SMS_NUMBER,
    body,
    receivedAt: api.h.clock.now(),
  });

describe('SMS threads through the API', () => {
  it('opens an SMS thread for a contact, lists it in the inbox beside WhatsApp threads, and reads it', async () => {
    const alice = api.as(TENANT_A, ALICE);
    const whatsapp = await api.consentedThread(alice, DANA);
    const opened = await alice.startSmsThread({ contactId: ERIK.id });
    expect(opened.created).toBe(true);
    expect(await alice.startSmsThread({ contactId: ERIK.id })).toEqual({
      threadId: opened.threadId,
      created: false,
    });

    const inbox = await alice.listThreads();
    const channels = new Map(inbox.threads.map((t) => [t.id, t.channel]));
    expect(channels.get(whatsapp)).toBe('whatsapp');
    expect(channels.get(opened.threadId)).toBe('sms');
    const sms = inbox.threads.find((t) => t.id === opened.threadId);
    expect(sms).toMatchObject({ state: 'active', windowEndsAt: null, access: 'participant', unreadCount: 0 });
    expect(sms?.contact.phoneE164).toBe(ERIK.phoneE164);

    const detail = await alice.getThread(opened.threadId);
    expect(detail).toMatchObject({ channel: 'sms', consent: { state: 'granted' } });
    expect(detail.participants.map((p) => p.userId)).toEqual([ALICE]);

    // STOP shows as declined, and the contact's texts are messages of the thread.
    await contactTexts(ERIK.phoneE164, 'Hello there');
    await contactTexts(ERIK.phoneE164, 'STOP');
    const stopped = await alice.getThread(opened.threadId);
    expect(stopped).toMatchObject({ state: 'declined', consent: { state: 'declined' } });
    const page = await alice.listMessages(opened.threadId);
    expect(page.messages.filter((m) => m.direction === 'inbound').map((m) => m.body)).toEqual([
      'Hello there',
      'STOP',
    ]);
    await contactTexts(ERIK.phoneE164, 'START');
  });

  it('sends an SMS through the messages route, once however often the client retries', async () => {
    const alice = api.as(TENANT_A, ALICE);
    const { threadId } = await alice.startSmsThread({ contactId: ERIK.id });
    const clientMessageId = randomUUID();
    const request = { clientMessageId, content: { type: 'text' as const, body: 'Your order shipped' } };
    const first = await alice.sendMessage(threadId, request);
    expect(first).toMatchObject({ replayed: false, message: { direction: 'outbound', status: 'sending' } });
    const retry = await alice.sendMessage(threadId, request);
    expect(retry).toMatchObject({ replayed: true, message: { id: first.message.id } });
    await api.h.runDueJobs();
    await alice.sendMessage(threadId, request);
    await api.h.runDueJobs();

    expect(api.h.sms.sent.filter((sms) => sms.body === 'Your order shipped')).toHaveLength(1);
    const info = await alice.getMessage(first.message.id);
    expect(info.statuses.map((s) => s.status)).toContain('sent');
    const page = await alice.listMessages(threadId);
    expect(page.messages.filter((m) => m.id === first.message.id)).toHaveLength(1);
  });

  it('refuses what SMS cannot carry, and WhatsApp opt-in on an SMS thread, with 409 not_for_sms', async () => {
    const alice = api.as(TENANT_A, ALICE, { locale: 'es' });
    const { threadId } = await alice.startSmsThread({ contactId: ERIK.id });
    const template = await failure(
      alice.sendMessage(threadId, {
        clientMessageId: randomUUID(),
        content: { type: 'template', name: 'order_update', language: 'en_US', params: [] },
      }),
      409,
      'not_for_sms',
    );
    expect(template.message).toMatch(/SMS/);
    await failure(alice.requestOptIn(threadId), 409, 'not_for_sms');
  });

  it('moves a WhatsApp thread to SMS with its participants, and posts a notice in the WhatsApp thread', async () => {
    const alice = api.as(TENANT_A, ALICE);
    const contact = await alice.createContact({ displayName: 'Gina Moved', phone: '+33612340001' });
    const { threadId: whatsapp } = await alice.startThread(contact.id);
    await alice.addParticipant(whatsapp, BOB);
    const moved = await alice.startSmsThread({ fromThreadId: whatsapp });
    expect(moved.created).toBe(true);
    const detail = await api.as(TENANT_A, BOB).getThread(moved.threadId);
    expect(detail.participants.map((p) => p.userId).sort()).toEqual([ALICE, BOB].sort());
    const notices = (await alice.listMessages(whatsapp)).messages.flatMap((m) =>
      m.notice ? [m.notice.code] : [],
    );
    expect(notices).toContain('sms_thread_started');
  });

  it('answers 400 naming the field, 404 for what the caller may not see, 403 without a licence', async () => {
    const alice = api.as(TENANT_A, ALICE, { locale: 'fr' });
    const both = await failure(
      alice.startSmsThread({ contactId: ERIK.id, fromThreadId: randomUUID() }),
      400,
      'invalid_request',
    );
    expect(both.message).toContain('contactId');
    await failure(alice.startSmsThread({}), 400, 'invalid_request');
    await failure(alice.startSmsThread({ contactId: FRED.id }), 404, 'contact_not_found');
    const { threadId: bettys } = await api.as(TENANT_B, BETTY).startThread(FRED.id);
    await failure(alice.startSmsThread({ fromThreadId: bettys }), 404, 'thread_not_found');
    // Another tenant's SMS thread cannot be read or written.
    const { threadId } = await alice.startSmsThread({ contactId: ERIK.id });
    await failure(api.as(TENANT_B, ALICE).listMessages(threadId), 404, 'thread_not_found');
    await failure(
      api.as(TENANT_A, ALICE, { licensed: false }).startSmsThread({ contactId: ERIK.id }),
      403,
      'whatsapp_licence_required',
    );
  });
});
