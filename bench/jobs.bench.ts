import { count, eq, sql } from 'drizzle-orm';
import type { Database } from '../shared/adapters/store/database.js';
import { JobWorker } from '../shared/adapters/store/jobs/index.js';
import { jobs } from '../shared/adapters/store/schema.js';

export interface JobsBenchResult {
  readonly storage: Database['kind'];
  readonly jobs: number;
  readonly seconds: number;
  readonly jobsPerSecond: number;
}

export interface JobsBenchOptions {
  /** Default: 20,000 on PostgreSQL, 2,000 on PGlite. */
  jobs?: number;
  batchSize?: number;
  concurrency?: number;
}

const TENANTS = ['bench-a', 'bench-b', 'bench-c'];

/**
 * Throughput of the job queue itself: N no-op jobs are inserted up front (not timed), then two workers
 * claim, run and complete them concurrently; the figure is jobs done per second of that phase.
 */
export async function benchJobs(
  database: Database,
  options: JobsBenchOptions = {},
): Promise<JobsBenchResult> {
  const total = options.jobs ?? (database.kind === 'postgres' ? 20_000 : 2_000);
  const { db } = database;
  for (let start = 0; start < total; start += 1_000) {
    const size = Math.min(1_000, total - start);
    await db.insert(jobs).values(
      Array.from({ length: size }, (_, i) => ({
        tenantId: TENANTS[(start + i) % TENANTS.length] ?? 'bench',
        kind: 'noop',
        payload: { n: start + i },
      })),
    );
  }

  // Statistics as autovacuum (or the worker's cleanup, on PGlite) keeps them in steady state. A table never
  // analyzed gets a bitmap-and-sort claim plan over the whole backlog, about half as fast at 20,000 jobs.
  await db.execute(sql`analyze jobs`);

  let ran = 0;
  const workerOptions = {
    handlers: { noop: async () => void ran++ },
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  };
  const workers = [new JobWorker(database, workerOptions), new JobWorker(database, workerOptions)];
  const started = performance.now();
  await Promise.all(workers.map((worker) => worker.drain()));
  const seconds = (performance.now() - started) / 1_000;

  const [done] = await db.select({ n: count() }).from(jobs).where(eq(jobs.state, 'done'));
  if (ran !== total || done?.n !== total)
    throw new Error(`ran ${ran} and marked ${done?.n} done of ${total} jobs`);
  return { storage: database.kind, jobs: total, seconds, jobsPerSecond: total / seconds };
}
