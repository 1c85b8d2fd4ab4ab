import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, migrateDatabase, type Database } from '../shared/adapters/store/database.js';
import { openFreshPostgresDatabase } from '../tests/support/database.js';
import { benchJobs } from './jobs.bench.js';
import { benchSendMessage } from './send-message.bench.js';

/** Runs every benchmark on embedded PGlite and, when one answers, on PostgreSQL. Prints figures; asserts nothing. */

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
console.table(rows);
