import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, CONTACT_WA_ID, startScenario, type Scenario } from '../../support/engine-scenario.js';

// One live dispatch job per thread: two jobs for one message could both find it ready and send it twice.

let s: Scenario;
beforeEach(async () => {
  s = await startScenario();
});
afterEach(() => s.h.dispose());

describe('the dispatch chain of a thread', () => {
  it('messages written in a burst get one dispatch job between them, and each goes out once, in order', async () => {
    const threadId = await s.consentedThread();
    s.h.whatsapp.clear();
    for (const body of ['one', 'two', 'three', 'four']) await s.send(ALICE, threadId, body);
    expect(await s.h.queuedJobs('message.dispatch')).toHaveLength(1);

    await s.h.runDueJobs({ newestFirst: true });
    expect(s.h.whatsapp.sentTexts()).toEqual(['one', 'two', 'three', 'four']);
    expect(new Set(s.h.whatsapp.sent.map((r) => r.correlationId)).size).toBe(4);
    expect(s.h.whatsapp.sent.every((r) => r.to === CONTACT_WA_ID)).toBe(true);
  });

  it('a message written while an older one is on its way joins the chain instead of starting another', async () => {
    const threadId = await s.consentedThread();
    s.h.whatsapp.clear();
    await s.send(ALICE, threadId, 'first');
    await s.send(ALICE, threadId, 'second');
    await s.h.runDueJobs();
    await s.send(ALICE, threadId, 'third');
    expect(await s.h.queuedJobs('message.dispatch')).toHaveLength(1);
    await s.h.runDueJobs();
    expect(s.h.whatsapp.sentTexts()).toEqual(['first', 'second', 'third']);
  });

  it('held messages released by a resume go out through one chain', async () => {
    const threadId = await s.consentedThread();
    s.h.clock.advanceHours(25);
    for (const body of ['held 1', 'held 2', 'held 3']) await s.send(ALICE, threadId, body);
    await s.h.runDueJobs();
    s.h.whatsapp.clear();
    await s.contactTaps('RESUME_CONVERSATION', 'Resume conversation');
    expect(await s.h.queuedJobs('message.dispatch')).toHaveLength(1);
    await s.h.runDueJobs({ newestFirst: true });
    expect(s.h.whatsapp.sentTexts()).toEqual(['held 1', 'held 2', 'held 3']);
  });
});
