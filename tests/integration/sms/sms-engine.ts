import { and, asc, eq, lte } from 'drizzle-orm';
import { DrizzleConversationStore } from '../../../shared/adapters/store/conversation/drizzle-conversation-store.js';
import { jobs, tenants } from '../../../shared/adapters/store/schema.js';
import { randomUuids } from '../../../shared/adapters/system/random-uuids.js';
import { createEngine, type Engine } from '../../../shared/app/engine.js';
import type { SmsGateway } from '../../../shared/ports/sms-gateway.js';
import { FakeSmsGateway } from '../../fakes/fake-sms-gateway.js';
import { startScenario, TENANT, type Scenario } from '../../support/engine-scenario.js';

export const SMS_NUMBER = '+18005550199';

export interface SmsScenario {
  readonly s: Scenario;
  readonly sms: FakeSmsGateway;
  /** The engine with SMS wired (the harness's engine has none); it shares the database and the clock. */
  readonly engine: Engine;
  runDueJobs(): Promise<number>;
  dispose(): Promise<void>;
}

/**
 * The engine scenario (tenant, three advisors, one contact) whose tenant sends SMS from SMS_NUMBER, with an
 * engine that has an SMS gateway, and a job runner that uses that engine's handlers.
 */
export async function startSmsScenario(
  gateway?: SmsGateway,
  smsNumber: string = SMS_NUMBER,
): Promise<SmsScenario> {
  const s = await startScenario();
  const { h } = s;
  await h.database.db.update(tenants).set({ smsFromNumber: smsNumber }).where(eq(tenants.id, TENANT));
  const sms = new FakeSmsGateway();
  const engine = createEngine({
    store: new DrizzleConversationStore(h.database),
    clock: h.clock,
    ids: randomUuids,
    whatsapp: h.whatsapp,
    notifier: h.notifier,
    templateSource: h.templateSource,
    whatsappMedia: h.whatsappMedia,
    mediaStore: h.mediaStore,
    sms: gateway ?? sms,
  });
  const { db } = h.database;

  async function runDueJobs(): Promise<number> {
    let ran = 0;
    for (let round = 0; round < 1000; round++) {
      const [job] = await db
        .select()
        .from(jobs)
        .where(and(eq(jobs.state, 'queued'), lte(jobs.runAt, h.clock.now())))
        .orderBy(asc(jobs.runAt), asc(jobs.id))
        .limit(1);
      if (!job) return ran;
      const handler = engine.jobHandlers[job.kind];
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      const key = and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.id));
      try {
        await handler({
          id: String(job.id),
          tenantId: job.tenantId,
          payload: job.payload,
          attempts: job.attempts + 1,
          maxAttempts: job.maxAttempts,
        });
        await db
          .update(jobs)
          .set({ state: 'done', attempts: job.attempts + 1 })
          .where(key);
      } catch (error) {
        const delayMs = (error as { delayMs?: number }).delayMs ?? 1000;
        const attempts = job.attempts + 1;
        await db
          .update(jobs)
          .set({
            attempts,
            lastError: String(error),
            runAt: new Date(h.clock.now().getTime() + delayMs),
            ...(attempts >= job.maxAttempts ? { state: 'dead' as const } : {}),
          })
          .where(key);
        h.clock.advance(delayMs);
      }
      ran++;
    }
    throw new Error('jobs keep scheduling jobs: more than 1000 rounds');
  }

  return { s, sms, engine, runDueJobs, dispose: () => h.dispose() };
}
