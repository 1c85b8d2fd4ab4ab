import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, ApiHarness, failure, newContact, PHONE_A, TENANT_A } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

const alice = () => api.as(TENANT_A, ALICE);

async function consented(): Promise<{ threadId: string; waId: string }> {
  const contact = await newContact(alice());
  const threadId = await api.consentedThread(alice(), { ...contact, phoneE164: contact.phoneE164! });
  return { threadId, waId: contact.phoneE164!.slice(1) };
}

describe('messages', () => {
  it('sends a text, answers a retry with the same message, and shows every status with its time', async () => {
    const { threadId } = await consented();
    const clientMessageId = randomUUID();
    const first = await alice().sendMessage(threadId, {
      clientMessageId,
      content: { type: 'text', body: 'Hello Dana' },
    });
    expect(first.replayed).toBe(false);
    expect(first.message).toMatchObject({
      direction: 'outbound',
      kind: 'text',
      body: 'Hello Dana',
      clientMessageId,
    });
    expect(first.message.sender).toEqual({ userId: ALICE, displayName: 'Alice Martin' });

    const retry = await alice().sendMessage(threadId, {
      clientMessageId,
      content: { type: 'text', body: 'Hello Dana' },
    });
    expect(retry.replayed).toBe(true);
    expect(retry.message.id).toBe(first.message.id);

    await api.h.runDueJobs();
    const wamid = api.h.whatsapp.lastSent().wamid;
    for (const status of ['delivered', 'read'] as const) {
      api.h.clock.advance(1_000);
      await api.h.engine.handleStatusUpdate.execute({
        phoneNumberId: PHONE_A,
        wamid,
        status,
        timestamp: api.h.clock.now(),
        correlationId: null,
        error: null,
      });
    }
    const info = await alice().getMessage(first.message.id);
    expect(info.message.status).toBe('read');
    expect(info.statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['sent', 'delivered', 'read']));
    const times = info.statuses.map((s) => Date.parse(s.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('answers 400 naming the invalid field, and 400 for an empty message', async () => {
    const { threadId } = await consented();
    const response = await api.fetchAs(TENANT_A, ALICE, `/api/v1/threads/${threadId}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientMessageId: 'x1', content: { type: 'text' } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'invalid_request' });
    expect(body.error.message).toContain('content.body');

    await failure(
      alice().sendMessage(threadId, {
        clientMessageId: randomUUID(),
        content: { type: 'text', body: '   ' },
      }),
      400,
      'message_empty',
    );
  });

  it('refuses a send on a declined thread with 409 and the reason in German', async () => {
    const contact = await newContact(alice());
    const { threadId } = await alice().startThread(contact.id);
    await alice().requestOptIn(threadId);
    await api.h.runDueJobs();
    await api.contactSends(contact.phoneE164!.slice(1), { type: 'button', payload: 'OPT_IN_NO', text: 'No' });
    await api.h.runDueJobs();
    expect((await alice().getThread(threadId)).state).toBe('declined');
    const german = api.as(TENANT_A, ALICE, { locale: 'de-DE,de;q=0.9' });
    const error = await failure(
      german.sendMessage(threadId, {
        clientMessageId: randomUUID(),
        content: { type: 'text', body: 'Hallo' },
      }),
      409,
      'consent_declined',
    );
    expect(error.message).toContain('abgelehnt');
  });

  it('lists approved business templates and sends one with its parameters', async () => {
    const { templates } = await alice().listTemplates();
    const appointment = templates.find((t) => t.name === 'appointment_reminder');
    expect(appointment).toMatchObject({ language: 'en', paramCount: 2 });
    expect(appointment?.bodyText).toContain('{{1}}');
    // The connector's own templates (opt-in, resume, notices) are not offered to users.
    expect(templates.every((t) => !t.name.startsWith('mlm_'))).toBe(true);

    const { threadId } = await consented();
    const sent = await alice().sendMessage(threadId, {
      clientMessageId: randomUUID(),
      content: { type: 'template', name: 'appointment_reminder', language: 'en', params: ['Dana', 'Monday'] },
    });
    expect(sent.message).toMatchObject({
      kind: 'template',
      template: { name: 'appointment_reminder', language: 'en', params: ['Dana', 'Monday'] },
    });
    const wrong = await failure(
      alice().sendMessage(threadId, {
        clientMessageId: randomUUID(),
        content: { type: 'template', name: 'appointment_reminder', language: 'en', params: ['Dana'] },
      }),
      400,
      'template_param_count',
    );
    expect(wrong.message).toContain('2');
  });

  it('pages messages oldest first, and explains a failure in the caller language', async () => {
    const { threadId } = await consented();
    for (const body of ['one', 'two', 'three'])
      await alice().sendMessage(threadId, { clientMessageId: randomUUID(), content: { type: 'text', body } });
    const newest = await alice().listMessages(threadId, { limit: 2 });
    expect(newest.messages.map((m) => m.body)).toEqual(['two', 'three']);
    expect(newest.hasMore).toBe(true);
    const older = await alice().listMessages(threadId, { before: newest.messages[0]!.id, limit: 200 });
    expect(older.messages.map((m) => m.body)).toContain('one');
    expect(older.messages.at(-1)?.body).toBe('one');
    // The opt-in notice is rendered for the reader.
    const notice = older.messages.find((m) => m.notice?.code === 'opt_in_requested');
    expect(notice?.notice?.text).toContain('Alice Martin');
    await failure(alice().listMessages(threadId, { limit: 0 }), 400, 'invalid_request');

    await api.h.runDueJobs();
    api.h.whatsapp.refuseNext(131026, 'Receiver is incapable of receiving this message');
    const doomed = await alice().sendMessage(threadId, {
      clientMessageId: randomUUID(),
      content: { type: 'text', body: 'x' },
    });
    await api.h.runDueJobs();
    const french = api.as(TENANT_A, ALICE, { locale: 'fr' });
    const info = await french.getMessage(doomed.message.id);
    expect(info.message.status).toBe('failed');
    expect(info.message.failure).toMatchObject({ code: 131026 });
    expect(info.message.failure?.reason).toMatch(/WhatsApp/);
    expect(info.statuses.at(-1)?.status).toBe('failed');
  });
});
