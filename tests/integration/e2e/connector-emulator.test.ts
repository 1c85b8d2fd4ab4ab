import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WHATSAPP_WEBHOOK_PATH } from '../../../bot/http/whatsapp/whatsapp-webhook-routes.js';
import { eq } from 'drizzle-orm';
import { EMULATOR_DEFAULTS } from '../../../emulator/index.js';
import { jobs, messages } from '../../../shared/adapters/store/schema.js';
import { jpegBytes, pngBytes } from '../../builders/image-bytes.js';
import { inboundTextWebhook } from '../../builders/webhook-builder.js';
import {
  ADVISOR,
  ConnectorE2E,
  E2E_TENANT,
  NOT_ON_WHATSAPP,
  QUIET,
  READER,
} from '../../support/connector-e2e.js';
import { postSignedWebhook } from '../../support/signed-webhook.js';
import { waitFor } from '../../support/wait-for.js';

// The connector and the WhatsApp emulator over real HTTP, on PGlite (or PostgreSQL with DATABASE_URL):
// every flow a banker meets, as the client's phone and the connector's records see it.

// Each test starts a database, the connector and the emulator, and waits on real HTTP: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const rule = (code: string) => expect.objectContaining({ name: 'DomainRuleViolation', code });

let e: ConnectorE2E | undefined;
afterEach(async () => {
  await e?.stop();
  e = undefined;
});

async function start(options: Parameters<typeof ConnectorE2E.start>[0] = {}): Promise<ConnectorE2E> {
  e = await ConnectorE2E.start(options);
  return e;
}

async function askConsent(x: ConnectorE2E, contactId: string): Promise<string> {
  const { threadId } = await x.engine.startWhatsAppThread.execute({
    tenantId: E2E_TENANT,
    userId: ADVISOR,
    contactId,
  });
  await x.engine.requestOptIn.execute({ tenantId: E2E_TENANT, userId: ADVISOR, threadId });
  await x.settle();
  return threadId;
}

function send(x: ConnectorE2E, threadId: string, body: string) {
  return x.engine.sendMessage.execute({
    tenantId: E2E_TENANT,
    userId: ADVISOR,
    threadId,
    clientMessageId: randomUUID(),
    content: { type: 'text', body },
  });
}

/** The contact taps button `index` of the newest business message that has buttons. */
async function tap(x: ConnectorE2E, waId: string, index: number): Promise<void> {
  const withButtons = x.businessMessagesOn(waId).filter((m) => (m.buttons?.length ?? 0) > 0);
  const last = withButtons.at(-1);
  if (!last) throw new Error(`no message with buttons on ${waId}'s phone`);
  x.phone.tap(waId, last.wamid, index);
  await x.settle();
}

async function consentedThread(x: ConnectorE2E, waId = READER.waId, contactId = READER.contactId) {
  const threadId = await askConsent(x, contactId);
  await tap(x, waId, 0);
  return threadId;
}

describe('consent, end to end', () => {
  it('accepted: the opt-in arrives as the template with Yes/No, and messages written meanwhile follow in order', async () => {
    const x = await start();
    const threadId = await askConsent(x, READER.contactId);
    const [optIn] = x.businessMessagesOn(READER.waId);
    expect(optIn).toMatchObject({
      type: 'template',
      template: { name: 'mlm_opt_in_request', language: 'en' },
      text: expect.stringContaining('Alice Martin') as string,
      buttons: [expect.objectContaining({ title: 'Yes' }), expect.objectContaining({ title: 'No' })],
    });
    await send(x, threadId, 'First, while waiting');
    await send(x, threadId, 'Second, while waiting');
    await x.settle();
    expect(x.businessMessagesOn(READER.waId)).toHaveLength(1);

    await tap(x, READER.waId, 0);
    const texts = x
      .businessMessagesOn(READER.waId)
      .filter((m) => m.type === 'text')
      .map((m) => m.text);
    expect(texts).toEqual(['First, while waiting', 'Second, while waiting']);
    expect(await x.notices(threadId)).toEqual(['opt_in_requested', 'opt_in_granted', 'conversation_resumed']);
  });

  it('declined: sending is refused with the reason, and a later YES grants', async () => {
    const x = await start();
    const threadId = await askConsent(x, READER.contactId);
    await tap(x, READER.waId, 1);
    await expect(send(x, threadId, 'May I?')).rejects.toEqual(rule('consent_declined'));
    expect(await x.notices(threadId)).toContain('opt_in_declined');

    x.phone.userSends(READER.waId, { type: 'text', body: 'YES' });
    await x.settle();
    await send(x, threadId, 'Thank you!');
    await x.settle();
    expect(x.businessMessagesOn(READER.waId).map((m) => m.text)).toContain('Thank you!');
  });

  it('not on WhatsApp: the opt-in fails with 131026 and the SMS offer is recorded', async () => {
    const x = await start();
    const threadId = await askConsent(x, NOT_ON_WHATSAPP.contactId);
    expect(await x.notices(threadId)).toEqual(['opt_in_requested', 'contact_not_on_whatsapp']);
    const [optIn] = (await x.threadMessages(threadId)).filter((m) => m.direction === 'outbound');
    expect(optIn).toMatchObject({ status: 'failed', failureCode: 131026 });
    await expect(send(x, threadId, 'hello')).rejects.toEqual(rule('contact_not_on_whatsapp'));
  });

  it('no answer: the reminder is refused before 24 h and goes out after', async () => {
    const x = await start();
    const threadId = await askConsent(x, QUIET.contactId);
    const remind = () =>
      x.engine.sendOptInReminder.execute({ tenantId: E2E_TENANT, userId: ADVISOR, threadId });
    await expect(remind()).rejects.toEqual(rule('reminder_too_early'));
    x.clock.advanceHours(24.1);
    await remind();
    await x.settle();
    expect(x.businessMessagesOn(QUIET.waId).map((m) => m.template?.name)).toEqual([
      'mlm_opt_in_request',
      'mlm_opt_in_reminder',
    ]);
  });
});

describe('the 24-hour window, end to end', () => {
  it('closed: the message waits, the resume template goes out, and a tap on Resume delivers it', async () => {
    const x = await start();
    const threadId = await consentedThread(x);
    x.clock.advanceHours(25);

    const queued = await send(x, threadId, 'Your documents are ready');
    expect(queued.message.status).toBe('pending');
    await x.settle();
    const resume = x.businessMessagesOn(READER.waId).at(-1);
    expect(resume).toMatchObject({
      template: { name: 'mlm_resume_conversation' },
      buttons: [expect.objectContaining({ title: 'Resume conversation' })],
    });
    expect(x.businessMessagesOn(READER.waId).some((m) => m.text === 'Your documents are ready')).toBe(false);

    await tap(x, READER.waId, 0);
    expect(x.businessMessagesOn(READER.waId).at(-1)).toMatchObject({
      type: 'text',
      text: 'Your documents are ready',
    });
    expect(await x.notices(threadId)).toContain('conversation_resumed');
  });

  it('WhatsApp fails a message with 131047: it is queued again, the resume template goes out, and it follows the tap', async () => {
    const x = await start();
    const threadId = await consentedThread(x);
    // WhatsApp knows better than the connector that the window has closed.
    x.phoneClockAhead(25);
    const { message } = await send(x, threadId, 'Still there?');
    await x.settle();
    const phone = x.businessMessagesOn(READER.waId);
    expect(phone.find((m) => m.text === 'Still there?')).toMatchObject({
      status: 'failed',
      statuses: expect.arrayContaining([
        expect.objectContaining({ error: expect.objectContaining({ code: 131047 }) as unknown }),
      ]) as unknown,
    });
    expect(phone.at(-1)).toMatchObject({ template: { name: 'mlm_resume_conversation' } });
    const [waiting] = (await x.threadMessages(threadId)).filter((m) => m.id === message.id);
    expect(waiting?.status).toBe('pending');

    await tap(x, READER.waId, 0);
    const [delivered] = (await x.threadMessages(threadId)).filter((m) => m.id === message.id);
    expect(delivered?.status).toBe('read');
    expect(
      x
        .businessMessagesOn(READER.waId)
        .filter((m) => m.text === 'Still there?')
        .map((m) => m.status),
    ).toEqual(['failed', 'read']);
  });
});

describe('templates, pictures and receipts, end to end', () => {
  it('a business template with parameters arrives rendered', async () => {
    const x = await start();
    const threadId = await consentedThread(x);
    await x.engine.sendTemplate.execute({
      tenantId: E2E_TENANT,
      userId: ADVISOR,
      threadId,
      clientMessageId: randomUUID(),
      templateName: 'appointment_reminder',
      language: 'en',
      params: ['Ms Example', '3 December at 10:00'],
    });
    await x.settle();
    expect(x.businessMessagesOn(READER.waId).at(-1)).toMatchObject({
      template: { name: 'appointment_reminder' },
      text: 'Dear Ms Example, this is a reminder of your appointment on 3 December at 10:00.',
    });
    await expect(
      x.engine.sendTemplate.execute({
        tenantId: E2E_TENANT,
        userId: ADVISOR,
        threadId,
        clientMessageId: randomUUID(),
        templateName: 'appointment_reminder',
        language: 'en',
        params: ['only one'],
      }),
    ).rejects.toEqual(rule('template_param_count'));
  });

  it('pictures both ways: the phone gets the bytes we stored, we keep the bytes the phone sent', async () => {
    const x = await start();
    const threadId = await consentedThread(x);
    const outgoing = pngBytes(20_000);
    const media = await x.engine.storeOutboundPicture.execute(E2E_TENANT, outgoing, 'image/png');
    await x.engine.sendMessage.execute({
      tenantId: E2E_TENANT,
      userId: ADVISOR,
      threadId,
      clientMessageId: randomUUID(),
      content: { type: 'image', media, caption: 'The form' },
    });
    await x.settle();
    const onPhone = x.businessMessagesOn(READER.waId).at(-1);
    expect(onPhone).toMatchObject({ type: 'image', caption: 'The form', mimeType: 'image/png' });
    const fetched = await fetch(`${x.emulator.url}/_emulator/media/${onPhone!.mediaId}`);
    expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(outgoing);

    const incoming = jpegBytes(30_000);
    x.phone.userSends(READER.waId, {
      type: 'image',
      dataBase64: Buffer.from(incoming).toString('base64'),
      mimeType: 'image/jpeg',
      caption: 'Signed',
    });
    await x.settle();
    const received = (await x.threadMessages(threadId)).filter(
      (m) => m.direction === 'inbound' && m.kind === 'image',
    );
    const sha = createHash('sha256').update(incoming).digest('hex');
    expect(received).toMatchObject([
      { media: { sha256: sha, size: 30_000, caption: 'Signed', storageKey: `${E2E_TENANT}/${sha}` } },
    ]);
  });

  it('receipts carry WhatsApp timestamps: sent, delivered and read for a reader; no read for a quiet user', async () => {
    const x = await start();
    const threadId = await consentedThread(x);
    const { message } = await send(x, threadId, 'Receipt me');
    await x.settle();
    const [row] = (await x.threadMessages(threadId)).filter((m) => m.id === message.id);
    const onPhone = x.businessMessagesOn(READER.waId).find((m) => m.text === 'Receipt me')!;
    const at = (status: string) => onPhone.statuses.find((s) => s.status === status)?.at;
    expect(row).toMatchObject({ status: 'read', wamid: onPhone.wamid });
    expect(row?.deliveredAt?.getTime()).toBe(Math.floor(Date.parse(at('delivered')!) / 1000) * 1000);
    expect(row?.readAt?.getTime()).toBe(Math.floor(Date.parse(at('read')!) / 1000) * 1000);

    const quiet = await consentedThread(x, QUIET.waId, QUIET.contactId);
    const second = await send(x, quiet, 'No blue ticks');
    await x.settle();
    const [quietRow] = (await x.threadMessages(quiet)).filter((m) => m.id === second.message.id);
    expect(quietRow).toMatchObject({ status: 'delivered', readAt: null });
  });
});

describe('delivery under stress, end to end', () => {
  it('duplicated, reordered and delayed webhooks give exactly the right messages and statuses', async () => {
    const x = await start({ chaos: { duplicateRate: 0.5, reorder: true, maxDelayMs: 40 } });
    const threadId = await consentedThread(x);
    const sent: string[] = [];
    for (let i = 1; i <= 8; i++) sent.push((await send(x, threadId, `Update ${i}`)).message.id);
    for (let i = 1; i <= 5; i++) x.phone.userSends(READER.waId, { type: 'text', body: `Reply ${i}` });
    await x.settle();

    const rows = await x.threadMessages(threadId);
    const outbound = rows.filter((m) => sent.includes(m.id));
    expect(outbound.map((m) => m.status)).toEqual(Array(8).fill('read'));
    expect(
      x
        .businessMessagesOn(READER.waId)
        .filter((m) => m.text?.startsWith('Update'))
        .map((m) => m.text),
    ).toEqual(sent.map((_, i) => `Update ${i + 1}`));
    const replies = rows.filter((m) => m.direction === 'inbound' && m.body?.startsWith('Reply'));
    expect(replies.map((m) => m.body).sort()).toEqual([
      'Reply 1',
      'Reply 2',
      'Reply 3',
      'Reply 4',
      'Reply 5',
    ]);
    expect(x.phone.webhooks().duplicatesInjected).toBeGreaterThan(0);
    expect(x.phone.stats().duplicateCallbackData).toBe(0);
  });

  it('a webhook with a bad signature is refused with 401 and changes nothing', async () => {
    const x = await start();
    const body = inboundTextWebhook(
      { phoneNumberId: EMULATOR_DEFAULTS.phoneNumberId },
      { from: READER.waId, wamid: 'wamid.forged', body: 'forged', at: x.clock.now() },
    );
    const res = await postSignedWebhook(`${x.app.url}${WHATSAPP_WEBHOOK_PATH}`, body, 'not-the-app-secret');
    expect(res.status).toBe(401);
    expect(await x.database.db.select().from(messages)).toEqual([]);
    expect(await x.database.db.select().from(jobs).where(eq(jobs.kind, 'whatsapp.inbound'))).toEqual([]);
  });

  it('a restart of the connector mid-stream loses nothing: webhooks are retried, queued sends go out once', async () => {
    const x = await start();
    const threadId = await consentedThread(x);
    for (let i = 1; i <= 5; i++) await send(x, threadId, `Before restart ${i}`);
    await x.restart(async () => {
      // While the connector is down the contact writes: the emulator retries until it is back.
      for (let i = 1; i <= 3; i++) x.phone.userSends(READER.waId, { type: 'text', body: `While down ${i}` });
      await waitFor(() => x.phone.webhooks().failedAttempts > 0, 5_000);
    });
    await x.settle();
    const rows = await x.threadMessages(threadId);
    expect(
      rows
        .filter((m) => m.direction === 'inbound' && m.body?.startsWith('While down'))
        .map((m) => m.body)
        .sort(),
    ).toEqual(['While down 1', 'While down 2', 'While down 3']);
    const onPhone = x.businessMessagesOn(READER.waId).filter((m) => m.text?.startsWith('Before restart'));
    expect(onPhone.map((m) => m.text)).toEqual([1, 2, 3, 4, 5].map((i) => `Before restart ${i}`));
    expect(x.phone.stats().duplicateCallbackData).toBe(0);
  });
});
