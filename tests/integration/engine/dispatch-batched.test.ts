import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  consents,
  contacts,
  jobs,
  threadParticipants,
  threads,
} from '../../../shared/adapters/store/schema.js';
import type { EngineJob } from '../../../shared/app/engine.js';
import { JOB } from '../../../shared/app/shared/job-kinds.js';
import { RetryLater } from '../../../shared/ports/retry-later.js';
import { waitFor } from '../../support/wait-for.js';
import {
  ALICE,
  PHONE_NUMBER_ID,
  startScenario,
  TENANT,
  type Scenario,
} from '../../support/engine-scenario.js';

let s: Scenario;
let first: string;
let second: string;
beforeEach(async () => {
  s = await startScenario();
  first = await s.consentedThread();
  second = await consentedThreadWithAnotherContact();
  s.h.whatsapp.clear();
});
afterEach(async () => s.h.dispose());

/** Erik opted in and wrote a minute ago: his thread with Alice is open. */
async function consentedThreadWithAnotherContact(): Promise<string> {
  const now = s.h.clock.now();
  const contactId = randomUUID();
  const threadId = randomUUID();
  const { db } = s.h.database;
  await db.insert(contacts).values({
    tenantId: TENANT,
    id: contactId,
    displayName: 'Erik Prospect',
    phoneE164: '+4915112345678',
  });
  await db.insert(consents).values({
    tenantId: TENANT,
    phoneNumberId: PHONE_NUMBER_ID,
    contactId,
    state: 'granted',
    grantedAt: now,
  });
  await db.insert(threads).values({
    tenantId: TENANT,
    id: threadId,
    channel: 'whatsapp',
    phoneNumberId: PHONE_NUMBER_ID,
    contactId,
    status: 'open',
    lastInboundAt: new Date(now.getTime() - 60_000),
    openedAt: now,
  });
  await db.insert(threadParticipants).values({ tenantId: TENANT, threadId, userId: ALICE, joinedAt: now });
  return threadId;
}

/** The queued dispatch jobs, as the worker would hand them to the batch handler. */
async function dispatchJobs(): Promise<EngineJob[]> {
  const queued = await s.h.queuedJobs(JOB.dispatchMessage);
  return queued.map((job) => ({
    id: String(job.id),
    tenantId: job.tenantId,
    payload: job.payload,
    attempts: job.attempts + 1,
    maxAttempts: job.maxAttempts,
  }));
}

async function runBatch(jobs: readonly EngineJob[]) {
  const batch = s.engine.jobHandlers[JOB.dispatchMessage]?.batch;
  if (!batch) throw new Error('the dispatcher runs batches');
  return batch(jobs);
}

async function statusOf(threadId: string, body: string) {
  return (await s.outbound(threadId)).find((m) => m.body === body);
}

describe('dispatching a batch of messages', () => {
  it('sends the next message of every thread together, and schedules each thread’s following one', async () => {
    await s.send(ALICE, first, 'One');
    await s.send(ALICE, first, 'Two');
    await s.send(ALICE, second, 'Hallo Erik');
    const jobs = await dispatchJobs();
    // A thread has one live dispatch job: its oldest message not yet handed over.
    expect(jobs).toHaveLength(2);

    expect(await runBatch(jobs)).toEqual([{ ok: true }, { ok: true }]);

    expect(s.h.whatsapp.sentTexts().toSorted()).toEqual(['Hallo Erik', 'One']);
    expect(await statusOf(first, 'One')).toMatchObject({ status: 'sent', wamid: expect.any(String) });
    expect(await statusOf(second, 'Hallo Erik')).toMatchObject({ status: 'sent' });
    expect(await statusOf(first, 'Two')).toMatchObject({ status: 'sending', wamid: null });
    const following = (await dispatchJobs()).filter((job) => !jobs.some((ran) => ran.id === job.id));
    expect(following.map((job) => job.payload)).toEqual([{ messageId: (await statusOf(first, 'Two'))?.id }]);

    await s.h.runDueJobs();
    expect(s.h.whatsapp.sentTexts().at(-1)).toBe('Two');
  });

  it('gives each job its own fate: a refused message fails and its sender is told, a throttled one is retried', async () => {
    await s.send(ALICE, first, 'Refused');
    await s.send(ALICE, second, 'Throttled');
    const jobs = await dispatchJobs();
    s.h.whatsapp.refuseNext(131049, 'Not delivered to keep the ecosystem healthy');
    s.h.whatsapp.refuseNext(130429, 'Rate limit hit', true, 2_000);

    const outcomes = await runBatch(jobs);

    const refused = await statusOf(first, 'Refused');
    const throttled = await statusOf(second, 'Throttled');
    const outcomeOf = (messageId: string | undefined) =>
      outcomes[jobs.findIndex((job) => (job.payload as { messageId: string }).messageId === messageId)];
    // Which of the two sends WhatsApp saw first decides which refusal it met.
    const failed = refused?.status === 'failed' ? refused : throttled;
    const retried = failed === refused ? throttled : refused;
    expect(failed).toMatchObject({ status: 'failed', failureCode: 131049 });
    expect(outcomeOf(failed?.id)).toEqual({ ok: true });
    expect(retried).toMatchObject({ status: 'sending', wamid: null });
    expect(outcomeOf(retried?.id)).toMatchObject({ ok: false, error: expect.any(RetryLater) });
    await s.h.runDueJobs();
    s.h.notifier.expectNotified(ALICE, 'message_failed');
  });

  it('leaves alone a message already handed over', async () => {
    await s.send(ALICE, first, 'Once');
    const jobs = await dispatchJobs();
    await runBatch(jobs);
    await runBatch(jobs);
    expect(s.h.whatsapp.sentTexts()).toEqual(['Once']);
  });

  it('schedules a message once when the chain reaches it twice (a receipt overtook the dispatcher)', async () => {
    const { message: a } = await s.send(ALICE, first, 'A');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const send = s.h.whatsapp.send.bind(s.h.whatsapp);
    s.h.whatsapp.send = async (request) => {
      const answer = await send(request);
      if (request.correlationId === a.id) await gate;
      return answer;
    };
    const dispatching = s.h.runDueJobs();
    await waitFor(() => s.h.whatsapp.sent.length === 1);
    // WhatsApp's receipt arrives before the dispatcher has recorded its answer; then Alice writes again.
    await s.engine.handleStatusUpdate.execute({
      phoneNumberId: PHONE_NUMBER_ID,
      wamid: s.h.whatsapp.lastSent().wamid,
      status: 'delivered',
      timestamp: s.h.clock.now(),
      correlationId: a.id,
      error: null,
    });
    const { message: b } = await s.send(ALICE, first, 'B');
    release();
    await dispatching;

    const jobsForB = (await s.h.database.db.select().from(jobs)).filter(
      (job) => job.kind === JOB.dispatchMessage && (job.payload as { messageId: string }).messageId === b.id,
    );
    expect(jobsForB).toHaveLength(1);
    expect(s.h.whatsapp.sentTexts()).toEqual(['A', 'B']);
  });
});
