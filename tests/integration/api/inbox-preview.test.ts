import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, ApiHarness, newContact, TENANT_A } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

const alice = () => api.as(TENANT_A, ALICE);

describe('the inbox line of a template message', () => {
  it('shows the template filled in with the message’s parameters, in the list and in the thread', async () => {
    const contact = await newContact(alice());
    const threadId = await api.consentedThread(alice(), { ...contact, phoneE164: contact.phoneE164! });
    const sent = await alice().sendMessage(threadId, {
      clientMessageId: randomUUID(),
      content: {
        type: 'template',
        name: 'appointment_reminder',
        language: 'en',
        params: ['Dana', 'Monday 10:00'],
      },
    });

    const line = (await alice().listThreads()).threads.find((t) => t.id === threadId);
    expect(line?.lastMessage).toMatchObject({
      id: sent.message.id,
      kind: 'template',
      preview: 'Dear Dana, this is a reminder of your appointment on Monday 10:00.',
    });
    expect((await alice().getThread(threadId)).lastMessage?.preview).toBe(
      'Dear Dana, this is a reminder of your appointment on Monday 10:00.',
    );
    const ofContact = await alice().contactThreads(contact.id);
    expect(ofContact.threads.find((t) => t.id === threadId)?.lastMessage?.preview).toBe(
      'Dear Dana, this is a reminder of your appointment on Monday 10:00.',
    );
  });

  it('shows the opt-in request as the contact read it, with the requester’s name', async () => {
    const contact = await newContact(alice());
    const { threadId } = await alice().startThread(contact.id);
    await alice().requestOptIn(threadId);
    await api.h.runDueJobs();

    const line = (await alice().listThreads()).threads.find((t) => t.id === threadId);
    expect(line?.lastMessage?.kind).toBe('template');
    expect(line?.lastMessage?.preview).toBe(
      'Hello! Alice Martin would like to message you here on WhatsApp. May we?',
    );
  });
});
