import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { and, count, eq, inArray, like, or } from 'drizzle-orm';
import { pino } from 'pino';
import type { Request, Response } from 'restify';
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
import { inboundTextWebhook, statusWebhook } from '../tests/builders/webhook-builder.js';
import { metaJson, signatureOf } from '../tests/support/signed-webhook.js';
import { createEmptyPostgresDatabase } from '../tests/support/database.js';

export interface WebhookIngestOptions {
  /** Measured requests per route. Default 20,000. */
  readonly requests?: number;
  /** Requests before the measured ones, per route. Default 500. */
  readonly warmup?: number;
  readonly concurrency?: number;
  /** Distinct senders of the inbound messages. Default 500. */
  readonly contacts?: number;
  /** JOB_CONCURRENCY; unset, the app's default (8). The app's pool is this + 4. */
  readonly jobConcurrency?: number;
}

export interface LoadFigures {
  readonly requests: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  /** Answers other than 200 (and network errors). */
  readonly errors: number;
}

export interface WebhookIngestResult {
  readonly concurrency: number;
  readonly bodyBytes: number;
  readonly webhook: LoadFigures;
  readonly noop: LoadFigures;
  /** Events POSTed (warm-up included), one per request. */
  readonly sent: number;
  /** Jobs whatsapp.inbound / whatsapp.status found after the run, and their states. */
  readonly stored: number;
  readonly lost: number;
  readonly done: number;
  readonly queued: number;
  readonly poolSize: number;
}

const PHONE_NUMBER_ID = '100000000000777';
const WABA_ID = '777000222';
const APP_SECRET = 'bench-app-secret';
const USER = 'bench-user';
const NOOP_PATH = '/bench/noop';
const STATUSES = ['sent', 'delivered', 'read'] as const;

/**
 * The load generator runs in a worker thread, so that it does not share the server's event loop: plain
 * node:http over a keep-alive agent, one request per body, `concurrency` requests in flight. It posts back
 * every latency (ms) and the elapsed time. Plain JavaScript, evaluated, so the worker needs no TS loader.
 */
const LOAD_CLIENT = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, bodies, signatures, concurrency } = workerData;
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies = new Float64Array(bodies.length);
let errors = 0;
let next = 0;
function post(i) {
  return new Promise((resolve) => {
    const begin = performance.now();
    const req = http.request(
      {
        agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(bodies[i]),
          'x-hub-signature-256': signatures[i],
        },
      },
      (res) => {
        if (res.statusCode !== 200) errors++;
        res.resume();
        res.on('end', () => { latencies[i] = performance.now() - begin; resolve(); });
      },
    );
    req.on('error', () => { errors++; latencies[i] = performance.now() - begin; resolve(); });
    req.end(bodies[i]);
  });
}
async function lane() {
  while (next < bodies.length) await post(next++);
}
const started = performance.now();
Promise.all(Array.from({ length: concurrency }, lane)).then(() => {
  const ms = performance.now() - started;
  agent.destroy();
  parentPort.postMessage({ ms, errors, latencies }, [latencies.buffer]);
});
`;

interface Signed {
  readonly bodies: string[];
  readonly signatures: string[];
}

function runLoad(url: string, signed: Signed, concurrency: number): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_CLIENT, { eval: true, workerData: { url, concurrency, ...signed } });
    worker.once('error', reject);
    worker.once('message', (result: { ms: number; errors: number; latencies: Float64Array }) => {
      const sorted = Array.from(result.latencies).sort((a, b) => a - b);
      const requests = signed.bodies.length;
      resolve({
        requests,
        seconds: result.ms / 1000,
        perSecond: requests / (result.ms / 1000),
        p50Ms: percentile(sorted, 0.5),
        p95Ms: percentile(sorted, 0.95),
        p99Ms: percentile(sorted, 0.99),
        errors: result.errors,
      });
      void worker.terminate();
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function waIdOf(contact: number): string {
  return `1555020${String(contact).padStart(4, '0')}`;
}

function slice(signed: Signed, from: number, to: number): Signed {
  return { bodies: signed.bodies.slice(from, to), signatures: signed.signatures.slice(from, to) };
}

/**
 * The connector's side of 500 conversations (consent granted, window open) and the outbound messages the
 * status webhooks refer to, already handed to WhatsApp (status `sending`, wamid known): every status is
 * applied to a real message, as in production, instead of being retried as unknown.
 */
async function seed(database: Database, contactCount: number, outboundCount: number): Promise<void> {
  const { db } = database;
  const now = new Date();
  await db.insert(users).values({
    tenantId: LOCAL_TENANT_ID,
    id: USER,
    displayName: 'Bench User',
    whatsappLicensed: true,
  });
  const ids = Array.from({ length: contactCount }, () => ({ contact: randomUUID(), thread: randomUUID() }));
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
      phoneNumberId: PHONE_NUMBER_ID,
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
      phoneNumberId: PHONE_NUMBER_ID,
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
  for (let start = 0; start < outboundCount; start += 1_000) {
    const size = Math.min(1_000, outboundCount - start);
    await db.insert(messages).values(
      Array.from({ length: size }, (_, j) => {
        const k = start + j;
        return {
          tenantId: LOCAL_TENANT_ID,
          threadId: ids[k % ids.length]!.thread,
          direction: 'outbound' as const,
          kind: 'text' as const,
          senderUserId: USER,
          body: `Outbound ${k}`,
          status: 'sending',
          wamid: `wamid.bench.out.${k}`,
          sendingAt: now,
        };
      }),
    );
  }
}

/** Event i: even = an inbound text from one of the contacts, odd = the next receipt of a seeded message. */
function signedEvents(total: number, contactCount: number): Signed {
  const number = { phoneNumberId: PHONE_NUMBER_ID };
  const bodies: string[] = [];
  const signatures: string[] = [];
  const at = new Date();
  for (let i = 0; i < total; i++) {
    const n = Math.floor(i / 2);
    const body =
      i % 2 === 0
        ? inboundTextWebhook(number, {
            from: waIdOf(n % contactCount),
            wamid: `wamid.bench.in.${n}`,
            body: `Hello, this is message ${n}`,
            at,
            name: `Client ${n % contactCount}`,
          })
        : statusWebhook(number, {
            wamid: `wamid.bench.out.${Math.floor(n / 3)}`,
            status: STATUSES[n % 3]!,
            recipient: waIdOf(Math.floor(n / 3) % contactCount),
            at,
          });
    const raw = metaJson(body);
    bodies.push(raw);
    signatures.push(signatureOf(raw, APP_SECRET));
  }
  return { bodies, signatures };
}

function registerNoop(app: RunningApp): void {
  // Reads the body like the webhook route does, then answers.
  const answer = async (req: Request, res: Response) => {
    await new Promise<void>((resolve) => {
      req.on('end', resolve);
      req.resume();
    });
    res.send(200, { ok: true });
  };
  app.http.restify.get(NOOP_PATH, answer);
  app.http.restify.post(NOOP_PATH, answer);
}

/**
 * Webhook ingest through the real app on PostgreSQL: signed, Meta-shaped webhooks (one event each, half
 * inbound texts, half receipts) POSTed over loopback; answered 200 only once the event is stored as a job.
 * The job worker runs meanwhile, as in production. A no-op route of the same server, hit with the same
 * bodies, count and concurrency, gives the HTTP stack's own ceiling in the same run.
 */
export async function benchWebhookIngest(
  serverUrl: string,
  options: WebhookIngestOptions = {},
): Promise<WebhookIngestResult> {
  const requests = options.requests ?? 20_000;
  const warmup = options.warmup ?? 500;
  const concurrency = options.concurrency ?? 64;
  const contactCount = options.contacts ?? 500;
  const total = warmup + requests;

  const empty = await createEmptyPostgresDatabase(serverUrl);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mlm-bench-ingest-'));
  const logger = pino({ level: 'silent' });
  let app: RunningApp | undefined;
  let seeding: Database | undefined;
  try {
    const config = {
      ...loadConfig({
        DATABASE_URL: empty.url,
        LOG_LEVEL: 'silent',
        DATA_DIR: dataDir,
        JOB_CONCURRENCY: options.jobConcurrency === undefined ? undefined : String(options.jobConcurrency),
      }),
      port: 0,
    };
    app = await startApp(config, {
      whatsapp: {
        graphUrl: 'http://127.0.0.1:9',
        apiVersion: 'v23.0',
        phoneNumberId: PHONE_NUMBER_ID,
        businessAccountId: WABA_ID,
        accessToken: 'x',
        appSecret: APP_SECRET,
        verifyToken: 'v',
        emulated: false,
      },
      host: '127.0.0.1',
      logger,
    });
    await app.ready;
    registerNoop(app);

    seeding = await openDatabase({ databaseUrl: empty.url, poolSize: 2 });
    await seed(seeding, contactCount, Math.ceil(total / 2 / 3));
    const events = signedEvents(total, contactCount);
    const bodyBytes = Math.round(events.bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0) / total);

    // The no-op first, on an idle server; then the webhook, with the job worker applying what it stores.
    const noopUrl = `${app.url}${NOOP_PATH}`;
    await runLoad(noopUrl, slice(events, 0, warmup), concurrency);
    const noop = await runLoad(noopUrl, slice(events, warmup, total), concurrency);
    const webhookUrl = `${app.url}${WHATSAPP_WEBHOOK_PATH}`;
    await runLoad(webhookUrl, slice(events, 0, warmup), concurrency);
    const webhook = await runLoad(webhookUrl, slice(events, warmup, total), concurrency);

    const states = await seeding.db
      .select({ state: jobs.state, n: count() })
      .from(jobs)
      .where(
        and(
          inArray(jobs.kind, [JOB.applyInbound, JOB.applyStatus]),
          or(like(jobs.dedupeKey, 'wa:in:%'), like(jobs.dedupeKey, 'wa:st:%')),
        ),
      )
      .groupBy(jobs.state);
    const byState = (state: string) => states.find((s) => s.state === state)?.n ?? 0;
    const stored = states.reduce((sum, s) => sum + s.n, 0);
    const [dead] = await seeding.db.select({ n: count() }).from(jobs).where(eq(jobs.state, 'dead'));
    if ((dead?.n ?? 0) > 0) console.warn(`webhook-ingest: ${dead?.n} jobs dead after the run`);
    return {
      concurrency,
      bodyBytes,
      webhook,
      noop,
      sent: total,
      stored,
      lost: total - stored,
      done: byState('done'),
      queued: byState('queued') + byState('running'),
      poolSize: config.jobConcurrency + 10,
    };
  } finally {
    await seeding?.close().catch(() => undefined);
    await app
      ?.stop()
      .catch((error: unknown) => console.warn('webhook-ingest: app did not stop cleanly', error));
    await empty.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
