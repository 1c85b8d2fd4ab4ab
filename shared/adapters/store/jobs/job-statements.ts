import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { jobs } from '../schema.js';
import { toClaimedJob, type ClaimedJob } from './claimed-job.js';

/** The worker's notion of now: the database clock unless a test injects one. */
export function nowSql(clock?: () => Date): SQL {
  return clock ? sql`${clock().toISOString()}::timestamptz` : sql`now()`;
}

const plusMs = (now: SQL, ms: number): SQL =>
  sql`(${now} + ${ms}::double precision * interval '1 millisecond')`;

/**
 * Claims up to `limit` due jobs in one statement: running ones whose lease expired (their worker died
 * mid-run) first, then queued ones whose run_at has come, oldest first. SKIP LOCKED lets concurrent workers
 * claim disjoint rows. The two kinds are looked up separately so each walks its partial index in order;
 * a single `WHERE queued OR expired ORDER BY run_at` would sort the whole backlog on every claim.
 */
export async function claimJobs(
  db: Db,
  claim: { workerId: string; limit: number; leaseMs: number; now: SQL },
): Promise<ClaimedJob[]> {
  const { workerId, limit, leaseMs, now } = claim;
  const rows = await db
    .update(jobs)
    .set({
      state: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: workerId,
      leaseUntil: plusMs(now, leaseMs),
      updatedAt: now,
    })
    .where(
      sql`(${jobs.tenantId}, ${jobs.id}) in (
        with expired as materialized (
          select tenant_id, id from jobs
          where state = 'running' and lease_until < ${now}
          order by lease_until
          limit ${limit}
          for update skip locked
        ), due as materialized (
          select tenant_id, id from jobs
          where state = 'queued' and run_at <= ${now}
          order by run_at
          limit ${limit}
          for update skip locked
        )
        select tenant_id, id from expired
        union all
        select tenant_id, id from due
        limit ${limit})`,
    )
    .returning();
  return rows.map(toClaimedJob);
}

/**
 * Rows this worker still holds under the attempt it claimed, so a stale worker cannot touch a reclaimed job.
 * Every outcome clears locked_by, so this also means the row is still running.
 */
function heldBy(workerId: string, held: readonly ClaimedJob[]): SQL {
  return sql`${jobs.lockedBy} = ${workerId}
    and (${jobs.tenantId}, ${jobs.id}, ${jobs.attempts}) in (
      select * from unnest(
        ${sql.param(held.map((job) => job.tenantId))}::text[],
        ${sql.param(held.map((job) => job.id))}::bigint[],
        ${sql.param(held.map((job) => job.attempts))}::integer[]))`;
}

export async function completeJobs(
  db: Db,
  workerId: string,
  done: readonly ClaimedJob[],
  now: SQL,
): Promise<void> {
  if (done.length === 0) return;
  await db
    .update(jobs)
    .set({ state: 'done', completedAt: now, lockedBy: null, leaseUntil: null, updatedAt: now })
    .where(heldBy(workerId, done));
}

export async function rescheduleJob(
  db: Db,
  workerId: string,
  job: ClaimedJob,
  retry: { delayMs: number; error: string; now: SQL },
): Promise<void> {
  await db
    .update(jobs)
    .set({
      state: 'queued',
      runAt: plusMs(retry.now, retry.delayMs),
      lastError: retry.error,
      lockedBy: null,
      leaseUntil: null,
      updatedAt: retry.now,
    })
    .where(heldBy(workerId, [job]));
}

export async function buryJob(
  db: Db,
  workerId: string,
  job: ClaimedJob,
  error: string,
  now: SQL,
): Promise<void> {
  await db
    .update(jobs)
    .set({ state: 'dead', lastError: error, lockedBy: null, leaseUntil: null, updatedAt: now })
    .where(heldBy(workerId, [job]));
}

/** Gives back claimed jobs that were never started, without using up an attempt. */
export async function releaseJobs(
  db: Db,
  workerId: string,
  unstarted: readonly ClaimedJob[],
  now: SQL,
): Promise<void> {
  if (unstarted.length === 0) return;
  await db
    .update(jobs)
    .set({
      state: 'queued',
      attempts: sql`${jobs.attempts} - 1`,
      lockedBy: null,
      leaseUntil: null,
      updatedAt: now,
    })
    .where(heldBy(workerId, unstarted));
}

export async function extendLeases(
  db: Db,
  workerId: string,
  held: readonly ClaimedJob[],
  lease: { leaseMs: number; now: SQL },
): Promise<void> {
  if (held.length === 0) return;
  await db
    .update(jobs)
    .set({ leaseUntil: plusMs(lease.now, lease.leaseMs) })
    .where(heldBy(workerId, held));
}

/** When the earliest queued job is due, to sleep until then rather than a whole poll interval. */
export async function nextRunAt(db: Db): Promise<Date | undefined> {
  const [row] = await db
    .select({ runAt: sql<Date | null>`min(${jobs.runAt})`.mapWith(jobs.runAt) })
    .from(jobs)
    .where(eq(jobs.state, 'queued'));
  return row?.runAt ?? undefined;
}

/** Deletes up to `limit` jobs done before `now - retentionMs`; returns how many. */
export async function deleteFinishedJobs(
  db: Db,
  options: { retentionMs: number; limit: number; now: SQL },
): Promise<number> {
  const deleted = await db
    .delete(jobs)
    .where(
      sql`(${jobs.tenantId}, ${jobs.id}) in (
        select old.tenant_id, old.id from jobs old
        where old.state = 'done' and old.completed_at < ${plusMs(options.now, -options.retentionMs)}
        limit ${options.limit})`,
    )
    .returning({ id: jobs.id });
  return deleted.length;
}

/** PGlite runs no autovacuum, so the worker reclaims dead rows and refreshes planner statistics itself. */
export async function vacuumJobs(db: Db): Promise<void> {
  await db.execute(sql`vacuum (analyze) jobs`);
}

export const jobKey = (job: Pick<ClaimedJob, 'tenantId' | 'id'>): string => `${job.tenantId}/${job.id}`;
