import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorClient } from '../../../shared/client/connector-client.js';
import {
  ALICE,
  ApiHarness,
  BETTY,
  BOB,
  failure,
  FRED,
  newContact,
  TENANT_A,
  TENANT_B,
  byPhone,
} from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

async function unreadOf(client: ConnectorClient, threadId: string): Promise<number | undefined> {
  return (await client.listThreads()).threads.find((t) => t.id === threadId)?.unreadCount;
}

async function newestMessageId(client: ConnectorClient, threadId: string): Promise<string> {
  const { messages } = await client.listMessages(threadId);
  const newest = messages.at(-1);
  if (!newest) throw new Error('no message');
  return newest.id;
}

describe('read markers and unread counts', () => {
  it("counts the contact's messages after the marker, per user; marking read brings it down, never back", async () => {
    const alice = api.as(TENANT_A, ALICE);
    const bob = api.as(TENANT_A, BOB);
    const contact = await newContact(alice, 'Hana Unread');
    const waId = byPhone(contact).phoneE164.slice(1);
    const threadId = await api.consentedThread(alice, byPhone(contact));
    await alice.addParticipant(threadId, BOB);
    // The opt-in answer was the contact's first message.
    expect(await unreadOf(alice, threadId)).toBe(1);

    await api.contactSends(waId, { type: 'text', body: 'Are you there?' });
    await api.contactSends(waId, { type: 'text', body: 'Hello?' });
    expect(await unreadOf(alice, threadId)).toBe(3);
    const upToSecond = await newestMessageId(alice, threadId);

    // Colleagues' messages and notices never count.
    await bob.sendMessage(threadId, {
      clientMessageId: randomUUID(),
      content: { type: 'text', body: 'On it' },
    });
    expect(await unreadOf(alice, threadId)).toBe(3);

    const read = await alice.markThreadRead(threadId, upToSecond);
    expect(read).toMatchObject({ threadId, lastReadMessageId: upToSecond, unreadCount: 0, advanced: true });
    expect(await unreadOf(alice, threadId)).toBe(0);
    // Bob's marker is his own.
    expect(await unreadOf(bob, threadId)).toBe(3);

    await api.contactSends(waId, { type: 'text', body: 'Thanks!' });
    expect(await unreadOf(alice, threadId)).toBe(1);
    expect((await alice.getThread(threadId)).unreadCount).toBe(1);
    const newest = await newestMessageId(alice, threadId);
    expect(await alice.markThreadRead(threadId, newest)).toMatchObject({ unreadCount: 0, advanced: true });

    // Forward only: an older message (a late request from another tab) leaves the marker where it is.
    const late = await alice.markThreadRead(threadId, upToSecond);
    expect(late).toMatchObject({ lastReadMessageId: newest, unreadCount: 0, advanced: false });
    expect(await alice.markThreadRead(threadId, newest)).toMatchObject({ advanced: false });
  });

  it('answers 400 naming the field, and 404 for a message of another thread or a thread not visible', async () => {
    const alice = api.as(TENANT_A, ALICE, { locale: 'ja' });
    const threadId = await api.consentedThread(alice, byPhone(await newContact(alice)));
    const other = await api.consentedThread(alice, byPhone(await newContact(alice)));
    const response = await api.fetchAs(TENANT_A, ALICE, `/api/v1/threads/${threadId}/read`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ upToMessageId: 'latest' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain('upToMessageId');

    await failure(alice.markThreadRead(threadId, await newestMessageId(alice, other)), 404, 'not_found');
    await failure(alice.markThreadRead(threadId, randomUUID()), 404, 'not_found');
    const { threadId: bettys } = await api.as(TENANT_B, BETTY).startThread(FRED.id);
    await failure(alice.markThreadRead(bettys, randomUUID()), 404, 'thread_not_found');
    await failure(
      api.as(TENANT_A, BOB).markThreadRead(threadId, await newestMessageId(alice, threadId)),
      404,
      'thread_not_found',
    );
  });
});
