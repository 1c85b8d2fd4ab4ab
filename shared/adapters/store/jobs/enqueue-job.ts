import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../database.js';
import { jobs } from '../schema.js';

export const JOBS_CHANNEL = 'jobs';

export interface NewJob {
  tenantId: string;
  kind: string;
  /** Stored as jsonb. Keep secrets and message bodies out of it where a reference will do. */
  payload: unknown;
  /** Defaults to the database's now(). */
  runAt?: Date;
  /** At most one job per (tenant, key) exists until the finished job is cleaned up, 7 days after it is done. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Inserts a job and wakes the workers. Inside a transaction the NOTIFY is delivered on commit, so a worker
 * never looks for a job it cannot see yet; on rollback neither the job nor the NOTIFY happen.
 */
export async function enqueueJob(
  executor: Db | Tx,
  job: NewJob,
): Promise<{ id: string; duplicate: boolean }> {
  const [inserted] = await executor
    .insert(jobs)
    .values({
      tenantId: job.tenantId,
      kind: job.kind,
      payload: job.payload ?? null,
      ...(job.runAt ? { runAt: job.runAt } : {}),
      ...(job.dedupeKey === undefined ? {} : { dedupeKey: job.dedupeKey }),
      ...(job.maxAttempts === undefined ? {} : { maxAttempts: job.maxAttempts }),
    })
    .onConflictDoNothing({
      target: [jobs.tenantId, jobs.dedupeKey],
      where: sql`${jobs.dedupeKey} is not null`,
    })
    .returning({ id: jobs.id });

  if (inserted) {
    await executor.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${job.kind})`);
    return { id: String(inserted.id), duplicate: false };
  }
  const [existing] = await executor
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.dedupeKey, job.dedupeKey ?? '')));
  if (!existing) throw new Error(`job with dedupe key ${job.dedupeKey} conflicted but cannot be found`);
  return { id: String(existing.id), duplicate: true };
}
