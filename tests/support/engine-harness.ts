import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { DrizzleConversationStore } from '../../shared/adapters/store/conversation/drizzle-conversation-store.js';
import { consentEvents, jobs, messages, threads } from '../../shared/adapters/store/schema.js';
import type { Database } from '../../shared/adapters/store/database.js';
import { createEngine, type Engine } from '../../shared/app/engine.js';
import { FakeClock } from '../fakes/fake-clock.js';
import { FakeNotifier } from '../fakes/fake-notifier.js';
import type { SmsGateway } from '../../shared/ports/sms-gateway.js';
import { FakeSmsGateway } from '../fakes/fake-sms-gateway.js';
import { FakeTemplateSource } from '../fakes/fake-template-source.js';
import { FakeWhatsAppMedia } from '../fakes/fake-whatsapp-media.js';
import { InMemoryMediaStore } from '../fakes/in-memory-media-store.js';
import { FakeWhatsAppGateway } from '../fakes/fake-whatsapp-gateway.js';
import { randomUuids } from '../../shared/adapters/system/random-uuids.js';
import { openTestDatabase } from './database.js';

export interface EngineHarness {
  readonly database: Database;
  readonly clock: FakeClock;
  readonly whatsapp: FakeWhatsAppGateway;
  readonly notifier: FakeNotifier;
  readonly templateSource: FakeTemplateSource;
  /** Records SMS sends, unless the harness was given another gateway. */
  readonly sms: FakeSmsGateway;
  readonly whatsappMedia: FakeWhatsAppMedia;
  readonly mediaStore: InMemoryMediaStore;
  readonly engine: Engine;
  /**
   * Runs every job due by the fake clock, and the jobs they schedule, until none is due. `newestFirst`
   * takes them in the reverse of the order they were scheduled, as concurrent workers may.
   */
  runDueJobs(options?: { newestFirst?: boolean }): Promise<number>;
  messagesOf(threadId: string): Promise<(typeof messages.$inferSelect)[]>;
  thread(threadId: string): Promise<typeof threads.$inferSelect>;
  consentEvidence(contactId: string): Promise<(typeof consentEvents.$inferSelect)[]>;
  queuedJobs(kind?: string): Promise<(typeof jobs.$inferSelect)[]>;
  dispose(): Promise<void>;
}

/**
 * The real engine on a real database (PGlite, or PostgreSQL when DATABASE_URL is set), with fakes at the
 * outward ports and a clock the test moves. Jobs are run by the engine's own handlers when due by that clock.
 */
export interface EngineHarnessOptions {
  /** The SMS gateway behind the engine; default a FakeSmsGateway (the harness's `sms`). */
  readonly smsGateway?: SmsGateway;
}

export async function startEngineHarness(options: EngineHarnessOptions = {}): Promise<EngineHarness> {
  const database = await openTestDatabase();
  const clock = new FakeClock();
  const whatsapp = new FakeWhatsAppGateway();
  const notifier = new FakeNotifier();
  const templateSource = new FakeTemplateSource();
  const sms = new FakeSmsGateway();
  const whatsappMedia = new FakeWhatsAppMedia();
  const mediaStore = new InMemoryMediaStore();
  const engine = createEngine({
    store: new DrizzleConversationStore(database),
    clock,
    ids: randomUuids,
    whatsapp,
    notifier,
    templateSource,
    whatsappMedia,
    mediaStore,
    sms: options.smsGateway ?? sms,
  });
  const { db } = database;

  async function runDueJobs(options: { newestFirst?: boolean } = {}): Promise<number> {
    let ran = 0;
    for (let round = 0; round < 1000; round++) {
      const due = await db
        .select()
        .from(jobs)
        .where(and(eq(jobs.state, 'queued'), lte(jobs.runAt, clock.now())))
        .orderBy(...(options.newestFirst ? [desc(jobs.id)] : [asc(jobs.runAt), asc(jobs.id)]))
        .limit(1);
      const job = due[0];
      if (!job) return ran;
      const handler = engine.jobHandlers[job.kind];
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
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
          .where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.id)));
      } catch (error) {
        const delayMs = (error as { delayMs?: number }).delayMs ?? 1000;
        const attempts = job.attempts + 1;
        await db
          .update(jobs)
          .set({
            attempts,
            lastError: String(error),
            runAt: new Date(clock.now().getTime() + delayMs),
            // As the worker does: a job out of attempts is dead, not retried forever.
            ...(attempts >= job.maxAttempts ? { state: 'dead' as const } : {}),
          })
          .where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.id)));
        clock.advance(delayMs);
      }
      ran++;
    }
    throw new Error('jobs keep scheduling jobs: more than 1000 rounds');
  }

  return {
    database,
    clock,
    whatsapp,
    notifier,
    templateSource,
    sms,
    whatsappMedia,
    mediaStore,
    engine,
    runDueJobs,
    messagesOf: (threadId) =>
      db.select().from(messages).where(eq(messages.threadId, threadId)).orderBy(asc(messages.seq)),
    thread: async (threadId) => (await db.select().from(threads).where(eq(threads.id, threadId)))[0]!,
    consentEvidence: (contactId) =>
      db
        .select()
        .from(consentEvents)
        .where(eq(consentEvents.contactId, contactId))
        .orderBy(asc(consentEvents.id)),
    queuedJobs: (kind) =>
      db
        .select()
        .from(jobs)
        .where(kind ? and(eq(jobs.state, 'queued'), eq(jobs.kind, kind)) : eq(jobs.state, 'queued')),
    dispose: () => database.dispose(),
  };
}
