import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, migrateDatabase, type Database } from '../shared/adapters/store/database.js';
import { openFreshPostgresDatabase } from '../tests/support/database.js';
import { benchJobs } from './jobs.bench.js';
import { benchSendMessage } from './send-message.bench.js';
import { benchWebhookIngest } from './webhook-ingest.bench.js';
import { benchOutbound } from './outbound.bench.js';
import { benchEventsSse } from './events-sse.bench.js';
import { benchSearch } from './search.bench.js';
import { benchTabBundle, tabBundleRow } from './tab-bundle.bench.js';

/**
 * Runs every benchmark on embedded PGlite and, when one answers, on PostgreSQL; the end-to-end ones (the real
 * app over HTTP) on PostgreSQL only. Prints figures, and for the end-to-end ones whether their target was
 * met; asserts nothing and never fails on a missed target.
 */

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';

type Row = Record<string, string | number>;
type Bench = (database: Database) => Promise<Row>;

const benches: Record<string, Bench> = {
  jobs: async (database) => {
    const result = await benchJobs(database);
    return { ...result, seconds: result.seconds.toFixed(2), jobsPerSecond: Math.round(result.jobsPerSecond) };
  },
  'send-message': async (database) => {
    const options =
      database.kind === 'postgres'
        ? { messages: 20_000, concurrency: 40, threads: 200 }
        : { messages: 2_000, concurrency: 4, threads: 50 };
    const result = await benchSendMessage(database, options);
    return {
      storage: result.storage,
      messages: result.messages,
      concurrency: result.concurrency,
      seconds: result.seconds.toFixed(2),
      messagesPerSecond: Math.round(result.messagesPerSecond),
      p95Ms: result.p95Ms.toFixed(2),
    };
  },
};

async function webhookIngestRow(serverUrl: string, jobConcurrency?: number): Promise<Row> {
  const r = await benchWebhookIngest(serverUrl, jobConcurrency === undefined ? {} : { jobConcurrency });
  const met = r.webhook.perSecond >= 3_000 && r.webhook.p99Ms < 50 && r.lost === 0;
  const ratio = r.webhook.perSecond / r.noop.perSecond;
  return {
    storage: 'postgres',
    requests: r.webhook.requests,
    concurrency: r.concurrency,
    bodyBytes: r.bodyBytes,
    eventsPerSecond: Math.round(r.webhook.perSecond),
    p50Ms: r.webhook.p50Ms.toFixed(1),
    p95Ms: r.webhook.p95Ms.toFixed(1),
    p99Ms: r.webhook.p99Ms.toFixed(1),
    errors: r.webhook.errors,
    noopPerSecond: Math.round(r.noop.perSecond),
    noopP50Ms: r.noop.p50Ms.toFixed(1),
    noopP95Ms: r.noop.p95Ms.toFixed(1),
    noopP99Ms: r.noop.p99Ms.toFixed(1),
    ratio: ratio.toFixed(2),
    sent: r.sent,
    stored: r.stored,
    lost: r.lost,
    jobsDone: r.done,
    jobsQueued: r.queued,
    target: `≥3000/s & p99<50ms & 0 lost: ${met ? 'met' : 'missed'}`,
  };
}

/** End-to-end benchmarks: the real app on a fresh PostgreSQL database of their own (dropped after). */
const postgresOnly: Record<string, (serverUrl: string) => Promise<Row>> = {
  'events-sse': async (serverUrl) => {
    const r = await benchEventsSse(serverUrl);
    const met = r.p95Ms < 50 && r.lost === 0 && r.misdelivered === 0 && r.dropped === 0;
    return {
      storage: 'postgres',
      streams: r.streams,
      connectSeconds: r.connectSeconds.toFixed(1),
      events: r.events,
      perSecond: r.perSecond,
      p50Ms: r.p50Ms.toFixed(1),
      p95Ms: r.p95Ms.toFixed(1),
      p99Ms: r.p99Ms.toFixed(1),
      maxMs: r.maxMs.toFixed(1),
      fromTransactionP50Ms: r.fromTransactionP50Ms,
      fromTransactionP95Ms: r.fromTransactionP95Ms,
      postErrors: r.postErrors,
      lost: r.lost,
      misdelivered: r.misdelivered,
      dropped: r.dropped,
      target: `p95<50ms & 0 lost: ${met ? 'met' : 'missed'}`,
    };
  },
  search: async (serverUrl) => {
    const r = await benchSearch(serverUrl);
    const ms = (value: number) => value.toFixed(1);
    return {
      storage: 'postgres',
      messages: r.seed.messages,
      threads: r.seed.threads,
      seedSeconds: r.seed.seconds.toFixed(0),
      indexSeconds: r.seed.indexSeconds.toFixed(0),
      searches: r.searches,
      p50Ms: ms(r.all.p50Ms),
      p95Ms: ms(r.all.p95Ms),
      p99Ms: ms(r.all.p99Ms),
      maxMs: ms(r.all.maxMs),
      participantP95Ms: ms(r.participant.p95Ms),
      complianceP95Ms: ms(r.compliance.p95Ms),
      hits: r.hits,
      target: `p95<50ms: ${r.all.p95Ms < 50 ? 'met' : 'missed'}`,
    };
  },
  'webhook-ingest': (serverUrl) => webhookIngestRow(serverUrl),
  // The topology for heavy webhook traffic: instances that only take HTTP while others run the jobs.
  'webhook-ingest-web-only': (serverUrl) => webhookIngestRow(serverUrl, 0),
  // The target: a queue of 20,000 drained at the number's rate.
  outbound: (serverUrl) => outboundRow(serverUrl, 'backlog'),
  // For comparison: the same while the messages are still being recorded through SendMessage.
  'outbound-live': (serverUrl) => outboundRow(serverUrl, 'live'),
};

async function outboundRow(serverUrl: string, mode: 'backlog' | 'live'): Promise<Row> {
  const r = await benchOutbound(serverUrl, { mode });
  const met =
    Math.abs(r.achievedPerSecond - r.limit) <= r.limit * 0.05 &&
    r.maxPerSecond <= r.limit &&
    r.lost === 0 &&
    r.duplicates === 0;
  return {
    storage: 'postgres',
    mode: r.mode,
    messages: r.messages,
    limit: r.limit,
    jobConcurrency: r.jobConcurrency,
    enqueueSeconds: r.enqueueSeconds.toFixed(1),
    accepted: r.accepted,
    seconds: r.seconds.toFixed(1),
    achievedPerSecond: r.achievedPerSecond.toFixed(1),
    afterEnqueuePerSecond: r.afterEnqueuePerSecond.toFixed(1),
    maxPerSecond: r.maxPerSecond,
    rejected130429: r.rejected130429,
    duplicates: r.duplicates,
    lost: r.lost,
    dbSent: r.dbSent,
    dbFailed: r.dbFailed,
    dbUnsent: r.dbUnsent,
    dispatchJobs: r.dispatchJobs,
    timedOut: r.timedOut ? 'yes' : 'no',
    target:
      mode === 'backlog'
        ? `${r.limit}/s ±5%, max ≤${r.limit}, 0 lost, 0 dup: ${met ? 'met' : 'missed'}`
        : `no target (recording competes); ${met ? 'within' : 'outside'} ±5%`,
  };
}

async function onPglite(bench: Bench): Promise<Row> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mlm-bench-'));
  const database = await openDatabase({ dataDir });
  try {
    await migrateDatabase(database);
    return await bench(database);
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string, bench: Bench): Promise<Row> {
  // Two job workers at concurrency 8, or 40 concurrent senders: more connections than the app's default.
  const database = await openFreshPostgresDatabase(serverUrl, { poolSize: 20 });
  try {
    return await bench(database);
  } finally {
    await database.dispose();
  }
}

async function reachablePostgres(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL ?? LOCAL_POSTGRES;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return url;
  } catch {
    if (process.env.DATABASE_URL) console.warn('DATABASE_URL is set but does not answer; PostgreSQL skipped');
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const serverUrl = await reachablePostgres();
const only = process.argv.slice(2);
const rows: Row[] = [];
for (const [name, bench] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  rows.push({ bench: name, ...(await onPglite(bench)) });
  if (serverUrl) rows.push({ bench: name, ...(await onPostgres(serverUrl, bench)) });
}
if (rows.length > 0) console.table(rows);
// Needs no database: the tab's build, its initial JavaScript gzipped against the 200 kB budget.
if (only.length === 0 || only.includes('tab-bundle')) {
  console.table([tabBundleRow(await benchTabBundle())]);
}
for (const [name, bench] of Object.entries(postgresOnly)) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (!serverUrl) {
    console.warn(`${name}: skipped, it needs PostgreSQL`);
    continue;
  }
  // Each has its own columns: one table each.
  console.table([{ bench: name, ...(await bench(serverUrl)) }]);
}
