import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, ApiHarness, BOB, CAROL, failure, newContact, TENANT_A } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

const as = (userId: string) => api.as(TENANT_A, userId);

async function thread(): Promise<string> {
  const contact = await newContact(as(ALICE));
  return api.consentedThread(as(ALICE), { ...contact, phoneE164: contact.phoneE164! });
}

const active = (detail: { participants: { userId: string; leftAt: string | null }[] }) =>
  detail.participants.filter((p) => p.leftAt === null).map((p) => p.userId);

describe('participants', () => {
  it('adds and removes a colleague, with the rules answered as 409 or 404', async () => {
    const threadId = await thread();
    const added = await as(ALICE).addParticipant(threadId, BOB);
    expect(active(added)).toEqual([ALICE, BOB]);
    await failure(as(ALICE).addParticipant(threadId, BOB), 409, 'already_a_participant');
    await failure(as(ALICE).addParticipant(threadId, 'user-nobody'), 404, 'user_not_found');
    await failure(as(ALICE).removeParticipant(threadId, ALICE), 409, 'cannot_remove_self');
    const removed = await as(ALICE).removeParticipant(threadId, BOB);
    expect(active(removed)).toEqual([ALICE]);
    expect(removed.participants.find((p) => p.userId === BOB)?.leftReason).toBe('removed');
    await failure(as(ALICE).removeParticipant(threadId, CAROL), 409, 'not_a_participant');
    const notices = (await as(ALICE).listMessages(threadId)).messages.flatMap((m) =>
      m.notice ? [m.notice.code] : [],
    );
    expect(notices).toEqual(expect.arrayContaining(['participant_added', 'participant_removed']));
  });

  it('hands the thread over, and validates the body', async () => {
    const threadId = await thread();
    await failure(as(ALICE).transferThread(threadId, ALICE), 409, 'cannot_transfer_to_self');
    const response = await api.fetchAs(TENANT_A, ALICE, `/api/v1/threads/${threadId}/transfer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: CAROL }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('toUserId');

    const handedOver = await as(ALICE).transferThread(threadId, CAROL);
    expect(handedOver.access).toBe('former_participant');
    expect(active(handedOver)).toEqual([CAROL]);
    expect((await as(CAROL).listThreads()).threads.map((t) => t.id)).toContain(threadId);
  });

  it('the last one to leave closes the thread; a former participant restarts it', async () => {
    const threadId = await thread();
    const left = await as(ALICE).leaveThread(threadId);
    expect(left).toMatchObject({ status: 'closed', state: 'closed', access: 'former_participant' });
    await failure(
      as(ALICE).sendMessage(threadId, {
        clientMessageId: randomUUID(),
        content: { type: 'text', body: 'x' },
      }),
      403,
      'forbidden',
    );
    const restarted = await as(ALICE).restartThread(threadId);
    expect(restarted.threadId).not.toBe(threadId);
    expect(restarted.needsOptIn).toBe(false);
    const fresh = await as(ALICE).getThread(restarted.threadId);
    expect(fresh).toMatchObject({ status: 'open', previousThreadId: threadId, access: 'participant' });
    await failure(as(ALICE).restartThread(threadId), 409, 'open_thread_exists');
    const history = await as(ALICE).contactThreads(fresh.contact.id);
    expect(history.threads.map((t) => t.id)).toEqual([restarted.threadId, threadId]);
  });
});
