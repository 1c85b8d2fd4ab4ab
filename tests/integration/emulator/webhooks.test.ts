import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EMULATOR_DEFAULTS, type EmulatorOptions } from '../../../emulator/index.js';
import { verifyWebhookSignature } from '../../../shared/adapters/whatsapp-cloud/webhook/verify-signature.js';
import { waitFor } from '../../support/wait-for.js';
import {
  ALICE,
  BRUNO,
  PNG,
  startHarness,
  template,
  text,
  VERSION,
  wamidOf,
  type Harness,
} from './harness.js';

let h: Harness | undefined;
async function start(options: EmulatorOptions = {}): Promise<Harness> {
  h = await startHarness(options);
  return h;
}
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('status webhooks', () => {
  it('are signed with the app secret, shaped like Meta’s and parse in the connector', async () => {
    const h = await start();
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'Hi' });
    const wamid = await wamidOf(await h.send(text(ALICE, 'Hello', 'local-message-7')));
    await h.drain();

    expect(h.receiver.received.length).toBeGreaterThanOrEqual(4);
    expect(h.receiver.allSigned()).toBe(true);
    expect(h.receiver.received.every((r) => r.contentType?.startsWith('application/json'))).toBe(true);
    const tampered = Buffer.concat([h.receiver.received[0]!.raw, Buffer.from(' ')]);
    expect(
      verifyWebhookSignature(tampered, h.receiver.received[0]!.signature, EMULATOR_DEFAULTS.appSecret),
    ).toBe(false);

    const statuses = h.receiver.statuses().filter((s) => s.wamid === wamid);
    expect(statuses.map((s) => s.status).sort()).toEqual(['delivered', 'read', 'sent']);
    for (const status of statuses)
      expect(status).toMatchObject({
        phoneNumberId: EMULATOR_DEFAULTS.phoneNumberId,
        correlationId: 'local-message-7',
        error: null,
        timestamp: new Date('2026-03-02T09:00:00.000Z'),
      });

    const envelope = h.receiver.received.find((r) => r.parsed.statuses.some((s) => s.status === 'sent'))!
      .body as {
      object: string;
      entry: { id: string; changes: { field: string; value: Record<string, unknown> }[] }[];
    };
    expect(envelope.object).toBe('whatsapp_business_account');
    expect(envelope.entry[0]!.id).toBe(EMULATOR_DEFAULTS.wabaId);
    const value = envelope.entry[0]!.changes[0]!.value;
    expect(envelope.entry[0]!.changes[0]!.field).toBe('messages');
    expect(value.metadata).toEqual({
      display_phone_number: '15550100000',
      phone_number_id: EMULATOR_DEFAULTS.phoneNumberId,
    });
    expect((value.statuses as unknown[])[0]).toMatchObject({
      id: wamid,
      status: 'sent',
      timestamp: String(Date.parse('2026-03-02T09:00:00.000Z') / 1000),
      recipient_id: ALICE,
      biz_opaque_callback_data: 'local-message-7',
      pricing: { category: 'service', pricing_model: 'PMP' },
    });
  });

  it('batch several events into one POST when webhookBatchSize allows it', async () => {
    const h = await start({ webhookBatchSize: 10, webhookConcurrency: 1 });
    for (let i = 0; i < 5; i++) h.emulator.control.userSends(ALICE, { type: 'text', body: `message ${i}` });
    await h.drain();
    expect(h.receiver.inbound()).toHaveLength(5);
    expect(h.receiver.received.length).toBeLessThan(5);
    expect(h.emulator.control.webhooks()).toMatchObject({ delivered: 5, queued: 0, inFlight: 0 });
  });
});

describe('inbound webhooks', () => {
  it('carry the user’s text, image, reaction and unsupported messages', async () => {
    const h = await start();
    const { control } = h.emulator;
    const textWamid = control.userSends(ALICE, { type: 'text', body: 'Hello business' }).wamid;
    const imageWamid = control.userSends(ALICE, {
      type: 'image',
      dataBase64: PNG.toString('base64'),
      mimeType: 'image/png',
      caption: 'my receipt',
    }).wamid;
    const sent = await wamidOf(await h.send(text(ALICE, 'Thanks')));
    await h.drain();
    control.userSends(ALICE, { type: 'reaction', toWamid: sent, emoji: '👍' });
    control.userSends(ALICE, { type: 'unsupported' });
    await h.drain();
    expect(h.receiver.allSigned()).toBe(true);

    const inbound = h.receiver.inbound();
    const byType = (type: string) => inbound.find((m) => m.content.type === type)!;
    expect(byType('text')).toMatchObject({
      wamid: textWamid,
      fromWaId: ALICE,
      profileName: 'Alice Example',
      phoneNumberId: EMULATOR_DEFAULTS.phoneNumberId,
      content: { type: 'text', body: 'Hello business' },
    });
    const image = byType('image');
    expect(image.wamid).toBe(imageWamid);
    if (image.content.type !== 'image') throw new Error('expected an image');
    expect(image.content.media).toMatchObject({
      mimeType: 'image/png',
      caption: 'my receipt',
      sha256: createHash('sha256').update(PNG).digest('base64'),
    });
    // The connector fetches the user's picture like any other media.
    const info = (await (await h.graph(`/${VERSION}/${image.content.media.mediaId}`)).json()) as {
      url: string;
    };
    const bytes = Buffer.from(await (await h.graph(info.url.slice(h.emulator.url.length))).arrayBuffer());
    expect(bytes.equals(PNG)).toBe(true);

    expect(byType('reaction').content).toEqual({ type: 'reaction', emoji: '👍', toWamid: sent });
    expect(byType('unsupported').content).toEqual({ type: 'unsupported', originalType: 'unsupported' });
  });

  it('escape every non-ASCII character as \\uXXXX, and the signature still verifies', async () => {
    const h = await start();
    const body = 'みどりいろ, J’ai mangé des pâtes 👍';
    h.emulator.control.userSends(BRUNO, { type: 'text', body });
    await h.drain();
    const [received] = h.receiver.received;
    const raw = received!.raw.toString('utf8');
    expect(/[^\x20-\x7e]/.test(raw)).toBe(false);
    expect(raw).toContain('\\u307f\\u3069\\u308a\\u3044\\u308d');
    expect(raw).toContain('\\ud83d\\udc4d');
    expect(verifyWebhookSignature(received!.raw, received!.signature, EMULATOR_DEFAULTS.appSecret)).toBe(
      true,
    );
    expect(h.receiver.inbound()[0]!.content).toEqual({ type: 'text', body });
  });

  it('set the window start from a backdated message (hoursAgo)', async () => {
    const h = await start();
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'Long ago', hoursAgo: 25 });
    await h.drain();
    const [message] = h.receiver.inbound();
    expect(message!.timestamp).toEqual(new Date(Date.parse('2026-03-02T09:00:00.000Z') - 25 * 3_600_000));
    expect(h.emulator.control.users().find((u) => u.waId === ALICE)).toMatchObject({ windowOpen: false });
  });
});

describe('taps', () => {
  it('on a template quick reply send a button message with the payload the send carried', async () => {
    const h = await start();
    const wamid = await wamidOf(
      await h.send(template(ALICE, 'mlm_opt_in_request', ['Contoso'], ['OPT_IN_YES', 'OPT_IN_NO'])),
    );
    await h.drain();
    const chat = h.emulator.control.chat(ALICE);
    expect(chat[0]).toMatchObject({
      text: 'Hello! Contoso would like to message you here on WhatsApp. May we?',
      buttons: [
        { index: 0, title: 'Yes', payload: 'OPT_IN_YES' },
        { index: 1, title: 'No', payload: 'OPT_IN_NO' },
      ],
    });
    const response = await h.control('POST', `users/${ALICE}/tap`, { wamid, index: 1 });
    expect(response.status).toBe(201);
    const tapWamid = ((await response.json()) as { wamid: string }).wamid;
    await h.drain();
    const tap = h.receiver.inbound().find((m) => m.wamid === tapWamid)!;
    expect(tap).toMatchObject({
      contextWamid: wamid,
      content: { type: 'button', payload: 'OPT_IN_NO', text: 'No' },
    });
    const raw = h.receiver.received.find((r) => r.parsed.inbound.length > 0)!.body as {
      entry: { changes: { value: { messages: { context: unknown }[] } }[] }[];
    };
    expect(raw.entry[0]!.changes[0]!.value.messages[0]!.context).toEqual({ from: '15550100000', id: wamid });
    // A tap is a message from the user: it opens the service window.
    expect(h.emulator.control.users().find((u) => u.waId === ALICE)!.windowOpen).toBe(true);
  });

  it('on an interactive reply button send a button_reply', async () => {
    const h = await start();
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'Help' });
    const wamid = await wamidOf(
      await h.send({
        to: ALICE,
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
      }),
    );
    await h.drain();
    const tapWamid = h.emulator.control.tap(ALICE, wamid, 0).wamid;
    await h.drain();
    expect(h.receiver.inbound().find((m) => m.wamid === tapWamid)).toMatchObject({
      contextWamid: wamid,
      content: { type: 'interactive', replyId: 'SOLVED', title: 'Yes' },
    });
  });
});

describe('delivery', () => {
  it('retries a webhook the receiver refused, and delivers it once', async () => {
    const h = await start({ webhookRetryDelaysMs: [10, 20] });
    h.receiver.answer = (post) => (post <= 2 ? 500 : 200);
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'Retry me' });
    await h.drain();
    expect(h.receiver.posts).toBe(3);
    expect(h.receiver.inbound()).toHaveLength(1);
    expect(h.emulator.control.webhooks()).toMatchObject({
      delivered: 1,
      failedAttempts: 2,
      queued: 0,
      inFlight: 0,
    });
  });

  it('gives a webhook up after webhookMaxAttempts', async () => {
    const h = await start({ webhookRetryDelaysMs: [5], webhookMaxAttempts: 3 });
    h.receiver.answer = () => 503;
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'Never arrives' });
    await h.drain();
    expect(h.receiver.posts).toBe(3);
    expect(h.emulator.control.webhooks()).toMatchObject({
      delivered: 0,
      failedAttempts: 3,
      abandoned: 1,
      queued: 0,
    });
  });

  it('retries after a network error until the receiver is back', async () => {
    const h = await start({ webhookRetryDelaysMs: [10] });
    h.emulator.control.setWebhookUrl('http://127.0.0.1:9/unreachable');
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'Anyone?' });
    await waitFor(() => h.emulator.control.webhooks().failedAttempts >= 2);
    h.emulator.control.setWebhookUrl(h.receiver.url);
    await h.drain();
    expect(h.receiver.inbound()).toHaveLength(1);
    expect(h.emulator.control.webhooks().delivered).toBe(1);
  });

  it('keeps webhooks queued while no URL is set', async () => {
    const h = await start();
    h.emulator.control.setWebhookUrl(null);
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'Queued' });
    expect(await h.emulator.control.drain(100)).toBe(false);
    expect(h.emulator.control.webhooks().queued).toBe(1);
    h.emulator.control.setWebhookUrl(h.receiver.url);
    await h.drain();
    expect(h.receiver.inbound()).toHaveLength(1);
  });

  it('chaos: duplicates every delivery and counts it', async () => {
    const h = await start({ chaos: { duplicateRate: 1 } });
    for (let i = 0; i < 3; i++) h.emulator.control.userSends(ALICE, { type: 'text', body: `dup ${i}` });
    await h.drain();
    expect(h.emulator.control.webhooks()).toMatchObject({ duplicatesInjected: 3, delivered: 6 });
    const wamids = h.receiver.inbound().map((m) => m.wamid);
    expect(wamids).toHaveLength(6);
    expect(new Set(wamids).size).toBe(3);
  });

  it('chaos: the same seed injects the same duplicates', async () => {
    const duplicatesWith = async (seed: number) => {
      const run = await startHarness({ seed, chaos: { duplicateRate: 0.5 } });
      for (let i = 0; i < 20; i++)
        run.emulator.control.userSends(ALICE, { type: 'text', body: `seeded ${i}` });
      await run.drain();
      const counters = run.emulator.control.webhooks();
      await run.stop();
      return counters.duplicatesInjected;
    };
    const first = await duplicatesWith(7);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(20);
    expect(await duplicatesWith(7)).toBe(first);
  });

  it('chaos: reorders and delays deliveries, and counts what came out of order', async () => {
    const h = await start({ webhookConcurrency: 1 });
    h.emulator.control.setWebhookUrl(null);
    const sent: string[] = [];
    for (let i = 0; i < 12; i++)
      sent.push(h.emulator.control.userSends(ALICE, { type: 'text', body: `order ${i}` }).wamid);
    h.emulator.control.setChaos({ reorder: true, maxDelayMs: 5 });
    h.emulator.control.setWebhookUrl(h.receiver.url);
    await h.drain();
    const received = h.receiver.inbound().map((m) => m.wamid);
    expect([...received].sort()).toEqual([...sent].sort());
    expect(received).not.toEqual(sent);
    expect(h.emulator.control.webhooks().reordered).toBeGreaterThan(0);
    expect(h.emulator.control.state().chaos).toEqual({ duplicateRate: 0, reorder: true, maxDelayMs: 5 });
  });
});

describe('template webhooks', () => {
  it('report status and category changes in Meta’s fields', async () => {
    const h = await start();
    const { control } = h.emulator;
    control.changeTemplate('mlm_opt_in_request', 'en', { status: 'PAUSED', reason: 'LOW_QUALITY' });
    await h.drain();
    control.changeTemplate('mlm_opt_in_request', 'en', { status: 'APPROVED' });
    await h.drain();
    control.changeTemplate('statement_ready', 'en', { category: 'UTILITY' });
    await h.drain();
    expect(h.receiver.allSigned()).toBe(true);
    const updates = h.receiver.received
      .flatMap((r) => r.parsed.templateStatusUpdates)
      .filter((u) => u.templateName === 'mlm_opt_in_request');
    const id = control
      .state()
      .templates.find((t) => t.name === 'mlm_opt_in_request' && t.language === 'en')!.id;
    expect(updates).toMatchObject([
      {
        wabaId: EMULATOR_DEFAULTS.wabaId,
        templateName: 'mlm_opt_in_request',
        language: 'en',
        event: 'PAUSED',
        reason: 'LOW_QUALITY',
        templateId: id,
      },
      {
        wabaId: EMULATOR_DEFAULTS.wabaId,
        templateName: 'mlm_opt_in_request',
        language: 'en',
        event: 'REINSTATED',
        templateId: id,
      },
    ]);
    expect(updates[1]).not.toHaveProperty('reason');
    const category = h.receiver.received.at(-1)!.body as {
      entry: { changes: { field: string; value: Record<string, unknown> }[] }[];
    };
    expect(category.entry[0]).toMatchObject({ time: Date.parse('2026-03-02T09:00:00.000Z') / 1000 });
    expect(category.entry[0]!.changes[0]).toMatchObject({
      field: 'template_category_update',
      value: {
        message_template_name: 'statement_ready',
        previous_category: 'MARKETING',
        new_category: 'UTILITY',
      },
    });
  });
});
