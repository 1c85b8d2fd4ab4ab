import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../../emulator/index.js';
import { ALICE, CHEN, startHarness, template, text, wamidOf, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.stop());

async function json<T>(response: Response, status = 200): Promise<T> {
  expect(response.status).toBe(status);
  return (await response.json()) as T;
}

describe('the phone page', () => {
  it('is one self-contained HTML page: no external URLs, no innerHTML', async () => {
    const response = await fetch(`${h.emulator.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<!doctype html>');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/(src|href)=["']\/\//);
    expect(html).not.toContain('innerHTML');
    expect(html).toContain('/_emulator/state');
    expect(html).toContain('/_emulator/events');
    for (const control of [
      'on WhatsApp',
      'read receipts',
      'online',
      'hours ago',
      'send picture',
      'Add a phone',
    ])
      expect(html).toContain(control);
    // The script must at least parse, and find every element it looks up by id.
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    expect(() => new Function(script)).not.toThrow();
    const looked = [...script.matchAll(/\$\('([\w-]+)'\)/g)].map((m) => m[1]!);
    const markup = html.slice(0, html.indexOf('<script>'));
    expect(looked.length).toBeGreaterThan(5);
    for (const id of new Set(looked)) expect(markup, `element #${id}`).toContain(`id="${id}"`);
  });

  it('streams a change event when the state changes', async () => {
    const controller = new AbortController();
    const response = await fetch(`${h.emulator.url}/_emulator/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'ping' });
    let seen = '';
    while (!seen.includes('event: change')) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += Buffer.from(value).toString('utf8');
    }
    expect(seen).toContain('event: change');
    controller.abort();
  });
});

describe('the control API over HTTP', () => {
  it('manages users and their toggles, and acts as them', async () => {
    const created = await json<{ waId: string; online: boolean }>(
      await h.control('POST', 'users', { waId: '+49 151 1234 5678', name: 'Dana', online: false }),
      201,
    );
    expect(created).toMatchObject({
      waId: '4915112345678',
      online: false,
      onWhatsApp: true,
      windowOpen: false,
    });
    expect((await h.control('POST', 'users', { waId: '4915112345678', name: 'Again' })).status).toBe(409);
    expect((await h.control('POST', 'users', { waId: 'abc', name: 'Bad' })).status).toBe(400);

    const sent = await json<{ wamid: string }>(
      await h.control('POST', 'users/4915112345678/messages', { type: 'text', body: 'Hi from Dana' }),
      201,
    );
    expect(sent.wamid).toMatch(/^wamid\./);
    const patched = await json<{ online: boolean; windowOpen: boolean }>(
      await h.control('PATCH', 'users/4915112345678', { online: true, readReceipts: false }),
    );
    expect(patched).toMatchObject({ online: true, readReceipts: false, windowOpen: true });
    expect((await h.control('PATCH', 'users/4915112345678', { online: 'yes' })).status).toBe(400);

    const chat = await json<{ chat: { direction: string; text: string }[] }>(
      await h.control('GET', 'users/4915112345678/chat'),
    );
    expect(chat.chat).toEqual([expect.objectContaining({ direction: 'inbound', text: 'Hi from Dana' })]);
    expect((await h.control('GET', 'users/123456789/chat')).status).toBe(404);
    expect((await h.control('POST', `users/${CHEN}/messages`, { type: 'text', body: 'x' })).status).toBe(409);
    expect((await h.control('POST', `users/${ALICE}/messages`, { type: 'video' })).status).toBe(400);
  });

  it('shows every business message with its receipts in the state, and taps over HTTP', async () => {
    const wamid = await wamidOf(await h.send(template(ALICE, 'mlm_resume_conversation', [], ['RESUME'])));
    await h.control('POST', 'webhooks/drain?timeoutMs=5000');
    const state = await json<EmulatorState>(await h.control('GET', 'state'));
    const alice = state.users.find((u) => u.waId === ALICE)!;
    expect(alice.chat[0]).toMatchObject({
      direction: 'outbound',
      wamid,
      type: 'template',
      status: 'read',
      template: { name: 'mlm_resume_conversation', language: 'en', category: 'UTILITY' },
      buttons: [{ index: 0, title: 'Resume conversation', payload: 'RESUME' }],
    });
    expect(alice.chat[0]!.direction === 'outbound' && alice.chat[0]!.statuses.map((s) => s.status)).toEqual([
      'sent',
      'delivered',
      'read',
    ]);
    expect(state.templates).toHaveLength(12);
    expect(state.business.phoneNumberId).toBe('100000000000001');
    expect(state.users.map((u) => u.onWhatsApp)).toEqual([true, true, false]);

    expect((await h.control('POST', `users/${ALICE}/tap`, { wamid, index: 3 })).status).toBe(400);
    const tap = await json<{ wamid: string }>(
      await h.control('POST', `users/${ALICE}/tap`, { wamid, index: 0 }),
      201,
    );
    const drained = await json<{ drained: boolean; queued: number }>(
      await h.control('POST', 'webhooks/drain?timeoutMs=5000'),
    );
    expect(drained).toMatchObject({ drained: true, queued: 0, inFlight: 0 });
    expect(h.receiver.inbound().find((m) => m.wamid === tap.wamid)!.content).toEqual({
      type: 'button',
      payload: 'RESUME',
      text: 'Resume conversation',
    });
  });

  it('changes templates, webhook URL, chaos and throughput, and reports counters and stats', async () => {
    const paused = await json<{ status: string }>(
      await h.control('POST', 'templates/mlm_opt_in_request/es', { status: 'PAUSED' }),
    );
    expect(paused).toMatchObject({ name: 'mlm_opt_in_request', language: 'es', status: 'PAUSED' });
    expect((await h.control('POST', 'templates/nope/en', { status: 'PAUSED' })).status).toBe(404);
    expect((await h.control('POST', 'templates/mlm_opt_in_request/es', { status: 'GONE' })).status).toBe(400);

    expect(await json(await h.control('PUT', 'chaos', { duplicateRate: 0.5 }))).toEqual({
      duplicateRate: 0.5,
      reorder: false,
      maxDelayMs: 0,
    });
    expect((await h.control('PUT', 'chaos', { duplicateRate: 2 })).status).toBe(400);
    await json(await h.control('PUT', 'chaos', { duplicateRate: 0 }));
    await json(await h.control('PUT', 'throughput', { perSecond: 1 }));
    await json(await h.control('PUT', 'webhook', { url: 'not a url' }), 400);
    await json(await h.control('PUT', 'webhook', { url: h.receiver.url }));

    h.emulator.control.userSends(ALICE, { type: 'text', body: 'open the window' });
    expect((await h.send(text(ALICE, 'first'))).status).toBe(200);
    expect((await h.send(text(ALICE, 'second'))).status).toBe(400);
    await h.control('POST', 'webhooks/drain');
    const stats = await json<{ accepted: number; rejected: { byCode: Record<string, number> } }>(
      await h.control('GET', 'stats'),
    );
    expect(stats).toMatchObject({
      accepted: 1,
      rejected: { total: 1, byCode: { '130429': 1 } },
      maxPerSecond: 2,
    });
    const counters = await json<{ delivered: number }>(await h.control('GET', 'webhooks'));
    expect(counters).toMatchObject({ queued: 0, inFlight: 0, failedAttempts: 0, duplicatesInjected: 0 });
    expect(counters.delivered).toBeGreaterThanOrEqual(5);

    await json(await h.control('POST', 'reset'));
    const state = await json<EmulatorState>(await h.control('GET', 'state'));
    expect(state.users.every((u) => u.chat.length === 0)).toBe(true);
    expect(state.templates.every((t) => t.status === 'APPROVED')).toBe(true);
    expect(state.stats).toMatchObject({ accepted: 0, rejected: { total: 0 } });
    expect(state.webhooks.delivered).toBe(0);
    expect(state.webhookUrl).toBe(h.receiver.url);
    expect(state.throughputPerSecond).toBe(1);
    expect((await h.control('GET', 'nothing-here')).status).toBe(404);
  });
});
