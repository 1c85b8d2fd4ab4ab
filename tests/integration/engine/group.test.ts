import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ALICE,
  BOB,
  CAROL,
  CONTACT_ID,
  startScenario,
  TENANT,
  type Scenario,
} from '../../support/engine-scenario.js';

let s: Scenario;
let threadId: string;
const cmd = () => ({ tenantId: TENANT, threadId });

beforeEach(async () => {
  s = await startScenario();
  threadId = await s.consentedThread();
  s.h.whatsapp.clear();
});
afterEach(async () => s.h.dispose());

describe('group conversations', () => {
  it('adding a colleague: notice in the thread, plain-text notice to the contact, sender names on messages', async () => {
    await s.engine.addParticipant.execute({ ...cmd(), userId: ALICE, participantId: BOB });
    await s.h.runDueJobs();
    expect((await s.notices(threadId)).at(-1)).toBe('participant_added');
    expect(s.h.whatsapp.sentTexts()).toEqual(['Bob Chen has joined this conversation.']);
    s.h.notifier.expectNotified(BOB, 'participant_added');

    await s.send(BOB, threadId, 'Hello from Bob');
    await s.h.runDueJobs();
    expect(s.h.whatsapp.sentTexts().at(-1)).toBe('*Bob Chen*: Hello from Bob');
  });

  it('outside the window the contact notice is the approved template', async () => {
    s.h.clock.advanceHours(30);
    await s.engine.addParticipant.execute({ ...cmd(), userId: ALICE, participantId: BOB });
    await s.h.runDueJobs();
    expect(s.h.whatsapp.lastSent().content).toEqual({
      type: 'template',
      name: 'mlm_participant_added',
      language: 'en',
      bodyParams: ['Bob Chen'],
    });
  });

  it('a notice the contact never received is reported to the participants', async () => {
    await s.engine.addParticipant.execute({ ...cmd(), userId: ALICE, participantId: BOB });
    await s.h.runDueJobs();
    await s.receipt('failed', { code: 131049, title: 'Not delivered' });
    await s.h.runDueJobs();
    expect((await s.notices(threadId)).at(-1)).toBe('contact_not_notified_participant_added');
    s.h.notifier.expectNotified(ALICE, 'contact_not_notified_participant_added');
    s.h.notifier.expectNotified(BOB, 'contact_not_notified_participant_added');
  });

  it('with no usable template outside the window, the failure is reported at once', async () => {
    await s.h.dispose();
    s = await startScenario({ participant_left: 'missing' });
    threadId = await s.consentedThread();
    await s.engine.addParticipant.execute({ ...cmd(), userId: ALICE, participantId: BOB });
    s.h.clock.advanceHours(30);
    await s.engine.leaveThread.execute({ ...cmd(), userId: BOB });
    expect((await s.notices(threadId)).slice(-2)).toEqual([
      'participant_left',
      'contact_not_notified_participant_left',
    ]);
  });

  it('remove, leave and transfer keep the membership history and tell both sides', async () => {
    await s.engine.addParticipant.execute({ ...cmd(), userId: ALICE, participantId: BOB });
    await s.engine.removeParticipant.execute({ ...cmd(), userId: ALICE, participantId: BOB });
    await s.engine.transferThread.execute({ ...cmd(), userId: ALICE, toUserId: CAROL });
    await s.h.runDueJobs();

    expect((await s.notices(threadId)).slice(-3)).toEqual([
      'participant_added',
      'participant_removed',
      'conversation_transferred',
    ]);
    expect(s.h.whatsapp.sentTexts()).toEqual([
      'Bob Chen has joined this conversation.',
      'Bob Chen is no longer part of this conversation.',
      'Your conversation has been handed over to Carol Diaz.',
    ]);
    await expect(s.send(ALICE, threadId, 'still here?')).rejects.toMatchObject({ name: 'NotFound' });
    const sent = await s.send(CAROL, threadId, 'Carol here');
    expect(sent.message.body).toBe('Carol here');
  });

  it('the last participant leaving closes the thread; restart opens a new one with the same contact', async () => {
    await s.engine.leaveThread.execute({ ...cmd(), userId: ALICE });
    expect((await s.h.thread(threadId)).status).toBe('closed');

    const restarted = await s.engine.restartThread.execute({ ...cmd(), userId: ALICE });
    expect(restarted.needsOptIn).toBe(false);
    const fresh = await s.h.thread(restarted.threadId);
    expect(fresh).toMatchObject({ status: 'open', contactId: CONTACT_ID, previousThreadId: threadId });
    expect(await s.notices(restarted.threadId)).toEqual(['conversation_restarted']);
    await expect(s.engine.restartThread.execute({ ...cmd(), userId: ALICE })).rejects.toMatchObject({
      code: 'open_thread_exists',
    });
  });

  it("after everyone left, the contact's next message opens an unassigned thread that the next advisor takes", async () => {
    await s.engine.addParticipant.execute({ ...cmd(), userId: ALICE, participantId: BOB });
    await s.engine.removeParticipant.execute({ ...cmd(), userId: ALICE, participantId: BOB });
    await s.engine.leaveThread.execute({ ...cmd(), userId: ALICE });
    await s.contactWrites('Hello again');
    const open = await s.engine.startWhatsAppThread.execute({
      tenantId: TENANT,
      userId: CAROL,
      contactId: CONTACT_ID,
    });
    expect(open.created).toBe(false);
    expect(await s.h.messagesOf(open.threadId)).toEqual([expect.objectContaining({ body: 'Hello again' })]);
  });

  it('refuses membership changes the rules forbid', async () => {
    await expect(
      s.engine.addParticipant.execute({ ...cmd(), userId: ALICE, participantId: ALICE }),
    ).rejects.toMatchObject({
      code: 'already_a_participant',
    });
    await expect(
      s.engine.removeParticipant.execute({ ...cmd(), userId: ALICE, participantId: ALICE }),
    ).rejects.toMatchObject({
      code: 'cannot_remove_self',
    });
    await expect(
      s.engine.addParticipant.execute({ ...cmd(), userId: ALICE, participantId: 'user-nobody' }),
    ).rejects.toMatchObject({
      name: 'NotFound',
    });
    await expect(
      s.engine.addParticipant.execute({ ...cmd(), userId: BOB, participantId: CAROL }),
    ).rejects.toMatchObject({
      name: 'NotFound',
    });
  });
});
