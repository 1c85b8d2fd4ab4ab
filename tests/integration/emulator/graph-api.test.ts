import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMULATOR_DEFAULTS } from '../../../emulator/index.js';
import {
  ALICE,
  BRUNO,
  CHEN,
  JPEG,
  PNG,
  startHarness,
  template,
  text,
  VERSION,
  wamidOf,
  type Harness,
} from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.stop());

interface GraphErrorAnswer {
  error: {
    message: string;
    type: string;
    code: number;
    error_subcode?: number;
    error_data?: { messaging_product: string; details: string };
    fbtrace_id: string;
  };
}

async function errorOf(response: Response): Promise<GraphErrorAnswer['error'] & { status: number }> {
  const body = (await response.json()) as GraphErrorAnswer;
  return { status: response.status, ...body.error };
}

/** The user writes, which opens the 24 h customer service window. */
async function userWrites(waId: string, body = 'Hi there', hoursAgo?: number): Promise<string> {
  const response = await h.control('POST', `users/${waId}/messages`, {
    type: 'text',
    body,
    ...(hoursAgo !== undefined ? { hoursAgo } : {}),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { wamid: string }).wamid;
}

function failureCodes(wamid: string): (number | undefined)[] {
  return h.receiver
    .statuses()
    .filter((s) => s.wamid === wamid && s.status === 'failed')
    .map((s) => s.error?.code);
}

function receiptsOf(wamid: string): string[] {
  return h.receiver
    .statuses()
    .filter((s) => s.wamid === wamid)
    .map((s) => s.status)
    .sort();
}

describe('authentication', () => {
  it('refuses a missing or wrong Bearer token with 401 and code 190', async () => {
    for (const authorization of ['', 'Bearer wrong-token']) {
      const response = await h.graph(`/${VERSION}/${EMULATOR_DEFAULTS.phoneNumberId}/messages`, {
        method: 'POST',
        headers: { authorization },
        json: { messaging_product: 'whatsapp', ...text(ALICE, 'Hi') },
      });
      const error = await errorOf(response);
      expect(error).toMatchObject({
        status: 401,
        message: 'Invalid OAuth access token - Cannot parse access token',
        type: 'OAuthException',
        code: 190,
      });
      expect(error.fbtrace_id).toEqual(expect.any(String));
    }
    expect(h.emulator.control.stats().accepted).toBe(0);
  });

  it('answers an unknown phone number id with code 100 in Meta’s error shape', async () => {
    const response = await h.graph(`/${VERSION}/999/messages`, {
      method: 'POST',
      json: { messaging_product: 'whatsapp', ...text(ALICE, 'Hi') },
    });
    const error = await errorOf(response);
    expect(error).toMatchObject({ status: 400, code: 100, type: 'OAuthException' });
    expect(error.error_data).toMatchObject({ messaging_product: 'whatsapp', details: expect.any(String) });
  });
});

describe('sending', () => {
  it('answers a send like Graph and reports sent, delivered and read', async () => {
    await userWrites(ALICE);
    const response = await h.send(text(ALICE, 'Hello from Teams', 'corr-1'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { messages: { id: string }[] };
    expect(body).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: ALICE, wa_id: ALICE }],
      messages: [{ id: expect.stringMatching(/^wamid\.[A-Za-z0-9+/=]+$/) }],
    });
    await h.drain();
    const wamid = body.messages[0]!.id;
    expect(receiptsOf(wamid)).toEqual(['delivered', 'read', 'sent']);
    expect(h.receiver.statuses().every((s) => s.correlationId === 'corr-1')).toBe(true);
  });

  it('keeps delivered and read until the user comes online, and read until receipts are on', async () => {
    await userWrites(BRUNO); // online, read receipts off
    await h.control('PATCH', `users/${BRUNO}`, { online: false });
    const wamid = await wamidOf(await h.send(text(BRUNO, 'Are you there?')));
    await h.drain();
    expect(receiptsOf(wamid)).toEqual(['sent']);
    await h.control('PATCH', `users/${BRUNO}`, { online: true });
    await h.drain();
    expect(receiptsOf(wamid)).toEqual(['delivered', 'sent']);
    await h.control('PATCH', `users/${BRUNO}`, { readReceipts: true });
    await h.drain();
    expect(receiptsOf(wamid)).toEqual(['delivered', 'read', 'sent']);
  });

  it('auto-creates an unknown number as a WhatsApp user', async () => {
    const wamid = await wamidOf(await h.send(template('4915112345678', 'mlm_participant_added', ['Anna'])));
    await h.drain();
    expect(receiptsOf(wamid)).toEqual(['delivered', 'read', 'sent']);
    expect(h.emulator.control.users().map((u) => u.waId)).toContain('4915112345678');
  });

  it('fails a send to a number not on WhatsApp with 131026', async () => {
    const wamid = await wamidOf(await h.send(template(CHEN, 'mlm_opt_in_request', ['Contoso'])));
    await h.drain();
    expect(receiptsOf(wamid)).toEqual(['failed']);
    expect(failureCodes(wamid)).toEqual([131026]);
    expect(h.receiver.statuses()[0]!.error?.title).toBe('Message undeliverable');
  });

  it('validates bodies like Graph: text length, buttons, unknown media', async () => {
    const tooLong = await errorOf(await h.send(text(ALICE, 'x'.repeat(4097))));
    expect(tooLong).toMatchObject({ status: 400, code: 100 });
    const buttons = (count: number, title = 'Ok') => ({
      to: ALICE,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Pick one' },
        action: {
          buttons: Array.from({ length: count }, (_, i) => ({
            type: 'reply',
            reply: { id: `b${i}`, title: `${title}${i}` },
          })),
        },
      },
    });
    expect(await errorOf(await h.send(buttons(4)))).toMatchObject({ status: 400, code: 100 });
    expect(await errorOf(await h.send(buttons(1, 'x'.repeat(20))))).toMatchObject({ status: 400, code: 100 });
    expect((await h.send(buttons(3))).status).toBe(200);
    const image = await errorOf(await h.send({ to: ALICE, type: 'image', image: { id: '123456' } }));
    expect(image).toMatchObject({ status: 400, code: 131053 });
    expect(await errorOf(await h.send({ to: ALICE, type: 'text' }))).toMatchObject({
      status: 400,
      code: 100,
    });
    expect(h.emulator.control.stats().rejected.byCode).toEqual({ '100': 4, '131053': 1 });
  });
});

describe('templates', () => {
  it('refuses an unknown name or language with 404 and 132001', async () => {
    for (const body of [
      template(ALICE, 'no_such_template', []),
      template(ALICE, 'mlm_opt_in_request', ['Contoso'], [], 'de'),
    ]) {
      const error = await errorOf(await h.send(body));
      expect(error).toMatchObject({ status: 404, code: 132001 });
      expect(error.message).toContain('Template name does not exist in the translation');
    }
  });

  it('refuses a parameter count that does not match with 132000', async () => {
    const error = await errorOf(await h.send(template(ALICE, 'appointment_reminder', ['Sam'])));
    expect(error).toMatchObject({ status: 400, code: 132000 });
    expect(error.message).toContain('Number of parameters does not match the expected number of params');
    const ok = await h.send(template(ALICE, 'appointment_reminder', ['Sam', 'Monday']));
    expect(ok.status).toBe(200);
    expect(
      ((await ok.json()) as { messages: { message_status: string }[] }).messages[0]!.message_status,
    ).toBe('accepted');
  });

  it('refuses a paused (132015) or disabled (132016) template, and sends it again once reinstated', async () => {
    h.emulator.control.changeTemplate('mlm_opt_in_request', 'en', { status: 'PAUSED' });
    const body = template(ALICE, 'mlm_opt_in_request', ['Contoso'], ['YES', 'NO']);
    expect(await errorOf(await h.send(body))).toMatchObject({ status: 400, code: 132015 });
    h.emulator.control.changeTemplate('mlm_opt_in_request', 'en', { status: 'DISABLED' });
    expect(await errorOf(await h.send(body))).toMatchObject({ status: 400, code: 132016 });
    h.emulator.control.changeTemplate('mlm_opt_in_request', 'en', { status: 'APPROVED' });
    expect((await h.send(body)).status).toBe(200);
  });

  it('lists the templates page by page: a client must follow paging.next', async () => {
    const names: string[] = [];
    let next: string | undefined =
      `${h.emulator.url}/${VERSION}/${EMULATOR_DEFAULTS.wabaId}/message_templates?limit=5`;
    let pages = 0;
    while (next) {
      const response = await h.graph(next.slice(h.emulator.url.length));
      expect(response.status).toBe(200);
      const page = (await response.json()) as {
        data: { name: string; language: string; status: string; category: string; components: unknown[] }[];
        paging: { cursors: { before: string; after: string }; next?: string };
      };
      expect(page.data.length).toBeLessThanOrEqual(5);
      expect(page.paging.cursors).toEqual({ before: expect.any(String), after: expect.any(String) });
      names.push(...page.data.map((t) => `${t.name}/${t.language}`));
      next = page.paging.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(names).toHaveLength(12);
    expect(new Set(names).size).toBe(12);
    expect(names).toContain('mlm_resume_conversation/es');
    const all = (await (
      await h.graph(`/${VERSION}/${EMULATOR_DEFAULTS.wabaId}/message_templates`)
    ).json()) as {
      data: { name: string; category: string; components: { type: string }[] }[];
      paging: object;
    };
    expect(all.data).toHaveLength(12);
    expect(all.paging).not.toHaveProperty('next');
    expect(all.data.find((t) => t.name === 'statement_ready')!.category).toBe('MARKETING');
    expect(all.data.find((t) => t.name === 'mlm_opt_in_request')!.components.map((c) => c.type)).toEqual([
      'BODY',
      'BUTTONS',
    ]);
  });
});

describe('the 24 h customer service window', () => {
  it('fails a free-form message with 131047 when the user never wrote, and sends it after they write', async () => {
    const before = await h.send(text(ALICE, 'Hello?'));
    expect(before.status).toBe(200);
    const closed = await wamidOf(before);
    await h.drain();
    expect(receiptsOf(closed)).toEqual(['failed']);
    expect(failureCodes(closed)).toEqual([131047]);

    await userWrites(ALICE);
    const open = await wamidOf(await h.send(text(ALICE, 'Hello again')));
    await h.drain();
    expect(failureCodes(open)).toEqual([]);
    expect(receiptsOf(open)).toContain('sent');
  });

  it('fails it when the user last wrote 25 hours ago, and when the clock passes 24 h', async () => {
    await userWrites(ALICE, 'Old message', 25);
    const stale = await wamidOf(await h.send(text(ALICE, 'Too late')));
    await userWrites(BRUNO, 'Fresh message');
    h.clock.advanceHours(23.9);
    const inTime = await wamidOf(await h.send(text(BRUNO, 'Just in time')));
    h.clock.advanceHours(0.2);
    const expired = await wamidOf(await h.send(text(BRUNO, 'Just too late')));
    await h.drain();
    expect(failureCodes(stale)).toEqual([131047]);
    expect(failureCodes(inTime)).toEqual([]);
    expect(failureCodes(expired)).toEqual([131047]);
  });

  it('sends templates outside the window', async () => {
    const wamid = await wamidOf(await h.send(template(ALICE, 'mlm_resume_conversation', [], ['RESUME'])));
    await h.drain();
    expect(failureCodes(wamid)).toEqual([]);
    expect(receiptsOf(wamid)).toEqual(['delivered', 'read', 'sent']);
  });
});

describe('throughput', () => {
  it('refuses sends above the per-second limit with 130429', async () => {
    await h.stop();
    h = await startHarness({ throughputPerSecond: 5 });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => h.send(template(ALICE, 'mlm_participant_left', [`P${i}`]))),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused).toHaveLength(3);
    for (const answer of refused) expect(await errorOf(answer)).toMatchObject({ status: 400, code: 130429 });
    const stats = h.emulator.control.stats();
    expect(stats).toMatchObject({ accepted: 5, rejected: { total: 3, byCode: { '130429': 3 } } });
    expect(stats.maxPerSecond).toBe(8);
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    expect((await h.send(template(ALICE, 'mlm_participant_left', ['Later']))).status).toBe(200);
  });

  it('counts sends whose callback data was seen before', async () => {
    await userWrites(ALICE);
    await h.send(text(ALICE, 'one', 'same'));
    await h.send(text(ALICE, 'two', 'same'));
    await h.send(text(ALICE, 'three', 'other'));
    expect(h.emulator.control.stats().duplicateCallbackData).toBe(1);
  });
});

describe('media', () => {
  async function upload(bytes: Buffer, type: string, fileType = type): Promise<Response> {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', type);
    form.set('file', new Blob([new Uint8Array(bytes)], { type: fileType }), 'picture');
    return h.graph(`/${VERSION}/${EMULATOR_DEFAULTS.phoneNumberId}/media`, { method: 'POST', body: form });
  }

  it('uploads, describes and serves an image with the token, until the URL expires', async () => {
    const uploaded = await upload(PNG, 'image/png');
    expect(uploaded.status).toBe(200);
    const { id } = (await uploaded.json()) as { id: string };
    expect(id).toMatch(/^\d+$/);

    const info = (await (await h.graph(`/${VERSION}/${id}`)).json()) as {
      url: string;
      mime_type: string;
      sha256: string;
      file_size: string;
      id: string;
      messaging_product: string;
    };
    expect(info).toMatchObject({
      messaging_product: 'whatsapp',
      mime_type: 'image/png',
      file_size: String(PNG.length),
      id,
    });
    expect(info.sha256).toBe(createHash('sha256').update(PNG).digest('base64'));
    expect(info.url.startsWith(h.emulator.url)).toBe(true);

    expect((await fetch(info.url)).status).toBe(401);
    const download = await h.graph(info.url.slice(h.emulator.url.length));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('base64')).toBe(info.sha256);

    h.clock.advance(5 * 60 * 1000 + 1);
    expect((await h.graph(info.url.slice(h.emulator.url.length))).status).toBe(404);
    const fresh = (await (await h.graph(`/${VERSION}/${id}`)).json()) as { url: string };
    expect((await h.graph(fresh.url.slice(h.emulator.url.length))).status).toBe(200);

    await userWrites(ALICE);
    const sent = await h.send({ to: ALICE, type: 'image', image: { id, caption: 'The invoice' } });
    expect(sent.status).toBe(200);
  });

  it('refuses types other than JPEG and PNG, and content that is not what it claims', async () => {
    expect((await upload(JPEG, 'image/jpeg')).status).toBe(200);
    const gif = await errorOf(await upload(Buffer.from('GIF89a....'), 'image/gif'));
    expect(gif).toMatchObject({ status: 400, code: 131053 });
    const lying = await errorOf(await upload(Buffer.from('%PDF-1.7 not an image'), 'image/png'));
    expect(lying).toMatchObject({ status: 400, code: 131053 });
    const mismatch = await errorOf(await upload(PNG, 'image/jpeg'));
    expect(mismatch).toMatchObject({ status: 400, code: 131053 });
    const huge = Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]);
    expect(await errorOf(await upload(huge, 'image/jpeg'))).toMatchObject({ status: 400, code: 131053 });
  });

  it('answers an unknown media id with code 100, and deletes media', async () => {
    expect(await errorOf(await h.graph(`/${VERSION}/1234567890`))).toMatchObject({ status: 400, code: 100 });
    const { id } = (await (await upload(PNG, 'image/png')).json()) as { id: string };
    expect(await (await h.graph(`/${VERSION}/${id}`, { method: 'DELETE' })).json()).toEqual({
      success: true,
    });
    expect((await h.graph(`/${VERSION}/${id}`)).status).toBe(400);
  });

  it('describes the business phone number', async () => {
    const info = await h.graph(`/${VERSION}/${EMULATOR_DEFAULTS.phoneNumberId}`);
    expect(await info.json()).toMatchObject({
      id: EMULATOR_DEFAULTS.phoneNumberId,
      display_phone_number: EMULATOR_DEFAULTS.displayPhoneNumber,
      platform_type: 'CLOUD_API',
    });
  });
});

describe('mark read', () => {
  it('answers success and shows blue ticks on the user’s message', async () => {
    const wamid = await userWrites(ALICE, 'Please read me');
    const response = await h.send({ status: 'read', message_id: wamid });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true });
    const chat = h.emulator.control.chat(ALICE);
    expect(chat.find((m) => m.wamid === wamid)).toMatchObject({ direction: 'inbound', readByBusiness: true });
    expect(await errorOf(await h.send({ status: 'read', message_id: 'wamid.unknown' }))).toMatchObject({
      code: 100,
    });
  });
});
