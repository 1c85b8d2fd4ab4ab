import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { contacts, tenants, threads, users } from '../../../shared/adapters/store/schema.js';
import {
  ALICE,
  BOB,
  CONTACT_ID,
  startScenario,
  TENANT,
  type Scenario,
} from '../../support/engine-scenario.js';
import { NotFound } from '../../../shared/app/shared/app-errors.js';

let s: Scenario;
let threadId: string;
beforeEach(async () => {
  s = await startScenario();
  threadId = await s.consentedThread();
  s.h.whatsapp.clear();
});
afterEach(async () => s.h.dispose());

const at = (s: Scenario, seconds: number) => new Date(s.h.clock.now().getTime() + seconds * 1000);

describe('receipts', () => {
  it('keep a timestamp per status, whatever order and however often they arrive', async () => {
    const { message } = await s.send(ALICE, threadId, 'Receipt me');
    await s.h.runDueJobs();
    const { wamid } = s.h.whatsapp.lastSent();

    expect(await s.receipt('read', { wamid, at: at(s, 30) })).toBe('applied');
    expect(await s.receipt('delivered', { wamid, at: at(s, 10) })).toBe('applied');
    expect(await s.receipt('delivered', { wamid, at: at(s, 10) })).toBe('unchanged');
    expect(await s.receipt('sent', { wamid, at: at(s, 5) })).toBe('unchanged');
    expect(await s.receipt('failed', { wamid, at: at(s, 40) })).toBe('unchanged');

    const [stored] = (await s.outbound(threadId)).filter((m) => m.id === message.id);
    expect(stored).toMatchObject({ status: 'read', deliveredAt: at(s, 10), readAt: at(s, 30), wamid });
    expect(stored!.sentAt).not.toBeNull();
  });

  it('a receipt that overtakes the dispatcher is matched by our correlation id', async () => {
    const { message } = await s.send(ALICE, threadId, 'Race');
    expect(
      await s.receipt('delivered', { wamid: 'wamid.early', correlationId: message.id, at: at(s, 2) }),
    ).toBe('applied');
    const [stored] = (await s.outbound(threadId)).filter((m) => m.id === message.id);
    expect(stored).toMatchObject({ status: 'delivered', wamid: 'wamid.early' });
    await s.h.runDueJobs();
    // Already handed over according to WhatsApp: the dispatcher does not send it a second time.
    expect(s.h.whatsapp.sentTexts()).toEqual([]);
  });

  it('an unknown wamid is acknowledged and ignored', async () => {
    expect(await s.receipt('delivered', { wamid: 'wamid.nobody' })).toBe('unknown_message');
  });

  it('a failure is kept with its code and title, and the sender is told', async () => {
    const { message } = await s.send(ALICE, threadId, 'Will fail');
    await s.h.runDueJobs();
    await s.receipt('failed', { code: 131056, title: 'Pair rate limit hit' });
    await s.h.runDueJobs();
    const [stored] = (await s.outbound(threadId)).filter((m) => m.id === message.id);
    expect(stored).toMatchObject({
      status: 'failed',
      failureCode: 131056,
      failureTitle: 'Pair rate limit hit',
    });
    s.h.notifier.expectNotified(ALICE, 'message_failed');
  });
});

describe('sending', () => {
  it('the same client message id never sends twice', async () => {
    const first = await s.send(ALICE, threadId, 'Once', 'client-42');
    const again = await s.send(ALICE, threadId, 'Once', 'client-42');
    await s.h.runDueJobs();
    expect(again).toEqual({ message: first.message, replayed: true });
    expect(s.h.whatsapp.sentTexts()).toEqual(['Once']);
  });

  it('a refusal at send time fails the message with the reason; a retryable error is tried again', async () => {
    s.h.whatsapp.refuseNext(131026, 'Message undeliverable');
    const { message } = await s.send(ALICE, threadId, 'Refused');
    await s.h.runDueJobs();
    const [refused] = (await s.outbound(threadId)).filter((m) => m.id === message.id);
    expect(refused).toMatchObject({ status: 'failed', failureCode: 131026 });

    s.h.whatsapp.refuseNext(130429, 'Rate limit hit', true, 2000);
    const second = await s.send(ALICE, threadId, 'Throttled');
    await s.h.runDueJobs();
    const [delivered] = (await s.outbound(threadId)).filter((m) => m.id === second.message.id);
    expect(delivered).toMatchObject({ status: 'sent' });
    expect(s.h.whatsapp.sentTexts()).toEqual(['Throttled']);
  });

  it('concurrent sends on one thread are all kept and delivered in the order they were accepted', async () => {
    const bodies = Array.from({ length: 20 }, (_, i) => `m${i}`);
    const results = await Promise.all(bodies.map((body) => s.send(ALICE, threadId, body)));
    await s.h.runDueJobs({ newestFirst: true });
    const accepted = [...results].sort((a, b) => a.message.seq - b.message.seq).map((r) => r.message.body);
    expect(s.h.whatsapp.sentTexts()).toEqual(accepted);
    expect(new Set(accepted)).toEqual(new Set(bodies));
  });

  it('a sent message moves its thread up the inbox, and an older send never moves it back', async () => {
    const sentAt = at(s, 0);
    await s.send(ALICE, threadId, 'Latest');
    expect((await s.h.thread(threadId)).lastMessageAt).toEqual(sentAt);

    s.h.clock.advance(-60_000);
    await s.send(ALICE, threadId, 'Sent by a clock a minute behind');
    expect((await s.h.thread(threadId)).lastMessageAt).toEqual(sentAt);
  });

  it('refuses empty and over-long text with the rule', async () => {
    await expect(s.send(ALICE, threadId, '  ')).rejects.toMatchObject({ code: 'message_empty' });
    await expect(s.send(ALICE, threadId, 'x'.repeat(4097))).rejects.toMatchObject({
      code: 'message_too_long',
    });
  });

  it('someone outside the thread cannot see or write to it, in this tenant or another', async () => {
    await expect(s.send(BOB, threadId, 'let me in')).rejects.toBeInstanceOf(NotFound);
    await expect(
      s.engine.sendMessage.execute({
        tenantId: 'tenant-other',
        userId: ALICE,
        threadId,
        clientMessageId: 'x',
        content: { type: 'text', body: 'cross-tenant' },
      }),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('an unlicensed user or a disabled org cannot start a WhatsApp thread', async () => {
    const start = (userId: string) =>
      s.engine.startWhatsAppThread.execute({ tenantId: TENANT, userId, contactId: CONTACT_ID });
    await s.h.database.db.update(users).set({ whatsappLicensed: false }).where(eq(users.id, BOB));
    await expect(start(BOB)).rejects.toMatchObject({ name: 'NotEnabled', what: 'licence' });
    await s.h.database.db.update(tenants).set({ whatsappEnabled: false }).where(eq(tenants.id, TENANT));
    await expect(start(ALICE)).rejects.toMatchObject({ name: 'NotEnabled', what: 'tenant' });
  });
});

describe('inbound', () => {
  it('a redelivered webhook message is stored once', async () => {
    expect(await s.contactWrites('twice', { wamid: 'wamid.dup' })).toBe('stored');
    expect(await s.contactWrites('twice', { wamid: 'wamid.dup' })).toBe('duplicate');
    const inbound = (await s.h.messagesOf(threadId)).filter((m) => m.wamid === 'wamid.dup');
    expect(inbound).toHaveLength(1);
  });

  it('a message to a number no tenant owns is reported, not stored', async () => {
    const outcome = await s.engine.handleInboundMessage.execute({
      phoneNumberId: 'unknown-number',
      wamid: 'wamid.x',
      fromWaId: '14155550123',
      fromUserId: null,
      profileName: null,
      timestamp: s.h.clock.now(),
      content: { type: 'text', body: 'hello' },
      contextWamid: null,
    });
    expect(outcome).toBe('unknown_number');
  });

  it('keeps pictures, reactions and unsupported types as messages', async () => {
    await s.contactSends({
      type: 'image',
      media: { mediaId: 'media-1', mimeType: 'image/jpeg', sha256: 'abc', caption: 'My card' },
    });
    await s.contactSends({ type: 'reaction', emoji: '👍', toWamid: 'wamid.some' });
    await s.contactSends({ type: 'unsupported', originalType: 'sticker' });
    const inbound = (await s.h.messagesOf(threadId)).filter((m) => m.direction === 'inbound').slice(-3);
    expect(inbound.map((m) => [m.kind, m.body])).toEqual([
      ['image', 'My card'],
      ['reaction', '👍'],
      ['unsupported', null],
    ]);
    expect(inbound[0]!.media).toMatchObject({ mediaId: 'media-1', mimeType: 'image/jpeg' });
  });

  it('a new contact writing first gets a thread and a contact with their WhatsApp name', async () => {
    const outcome = await s.engine.handleInboundMessage.execute({
      phoneNumberId: '106540352242922',
      wamid: 'wamid.new-contact',
      fromWaId: '447700900123',
      fromUserId: null,
      profileName: 'Eve Prospect',
      timestamp: s.h.clock.now(),
      content: { type: 'text', body: 'Hello, I saw your ad' },
      contextWamid: null,
    });
    expect(outcome).toBe('stored');
    const [contact] = await s.h.database.db
      .select()
      .from(contacts)
      .where(eq(contacts.phoneE164, '+447700900123'));
    expect(contact).toMatchObject({
      tenantId: TENANT,
      displayName: 'Eve Prospect',
      whatsappName: 'Eve Prospect',
    });
    const [thread] = await s.h.database.db.select().from(threads).where(eq(threads.contactId, contact!.id));
    expect(thread).toMatchObject({ status: 'open', channel: 'whatsapp' });
    expect((await s.h.messagesOf(thread!.id)).map((m) => m.body)).toEqual(['Hello, I saw your ad']);
    // The window is open but there is no consent: the business must still ask before writing.
    const started = await s.engine.startWhatsAppThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      contactId: contact!.id,
    });
    expect(started).toMatchObject({ threadId: thread!.id, needsOptIn: true });
  });
});

describe('username contacts', () => {
  it('a contact known only by a business-scoped user id is found again by it', async () => {
    const write = (wamid: string) =>
      s.engine.handleInboundMessage.execute({
        phoneNumberId: '106540352242922',
        wamid,
        fromWaId: null,
        fromUserId: 'US.13491208655302741918',
        profileName: 'Frank',
        timestamp: s.h.clock.now(),
        content: { type: 'text', body: `hello ${wamid}` },
        contextWamid: null,
      });
    expect(await write('wamid.u1')).toBe('stored');
    expect(await write('wamid.u2')).toBe('stored');
    const found = await s.h.database.db
      .select()
      .from(contacts)
      .where(eq(contacts.waUserId, 'US.13491208655302741918'));
    expect(found).toHaveLength(1);
    const [thread] = await s.h.database.db.select().from(threads).where(eq(threads.contactId, found[0]!.id));
    expect((await s.h.messagesOf(thread!.id)).map((m) => m.body)).toEqual([
      'hello wamid.u1',
      'hello wamid.u2',
    ]);
  });
});
