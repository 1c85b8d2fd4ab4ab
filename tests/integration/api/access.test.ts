import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADAM,
  ALICE,
  ApiHarness,
  BETTY,
  BOB,
  CAROL,
  CORA,
  DANA,
  failure,
  TENANT_A,
  TENANT_B,
} from './api-harness.js';

let api: ApiHarness;
let threadId: string;
let messageId: string;

beforeAll(async () => {
  api = await ApiHarness.start();
  const alice = api.as(TENANT_A, ALICE);
  threadId = await api.consentedThread(alice);
  const sent = await alice.sendMessage(threadId, {
    clientMessageId: randomUUID(),
    content: { type: 'text', body: 'Your statement is ready' },
  });
  messageId = sent.message.id;
  await alice.addParticipant(threadId, BOB);
  await api.h.runDueJobs();
});
afterAll(() => api?.stop());

const text = (body: string) => ({ clientMessageId: randomUUID(), content: { type: 'text' as const, body } });

/** Every read of the thread answers 404, as if it did not exist. */
async function seesNothing(tenantId: string, userId: string, roles: string[] = []): Promise<void> {
  const client = api.as(tenantId, userId, { roles });
  await failure(client.getThread(threadId), 404, 'thread_not_found');
  await failure(client.listMessages(threadId), 404, 'thread_not_found');
  await failure(client.getMessage(messageId), 404, 'not_found');
  await failure(client.sendMessage(threadId, text('hi')), 404, 'thread_not_found');
  await failure(client.requestOptIn(threadId), 404, 'thread_not_found');
  await failure(client.addParticipant(threadId, userId), 404, 'thread_not_found');
  await failure(client.leaveThread(threadId), 404, 'thread_not_found');
  expect((await client.listThreads()).threads.map((t) => t.id)).not.toContain(threadId);
}

describe('who sees a thread', () => {
  it('another tenant sees nothing, even a user with the same id', async () => {
    await seesNothing(TENANT_B, BETTY);
    await seesNothing(TENANT_B, ALICE);
    await seesNothing(TENANT_B, ALICE, ['Compliance']);
    // Tenant A's contact is not tenant B's either.
    await failure(api.as(TENANT_B, BETTY).contactThreads(DANA.id), 404, 'contact_not_found');
    await failure(api.as(TENANT_B, BETTY).getContact(DANA.id), 404, 'contact_not_found');
    await failure(api.as(TENANT_B, BETTY).startThread(DANA.id), 404, 'contact_not_found');
  });

  it('a colleague who is not in the thread sees nothing, and neither does an admin', async () => {
    await seesNothing(TENANT_A, CAROL);
    await seesNothing(TENANT_A, ADAM, ['Admin']);
    expect((await api.as(TENANT_A, CAROL).contactThreads(DANA.id)).threads).toEqual([]);
  });

  it('participants read and write', async () => {
    const bob = api.as(TENANT_A, BOB);
    const detail = await bob.getThread(threadId);
    expect(detail.access).toBe('participant');
    expect(detail.participants.filter((p) => p.leftAt === null).map((p) => p.userId)).toEqual([ALICE, BOB]);
    expect((await bob.listThreads()).threads.map((t) => t.id)).toContain(threadId);
    const sent = await bob.sendMessage(threadId, text('Bob here'));
    // Several Teams users share the thread: the contact sees who wrote.
    expect(sent.message.body).toContain('Bob Chen');
  });

  it('compliance reads every thread of its tenant, read only', async () => {
    const cora = api.as(TENANT_A, CORA, { roles: ['Compliance'] });
    expect((await cora.getThread(threadId)).access).toBe('compliance');
    expect((await cora.listMessages(threadId)).messages.some((m) => m.id === messageId)).toBe(true);
    expect((await cora.getMessage(messageId)).message.body).toBe('Your statement is ready');
    const history = await cora.contactThreads(DANA.id);
    expect(history.threads.map((t) => [t.id, t.access])).toEqual([[threadId, 'compliance']]);
    // Not a participant: not in the inbox, and no change of any kind.
    expect((await cora.listThreads()).threads).toEqual([]);
    await failure(cora.sendMessage(threadId, text('hello')), 403, 'forbidden');
    await failure(cora.requestOptIn(threadId), 403, 'forbidden');
    await failure(cora.addParticipant(threadId, CORA), 403, 'forbidden');
    await failure(cora.leaveThread(threadId), 403, 'forbidden');
    await failure(cora.restartThread(threadId), 403, 'forbidden');

    // Each compliance read leaves an audit line naming the reader and the thread.
    const audit = api.logLines.filter((line) => line.audit === 'compliance_read');
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tenantId: TENANT_A, userId: CORA, threadId, action: 'thread' }),
        expect.objectContaining({ tenantId: TENANT_A, userId: CORA, threadId, action: 'messages' }),
        expect.objectContaining({ tenantId: TENANT_A, userId: CORA, threadId, action: 'message_info' }),
      ]),
    );
    // Participants' reads are not audited.
    expect(audit.every((line) => line.userId === CORA)).toBe(true);
  });

  it('a former participant keeps reading the history but can no longer write', async () => {
    const alice = api.as(TENANT_A, ALICE);
    await alice.addParticipant(threadId, CAROL);
    const carol = api.as(TENANT_A, CAROL);
    expect((await carol.getThread(threadId)).access).toBe('participant');
    const left = await carol.leaveThread(threadId);
    expect(left.access).toBe('former_participant');
    expect(left.participants.find((p) => p.userId === CAROL)?.leftReason).toBe('left');

    expect((await carol.listMessages(threadId)).messages.some((m) => m.id === messageId)).toBe(true);
    expect((await carol.listThreads()).threads.map((t) => t.id)).not.toContain(threadId);
    expect((await carol.contactThreads(DANA.id)).threads.map((t) => [t.id, t.access])).toEqual([
      [threadId, 'former_participant'],
    ]);
    await failure(carol.sendMessage(threadId, text('still here?')), 403, 'forbidden');
    await failure(carol.addParticipant(threadId, CAROL), 403, 'forbidden');
  });

  it('an unlicensed user cannot start a conversation', async () => {
    const unlicensed = api.as(TENANT_A, CAROL, { licensed: false });
    await failure(unlicensed.startThread(DANA.id), 403, 'whatsapp_licence_required');
  });
});
