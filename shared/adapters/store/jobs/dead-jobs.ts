import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { jobs } from '../schema.js';
import { JOBS_CHANNEL } from './enqueue-job.js';

/** A job that ran out of attempts or failed permanently, as shown to admins (without its payload). */
export interface DeadJob {
  id: string;
  kind: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  dedupeKey: string | null;
  createdAt: Date;
  diedAt: Date;
}

export async function listDeadJobs(
  db: Db,
  tenantId: string,
  options: { limit?: number } = {},
): Promise<DeadJob[]> {
  const rows = await db
    .select({
      id: jobs.id,
      kind: jobs.kind,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
      lastError: jobs.lastError,
      dedupeKey: jobs.dedupeKey,
      createdAt: jobs.createdAt,
      diedAt: jobs.updatedAt,
    })
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.state, 'dead')))
    .orderBy(desc(jobs.updatedAt))
    .limit(options.limit ?? 100);
  return rows.map((row) => ({ ...row, id: String(row.id) }));
}

/**
 * Queues a dead job again, due now, with a fresh set of attempts; its last error is kept until it is replaced.
 * Returns false when no dead job has that id.
 */
export async function retryDeadJob(db: Db, tenantId: string, id: string): Promise<boolean> {
  if (!/^\d{1,18}$/.test(id)) return false;
  const [row] = await db
    .update(jobs)
    .set({ state: 'queued', attempts: 0, runAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.id, Number(id)), eq(jobs.state, 'dead')))
    .returning({ kind: jobs.kind });
  if (!row) return false;
  await db.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${row.kind})`);
  return true;
}
