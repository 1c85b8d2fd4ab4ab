import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { events } from '../../../shared/adapters/store/schema.js';
import type { StatusUpdate } from '../../../shared/app/inbound/handle-status-update.js';
import { JOB } from '../../../shared/app/shared/job-kinds.js';
import { RetryLater } from '../../../shared/ports/retry-later.js';
import { ALICE, PHONE_NUMBER_ID, startScenario, type Scenario } from '../../support/engine-scenario.js';

let s: Scenario;
let threadId: string;
beforeEach(async () => {
  s = await startScenario();
  threadId = await s.consentedThread();
  s.h.whatsapp.clear();
});
afterEach(async () => s.h.dispose());

const at = (seconds: number) => new Date(s.h.clock.now().getTime() + seconds * 1000);

function receipt(
  status: StatusUpdate['status'],
  wamid: string,
  options: { at?: Date; correlationId?: string; phoneNumberId?: string } = {},
): StatusUpdate {
  return {
    phoneNumberId: options.phoneNumberId ?? PHONE_NUMBER_ID,
    wamid,
    status,
    timestamp: options.at ?? s.h.clock.now(),
    correlationId: options.correlationId ?? null,
    error: status === 'failed' ? { code: 131049, title: 'Not delivered' } : null,
  };
}

/** Sends texts and lets the dispatcher hand them to WhatsApp; answers their ids and wamids. */
async function sentMessages(...bodies: string[]): Promise<{ id: string; wamid: string }[]> {
  const sent = [];
  for (const body of bodies) {
    const { message } = await s.send(ALICE, threadId, body);
    await s.h.runDueJobs();
    sent.push({ id: message.id, wamid: s.h.whatsapp.lastSent().wamid });
  }
  return sent;
}

async function stored(id: string) {
  const found = (await s.outbound(threadId)).find((m) => m.id === id);
  if (!found) throw new Error(`message ${id} is not stored`);
  return found;
}

describe('receipts applied as a batch', () => {
  it('end where one-by-one application ends, whatever their order in the batch', async () => {
    const [first, second] = await sentMessages('First', 'Second');
    const { message: early } = await s.send(ALICE, threadId, 'Overtaken');
    if (!first || !second) throw new Error('two messages were sent');
    s.h.whatsapp.clear();

    const outcomes = await s.engine.handleStatusUpdate.executeMany([
      receipt('read', first.wamid, { at: at(30) }),
      receipt('delivered', first.wamid, { at: at(10) }),
      receipt('delivered', first.wamid, { at: at(10) }),
      receipt('sent', first.wamid, { at: at(5) }),
      receipt('delivered', second.wamid, { at: at(12) }),
      receipt('delivered', 'wamid.early', { at: at(3), correlationId: early.id }),
      receipt('read', 'wamid.early', { at: at(4) }),
      receipt('delivered', 'wamid.nobody'),
      receipt('delivered', 'wamid.other', { correlationId: 'not-one-of-our-ids' }),
    ]);

    expect(outcomes).toEqual(
      [
        'applied',
        'applied',
        'unchanged',
        'unchanged',
        'applied',
        'applied',
        'applied',
        'unknown_message',
        'unknown_message',
      ].map((outcome) => ({ outcome })),
    );
    expect(await stored(first.id)).toMatchObject({
      status: 'read',
      deliveredAt: at(10),
      readAt: at(30),
      wamid: first.wamid,
    });
    expect(await stored(second.id)).toMatchObject({ status: 'delivered', deliveredAt: at(12) });
    expect(await stored(early.id)).toMatchObject({
      status: 'read',
      wamid: 'wamid.early',
      deliveredAt: at(3),
      readAt: at(4),
    });
    await s.h.runDueJobs();
    // WhatsApp already has the overtaken message: the dispatcher does not send it again.
    expect(s.h.whatsapp.sentTexts()).toEqual([]);
  });

  it('publish one live status per message changed, to the thread participants', async () => {
    const [first, second] = await sentMessages('First', 'Second');
    if (!first || !second) throw new Error('two messages were sent');
    const before = await s.h.database.db.select().from(events);

    await s.engine.handleStatusUpdate.executeMany([
      receipt('delivered', first.wamid),
      receipt('read', first.wamid),
      receipt('read', second.wamid),
    ]);

    const published = (
      await s.h.database.db
        .select()
        .from(events)
        .where(and(eq(events.type, 'message.status')))
        .orderBy(asc(events.id))
    ).filter((event) => !before.some((old) => old.id === event.id));
    expect(published.map((event) => [event.payload, event.audience])).toEqual([
      [{ messageId: first.id, status: 'read' }, [ALICE]],
      [{ messageId: second.id, status: 'read' }, [ALICE]],
    ]);
  });

  it('take a failure through the one-by-one path: the sender is told', async () => {
    const [first, second] = await sentMessages('Will fail', 'Will arrive');
    if (!first || !second) throw new Error('two messages were sent');

    const outcomes = await s.engine.handleStatusUpdate.executeMany([
      receipt('failed', first.wamid),
      receipt('delivered', second.wamid),
    ]);
    await s.h.runDueJobs();

    expect(outcomes).toEqual([{ outcome: 'applied' }, { outcome: 'applied' }]);
    expect(await stored(first.id)).toMatchObject({ status: 'failed', failureCode: 131049 });
    expect(await stored(second.id)).toMatchObject({ status: 'delivered' });
    s.h.notifier.expectNotified(ALICE, 'message_failed');
  });

  it('ignore receipts for a number no tenant owns', async () => {
    const [first] = await sentMessages('Mine');
    if (!first) throw new Error('a message was sent');
    const outcomes = await s.engine.handleStatusUpdate.executeMany([
      receipt('read', first.wamid, { phoneNumberId: '999999999999999' }),
    ]);
    expect(outcomes).toEqual([{ outcome: 'unknown_message' }]);
    expect(await stored(first.id)).toMatchObject({ status: 'sent' });
  });
});

describe('the receipt job handler run as a batch', () => {
  const job = (update: StatusUpdate, attempts: number) => ({
    id: randomUUID(),
    tenantId: 'tenant-contoso',
    payload: { ...update, timestamp: update.timestamp.toISOString() },
    attempts,
    maxAttempts: 8,
  });

  it('asks to look again later for a message not recorded yet, a few times, then gives up quietly', async () => {
    const [first] = await sentMessages('Known');
    if (!first) throw new Error('a message was sent');
    const batch = s.engine.jobHandlers[JOB.applyStatus]?.batch;
    if (!batch) throw new Error('the receipt handler runs batches');

    const outcomes = await batch([
      job(receipt('delivered', first.wamid), 1),
      job(receipt('delivered', 'wamid.not-yet'), 1),
      job(receipt('delivered', 'wamid.never'), 3),
    ]);

    expect(outcomes[0]).toEqual({ ok: true });
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.any(RetryLater) });
    expect(outcomes[2]).toEqual({ ok: true });
  });
});
