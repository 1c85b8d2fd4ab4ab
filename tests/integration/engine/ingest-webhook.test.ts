import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobs } from '../../../shared/adapters/store/schema.js';
import type { InboundMessage } from '../../../shared/app/inbound/handle-inbound-message.js';
import type { StatusUpdate } from '../../../shared/app/inbound/handle-status-update.js';
import {
  ALICE,
  CONTACT_WA_ID,
  PHONE_NUMBER_ID,
  startScenario,
  type Scenario,
} from '../../support/engine-scenario.js';

let s: Scenario;
let threadId: string;
beforeEach(async () => {
  s = await startScenario();
  threadId = await s.consentedThread();
});
afterEach(async () => s.h.dispose());

const text = (wamid: string, body: string, at: Date, phoneNumberId = PHONE_NUMBER_ID): InboundMessage => ({
  phoneNumberId,
  wamid,
  fromWaId: CONTACT_WA_ID,
  fromUserId: null,
  profileName: 'Dana',
  timestamp: at,
  content: { type: 'text', body },
  contextWamid: null,
});

describe('webhook ingestion', () => {
  it('stores each item once as a job, however often Meta delivers it, and applies it', async () => {
    const now = s.h.clock.now();
    const message = text('wamid.hook-1', 'Hello from the webhook', now);
    expect(await s.engine.ingestWebhook.execute({ inbound: [message], statuses: [] })).toEqual({
      accepted: 1,
      unrouted: 0,
    });
    await s.engine.ingestWebhook.execute({ inbound: [message], statuses: [] });
    expect(await s.h.queuedJobs('whatsapp.inbound')).toHaveLength(1);

    await s.h.runDueJobs();
    const stored = (await s.h.messagesOf(threadId)).filter((m) => m.wamid === 'wamid.hook-1');
    expect(stored).toEqual([expect.objectContaining({ body: 'Hello from the webhook', receivedAt: now })]);
  });

  it('applies receipts, each status once', async () => {
    await s.send(ALICE, threadId, 'Track me');
    await s.h.runDueJobs();
    const { wamid, correlationId } = s.h.whatsapp.lastSent();
    const status = (kind: StatusUpdate['status'], seconds: number): StatusUpdate => ({
      phoneNumberId: PHONE_NUMBER_ID,
      wamid,
      status: kind,
      timestamp: new Date(s.h.clock.now().getTime() + seconds * 1000),
      correlationId,
      error: null,
    });
    await s.engine.ingestWebhook.execute({
      inbound: [],
      statuses: [status('read', 9), status('delivered', 4)],
    });
    await s.engine.ingestWebhook.execute({ inbound: [], statuses: [status('delivered', 4)] });
    expect(await s.h.queuedJobs('whatsapp.status')).toHaveLength(2);
    await s.h.runDueJobs();
    const [sent] = (await s.outbound(threadId)).filter((m) => m.wamid === wamid);
    expect(sent).toMatchObject({ status: 'read', deliveredAt: status('delivered', 4).timestamp });
  });

  it('a receipt that arrives before its message is recorded is looked at again, a few times', async () => {
    const early: StatusUpdate = {
      phoneNumberId: PHONE_NUMBER_ID,
      wamid: 'wamid.not-recorded-yet',
      status: 'delivered',
      timestamp: s.h.clock.now(),
      correlationId: null,
      error: null,
    };
    await s.engine.ingestWebhook.execute({ inbound: [], statuses: [early] });
    await s.h.runDueJobs();
    const [job] = await s.h.database.db.select().from(jobs).where(eq(jobs.kind, 'whatsapp.status'));
    // Tried three times, two seconds apart, then done: a receipt for a message we never sent is dropped.
    expect(job).toMatchObject({
      state: 'done',
      attempts: 3,
      lastError: expect.stringContaining('not recorded yet'),
    });
  });

  it('acknowledges items for a number no tenant owns without keeping them', async () => {
    const outcome = await s.engine.ingestWebhook.execute({
      inbound: [text('wamid.elsewhere', 'hi', s.h.clock.now(), '999000999')],
      statuses: [],
    });
    expect(outcome).toEqual({ accepted: 0, unrouted: 1 });
    expect(await s.h.queuedJobs('whatsapp.inbound')).toEqual([]);
  });
});
