import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { EMULATOR_DEFAULTS } from '../emulator/index.js';
import { startEmulatorProcess, type EmulatorProcess } from './support/emulator-process.js';
import { emulatorConnection } from '../bot/whatsapp/local-emulator.js';
import { startApp, LOCAL_TENANT_ID, type RunningApp } from '../bot/app.js';
import { loadConfig } from '../bot/config/config.js';
import { WHATSAPP_WEBHOOK_PATH } from '../bot/http/whatsapp/whatsapp-webhook-routes.js';
import { openDatabase, type Database } from '../shared/adapters/store/database.js';
import {
  consents,
  contacts,
  jobs,
  messages,
  threadParticipants,
  threads,
  users,
} from '../shared/adapters/store/schema.js';
import { JOB } from '../shared/app/shared/job-kinds.js';
import { createEmptyPostgresDatabase } from '../tests/support/database.js';

export interface OutboundOptions {
  /** Default 20,000. */
  readonly messages?: number;
  /** WHATSAPP_MESSAGES_PER_SECOND and the emulator's throughput. Default 500. */
  readonly perSecond?: number;
  /** JOB_CONCURRENCY (the pool is this + 4). Default 32. */
  readonly jobConcurrency?: number;
  /** Conversations the messages are spread over. Default 500. */
  readonly contacts?: number;
  /** Concurrent SendMessage calls while enqueueing. Default 16. */
  readonly senders?: number;
  /** Receipts per message: `read` (users online, read receipts on: sent, delivered, read) or `sent` only
   *  (users offline). Default `read`. */
  readonly receipts?: 'read' | 'sent';
  /** Gives up waiting for the last send this long after the last SendMessage call. Default 10 minutes. */
  readonly timeoutMs?: number;
  /**
   * `backlog` (default): every message is recorded first on an HTTP-only instance (JOB_CONCURRENCY=0), then
   * an instance that runs the jobs starts and sends them: the pacer's case, a queue drained at the number's
   * rate. `live`: one instance records and sends at once, so SendMessage calls compete with the sends.
   */
  readonly mode?: 'backlog' | 'live';
  /** Called once every message is recorded (probes use it to split CPU figures by phase). */
  readonly onEnqueued?: () => void;
}

export interface OutboundResult {
  readonly mode: 'backlog' | 'live';
  readonly messages: number;
  readonly limit: number;
  readonly jobConcurrency: number;
  /** Time to record all sends through SendMessage (the outbox), from the first call. */
  readonly enqueueSeconds: number;
  /** Sends the emulator accepted (a duplicate counts twice). */
  readonly accepted: number;
  /** From the first send the emulator saw to the last, seconds. */
  readonly seconds: number;
  /** (accepted - 1) / seconds. */
  readonly achievedPerSecond: number;
  /** Accepted per second once every message was recorded (the worker alone, no SendMessage calls). */
  readonly afterEnqueuePerSecond: number;
  /** message.dispatch jobs run or queued: one per message, plus one per message that waited for the one
   *  before it in its thread. */
  readonly dispatchJobs: number;
  /** Most sends (accepted and refused) in any one-second window, as the emulator counted them. */
  readonly maxPerSecond: number;
  readonly rejected130429: number;
  readonly rejectedOther: number;
  /** Accepted sends carrying a message id (biz_opaque_callback_data) an earlier accepted send carried. */
  readonly duplicates: number;
  /** Messages recorded that the emulator never accepted. */
  readonly lost: number;
  /** The connector's view after the run: sent (or delivered, read), failed, still sending or pending. */
  readonly dbSent: number;
  readonly dbFailed: number;
  readonly dbUnsent: number;
  readonly timedOut: boolean;
}

const USER = 'bench-user';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function waIdOf(contact: number): string {
  return `1555030${String(contact).padStart(4, '0')}`;
}

/** The connector's side of the conversations: contacts with consent granted and an open thread. */
async function seedConversations(
  database: Database,
  phoneNumberId: string,
  count: number,
): Promise<string[]> {
  const { db } = database;
  const now = new Date();
  await db.insert(users).values({
    tenantId: LOCAL_TENANT_ID,
    id: USER,
    displayName: 'Bench User',
    whatsappLicensed: true,
  });
  const ids = Array.from({ length: count }, () => ({ contact: randomUUID(), thread: randomUUID() }));
  await db.insert(contacts).values(
    ids.map((id, i) => ({
      tenantId: LOCAL_TENANT_ID,
      id: id.contact,
      displayName: `Client ${i}`,
      phoneE164: `+${waIdOf(i)}`,
      whatsappName: `Client ${i}`,
    })),
  );
  await db.insert(consents).values(
    ids.map((id) => ({
      tenantId: LOCAL_TENANT_ID,
      phoneNumberId,
      contactId: id.contact,
      state: 'granted' as const,
      grantedAt: now,
    })),
  );
  await db.insert(threads).values(
    ids.map((id) => ({
      tenantId: LOCAL_TENANT_ID,
      id: id.thread,
      channel: 'whatsapp' as const,
      phoneNumberId,
      contactId: id.contact,
      status: 'open' as const,
      lastInboundAt: now,
      openedAt: now,
    })),
  );
  await db
    .insert(threadParticipants)
    .values(
      ids.map((id) => ({ tenantId: LOCAL_TENANT_ID, threadId: id.thread, userId: USER, joinedAt: now })),
    );
  return ids.map((id) => id.thread);
}

async function countJobs(database: Database, kind: string, state: 'done' | 'queued'): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.state, state)));
  return row?.n ?? 0;
}

async function outboundByStatus(database: Database): Promise<Record<string, number>> {
  const rows = await database.db
    .select({ status: messages.status, n: count() })
    .from(messages)
    .where(and(eq(messages.direction, 'outbound'), eq(messages.purpose, 'chat')))
    .groupBy(messages.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/**
 * Outbound through the real app on PostgreSQL to the WhatsApp emulator: N text messages recorded through
 * SendMessage as fast as possible, then dispatched by the job worker through the database pacer at the
 * number's rate. The emulator refuses (130429) any send above that rate in a rolling second, and counts
 * what it accepted, the fastest second and repeated message ids.
 */
export async function benchOutbound(
  serverUrl: string,
  options: OutboundOptions = {},
): Promise<OutboundResult> {
  const total = options.messages ?? 20_000;
  const limit = options.perSecond ?? 500;
  const jobConcurrency = options.jobConcurrency ?? 32;
  const contactCount = options.contacts ?? 500;
  const senders = options.senders ?? 16;
  const timeoutMs = options.timeoutMs ?? 600_000;
  const mode = options.mode ?? 'backlog';

  const empty = await createEmptyPostgresDatabase(serverUrl);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mlm-bench-outbound-'));
  const logger = pino({ level: 'silent' });
  let emulator: EmulatorProcess | undefined;
  let app: RunningApp | undefined;
  let seeding: Database | undefined;
  try {
    // In a process of its own: Meta's servers do not share the connector's event loop.
    emulator = await startEmulatorProcess({
      throughputPerSecond: limit,
      // Receipts in batches of 50 events per POST, as Meta batches under load.
      webhookBatchSize: 50,
      statusDelayMs: 0,
      users: Array.from({ length: contactCount }, (_, i) => ({
        waId: waIdOf(i),
        name: `Client ${i}`,
        online: options.receipts !== 'sent',
      })),
    });
    const connection = emulator.url;
    const start = async (concurrency: number) => {
      const config = {
        ...loadConfig({
          DATABASE_URL: empty.url,
          LOG_LEVEL: 'silent',
          DATA_DIR: dataDir,
          WHATSAPP_MESSAGES_PER_SECOND: String(limit),
          JOB_CONCURRENCY: String(concurrency),
        }),
        port: 0,
      };
      const started = await startApp(config, {
        whatsapp: emulatorConnection(connection, config.whatsapp.apiVersion),
        host: '127.0.0.1',
        logger,
      });
      await started.ready;
      return started;
    };
    app = await start(mode === 'backlog' ? 0 : jobConcurrency);
    const engine = app.connector()?.engine;
    if (!engine) throw new Error('the connector did not start');

    // Both sides agree: the connector has the conversations, and each user wrote within 24 h (the
    // emulator's window), through a real inbound webhook the connector applies to the seeded contact.
    seeding = await openDatabase({ databaseUrl: empty.url, poolSize: 2 });
    const threadIds = await seedConversations(seeding, EMULATOR_DEFAULTS.phoneNumberId, contactCount);
    await emulator.setWebhookUrl(`${app.url}${WHATSAPP_WEBHOOK_PATH}`);
    for (let i = 0; i < contactCount; i++) await emulator.userSends(waIdOf(i), { type: 'text', body: 'hi' });
    await emulator.drain(30_000);
    // The seeded threads carry the inbound time already; in backlog mode the sending instance applies these.
    const settleBy = Date.now() + 30_000;
    while (
      mode === 'live' &&
      (await countJobs(seeding, JOB.applyInbound, 'done')) < contactCount &&
      Date.now() < settleBy
    )
      await sleep(100);

    let next = 0;
    const enqueueStarted = performance.now();
    await Promise.all(
      Array.from({ length: senders }, async () => {
        while (next < total) {
          const i = next++;
          await engine.sendMessage.execute({
            tenantId: LOCAL_TENANT_ID,
            userId: USER,
            threadId: threadIds[i % threadIds.length]!,
            clientMessageId: `bench-${i}`,
            content: { type: 'text', body: `Benchmark message ${i}` },
          });
        }
      }),
    );
    const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
    options.onEnqueued?.();
    if (mode === 'backlog') {
      await app.stop();
      app = await start(jobConcurrency);
      await emulator.setWebhookUrl(`${app.url}${WHATSAPP_WEBHOOK_PATH}`);
    }
    const atEnqueueEnd = { accepted: (await emulator.stats()).accepted, at: Date.now() };

    // Done when every message has left `sending` (sent, delivered, read or failed), or on timeout.
    const deadline = Date.now() + timeoutMs;
    let statuses = await outboundByStatus(seeding);
    const unsent = () => (statuses.sending ?? 0) + (statuses.pending ?? 0);
    while (unsent() > 0 && Date.now() < deadline) {
      await sleep(250);
      statuses = await outboundByStatus(seeding);
    }
    const timedOut = unsent() > 0;

    const stats = await emulator.stats();
    const accepted = new Set<string>();
    for (const chat of await emulator.chats())
      for (const item of chat)
        if (item.direction === 'outbound' && item.callbackData !== undefined) accepted.add(item.callbackData);
    const seconds =
      stats.firstAt && stats.lastAt ? (Date.parse(stats.lastAt) - Date.parse(stats.firstAt)) / 1000 : 0;
    const rejected130429 = stats.rejected.byCode['130429'] ?? 0;
    const lastAt = stats.lastAt ? Date.parse(stats.lastAt) : atEnqueueEnd.at;
    const [dispatchJobs] = await seeding.db
      .select({ n: count() })
      .from(jobs)
      .where(eq(jobs.kind, JOB.dispatchMessage));
    return {
      mode,
      messages: total,
      limit,
      jobConcurrency,
      enqueueSeconds,
      accepted: stats.accepted,
      seconds,
      achievedPerSecond: seconds > 0 ? (stats.accepted - 1) / seconds : 0,
      afterEnqueuePerSecond:
        lastAt > atEnqueueEnd.at
          ? ((stats.accepted - atEnqueueEnd.accepted) * 1000) / (lastAt - atEnqueueEnd.at)
          : 0,
      dispatchJobs: dispatchJobs?.n ?? 0,
      maxPerSecond: stats.maxPerSecond,
      rejected130429,
      rejectedOther: stats.rejected.total - rejected130429,
      duplicates: stats.duplicateCallbackData,
      lost: total - accepted.size,
      dbSent: (statuses.sent ?? 0) + (statuses.delivered ?? 0) + (statuses.read ?? 0),
      dbFailed: statuses.failed ?? 0,
      dbUnsent: unsent(),
      timedOut,
    };
  } finally {
    await emulator?.setWebhookUrl(null).catch(() => undefined);
    await seeding?.close().catch(() => undefined);
    await app?.stop().catch((error: unknown) => console.warn('outbound: app did not stop cleanly', error));
    await emulator?.stop().catch(() => undefined);
    await empty.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
