import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { SQL } from 'drizzle-orm';
import type { Database } from '../database.js';
import { silentLogger, type StoreLogger } from '../logger.js';
import type { ClaimedJob, JobHandler } from './claimed-job.js';
import { JOBS_CHANNEL } from './enqueue-job.js';
import { JOB_DONE, jobFailed, type JobOutcome } from '../../../ports/job-outcome.js';
import { RetryLater } from '../../../ports/retry-later.js';
import { PermanentJobError } from './job-errors.js';
import {
  buryJob,
  claimJobs,
  completeJobs,
  deleteFinishedJobs,
  extendLeases,
  jobKey,
  nextRunAt,
  nowSql,
  releaseJobs,
  rescheduleJob,
  vacuumJobs,
} from './job-statements.js';
import { DEFAULT_BACKOFF, retryDelayMs, type Backoff } from './retry-delay.js';
import { Signal } from './signal.js';

export interface JobWorkerOptions {
  handlers: Record<string, JobHandler>;
  /** Must be unique among running workers; defaults to host:pid:random. */
  workerId?: string;
  /** Most jobs held (claimed, running or waiting to run) at once; default 32. */
  batchSize?: number;
  /** Most handlers running at once; default 8. */
  concurrency?: number;
  /** Most jobs one batching handler gets in one call (several calls run at once); default 32. */
  maxGroupSize?: number;
  /** A claimed job is reclaimable by another worker this long after its last heartbeat; default 30 s. */
  leaseMs?: number;
  /** Fallback when no NOTIFY arrives; default 1 s. */
  pollIntervalMs?: number;
  backoff?: Backoff;
  /** Tests only: replaces the database clock in every statement the worker runs. */
  clock?: () => Date;
  logger?: StoreLogger;
  /** Tests only: the jitter source, default Math.random. */
  random?: () => number;
  /** Done jobs are deleted this long after completion; default 7 days. */
  retentionMs?: number;
  cleanupIntervalMs?: number;
}

const SHORTEST_IDLE_MS = 25;
const CLEANUP_BATCH = 5_000;
const MAX_ERROR_LENGTH = 2_000;

/**
 * Runs durable jobs: claims due ones in batches, runs their handlers with bounded concurrency, records each
 * outcome (done, retry with backoff, dead). Delivery is at least once: a job whose worker dies mid-run is
 * claimed again when its lease expires, so handlers must be idempotent.
 */
export class JobWorker {
  readonly workerId: string;
  private readonly handlers: Record<string, JobHandler>;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly maxGroupSize: number;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly backoff: Backoff;
  private readonly clock: (() => Date) | undefined;
  private readonly logger: StoreLogger;
  private readonly random: () => number;
  private readonly retentionMs: number;
  private readonly cleanupIntervalMs: number;

  private status: 'stopped' | 'running' | 'stopping' = 'stopped';
  private loop: Promise<void> | undefined;
  private readonly held = new Map<string, ClaimedJob>();
  private readonly waiting: ClaimedJob[] = [];
  private active = 0;
  private readonly wakeUp = new Signal();
  private readonly slotFreed = new Signal();
  private idleWaiters: (() => void)[] = [];
  private completions: ClaimedJob[] = [];
  private flushing: Promise<void> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private timers: NodeJS.Timeout[] = [];
  private readonly chores = new Set<Promise<void>>();

  constructor(
    private readonly database: Database,
    options: JobWorkerOptions,
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.handlers = options.handlers;
    this.batchSize = Math.max(1, options.batchSize ?? 32);
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.maxGroupSize = Math.max(1, options.maxGroupSize ?? 32);
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.clock = options.clock;
    this.logger = options.logger ?? silentLogger;
    this.random = options.random ?? Math.random;
    this.retentionMs = options.retentionMs ?? 7 * 24 * 3_600_000;
    this.cleanupIntervalMs = options.cleanupIntervalMs ?? 3_600_000;
  }

  /** Starts claiming; resolves once it listens for NOTIFY (or fell back to polling). Never rejects. */
  async start(): Promise<void> {
    if (this.status !== 'stopped') return;
    this.status = 'running';
    await this.loop; // a drain() in progress
    try {
      this.unlisten = await this.database.listen(JOBS_CHANNEL, () => this.wakeUp.fire());
    } catch (error) {
      this.logger.warn({ err: error, workerId: this.workerId }, 'cannot LISTEN for jobs; polling only');
    }
    if (this.status !== 'running') {
      // stop() was called while LISTEN was being set up.
      await this.unlisten?.().catch(() => undefined);
      this.unlisten = undefined;
      return;
    }
    this.every(Math.max(1, Math.floor(this.leaseMs / 3)), () => this.heartbeat());
    this.every(this.cleanupIntervalMs, () => this.cleanup());
    this.loop = this.run('forever');
    this.logger.info(
      { workerId: this.workerId, batchSize: this.batchSize, concurrency: this.concurrency },
      'job worker started',
    );
  }

  /** Stops claiming, gives back claimed jobs not yet started, and waits for running handlers to finish. */
  async stop(): Promise<void> {
    if (this.status !== 'running') return;
    this.status = 'stopping';
    this.wakeUp.fire();
    this.slotFreed.fire();
    await this.loop;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await Promise.all(this.chores);
    await this.unlisten?.().catch((error: unknown) => this.logger.warn({ err: error }, 'UNLISTEN failed'));
    this.unlisten = undefined;
    this.loop = undefined;
    this.status = 'stopped';
    this.logger.info({ workerId: this.workerId }, 'job worker stopped');
  }

  /** For tests: runs jobs until none is due (by the worker's clock), then resolves. Works started or not. */
  async drain(): Promise<void> {
    if (this.status === 'running') {
      await new Promise<void>((resolve) => {
        this.idleWaiters.push(resolve);
        this.wakeUp.fire();
      });
      return;
    }
    await this.loop;
    this.loop = this.run('untilIdle');
    try {
      await this.loop;
    } finally {
      this.loop = undefined;
    }
  }

  private async run(mode: 'forever' | 'untilIdle'): Promise<void> {
    let failures = 0;
    while (this.status !== 'stopping') {
      // Refill only once half the batch is gone, so claims stay large and handlers never starve.
      if (this.held.size > this.batchSize / 2) {
        await this.slotFreed.wait();
        continue;
      }
      const want = this.batchSize - this.held.size;
      const heldBefore = this.held.size;
      let claimed: ClaimedJob[];
      try {
        claimed = await claimJobs(this.database.db, {
          workerId: this.workerId,
          limit: want,
          leaseMs: this.leaseMs,
          now: this.now(),
        });
        failures = 0;
      } catch (error) {
        if (mode === 'untilIdle') {
          await this.settle();
          throw error;
        }
        failures += 1;
        this.logger.error({ err: error, workerId: this.workerId }, 'claiming jobs failed');
        await this.wakeUp.wait(Math.min(this.pollIntervalMs, 250 * 2 ** failures));
        continue;
      }
      this.accept(claimed);
      if (claimed.length === want) continue;

      // Nothing else is due right now.
      if (mode === 'untilIdle' || this.idleWaiters.length > 0) {
        // Idle only when a claim finds nothing while nothing runs: finished jobs may have queued due ones.
        if (claimed.length > 0 || heldBefore > 0) {
          await this.settle();
          continue;
        }
        await this.flushCompletions();
        for (const resolve of this.idleWaiters.splice(0)) resolve();
        if (mode === 'untilIdle') break;
      }
      await this.wakeUp.wait(await this.idleDelayMs());
    }
    await this.windDown();
  }

  private accept(jobs: readonly ClaimedJob[]): void {
    for (const job of jobs) {
      this.held.set(jobKey(job), job);
      this.waiting.push(job);
    }
    // After the whole claim is queued, so that a batching handler sees every job of its kind.
    this.pump();
  }

  private pump(): void {
    while (this.status !== 'stopping' && this.active < this.concurrency) {
      const job = this.waiting.shift();
      if (!job) return;
      const group = this.groupWith(job);
      this.active += 1;
      void this.execute(group).finally(() => {
        this.active -= 1;
        for (const done of group) this.held.delete(jobKey(done));
        this.slotFreed.fire();
        this.pump();
      });
    }
  }

  /** The job alone, or with every waiting job of its kind when its handler runs batches. */
  private groupWith(first: ClaimedJob): ClaimedJob[] {
    if (!this.handlerOf(first.kind)?.batch) return [first];
    const group = [first];
    const rest: ClaimedJob[] = [];
    for (const job of this.waiting)
      (job.kind === first.kind && group.length < this.maxGroupSize ? group : rest).push(job);
    this.waiting.splice(0, this.waiting.length, ...rest);
    return group;
  }

  private handlerOf(kind: string): JobHandler | undefined {
    return Object.hasOwn(this.handlers, kind) ? this.handlers[kind] : undefined;
  }

  /** Waits until every held job has finished and its outcome is written; when stopping, unstarted ones are left. */
  private async settle(): Promise<void> {
    while (this.active > 0 || (this.waiting.length > 0 && this.status !== 'stopping'))
      await this.slotFreed.wait();
    await this.flushCompletions();
  }

  private async windDown(): Promise<void> {
    const unstarted = this.waiting.splice(0);
    for (const job of unstarted) this.held.delete(jobKey(job));
    try {
      await releaseJobs(this.database.db, this.workerId, unstarted, this.now());
    } catch (error) {
      const message = 'could not release unstarted jobs; they return when their lease expires';
      this.logger.warn({ err: error, count: unstarted.length }, message);
    }
    await this.settle();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async execute(jobs: readonly ClaimedJob[]): Promise<void> {
    const first = jobs[0];
    if (!first) return;
    const handler = this.handlerOf(first.kind);
    const runnable: ClaimedJob[] = [];
    for (const job of jobs) {
      if (!handler)
        await this.bury(
          job,
          'job has no handler; marked dead',
          `no handler is registered for job kind "${job.kind}"`,
        );
      else if (job.attempts > job.maxAttempts)
        await this.bury(
          job,
          'job lease expired on its last attempt; marked dead',
          'the lease expired during the last attempt (the worker died or the handler hung)',
        );
      else runnable.push(job);
    }
    if (!handler || runnable.length === 0) return;
    const outcomes = await runHandler(handler, runnable);
    await Promise.all(
      runnable.map((job, i) => this.record(job, outcomes[i] ?? jobFailed(new Error('no outcome')))),
    );
  }

  private async record(job: ClaimedJob, outcome: JobOutcome): Promise<void> {
    const fields = this.fieldsOf(job);
    try {
      if (!outcome.ok) {
        await this.failed(job, outcome.error, fields);
        return;
      }
      this.logger.debug(fields, 'job done');
      this.completions.push(job);
      this.flushSoon();
    } catch (error) {
      this.logger.error(
        { ...fields, err: error },
        'could not record a job outcome; the job runs again after its lease',
      );
    }
  }

  private async bury(job: ClaimedJob, logMessage: string, error: string): Promise<void> {
    const fields = this.fieldsOf(job);
    this.logger.error(fields, logMessage);
    try {
      await buryJob(this.database.db, this.workerId, job, error, this.now());
    } catch (failure) {
      this.logger.error(
        { ...fields, err: failure },
        'could not record a job outcome; the job runs again after its lease',
      );
    }
  }

  private fieldsOf(job: ClaimedJob) {
    return {
      jobId: job.id,
      tenantId: job.tenantId,
      kind: job.kind,
      attempt: job.attempts,
      workerId: this.workerId,
    };
  }

  private async failed(job: ClaimedJob, error: unknown, fields: object): Promise<void> {
    const message = describe(error);
    const db = this.database.db;
    if (error instanceof PermanentJobError || job.attempts >= job.maxAttempts) {
      this.logger.error({ ...fields, error: message }, 'job failed for good; marked dead');
      await buryJob(db, this.workerId, job, message, this.now());
      return;
    }
    const delayMs =
      error instanceof RetryLater
        ? Math.min(this.backoff.maxMs, Math.max(0, error.delayMs))
        : retryDelayMs(job.attempts, this.backoff, this.random);
    if (error instanceof RetryLater)
      this.logger.info({ ...fields, delayMs }, 'job asked to be retried later');
    else this.logger.warn({ ...fields, delayMs, error: message }, 'job failed; will retry');
    await rescheduleJob(db, this.workerId, job, { delayMs, error: message, now: this.now() });
  }

  /** Successful jobs are marked done together: while one UPDATE runs, the next completions queue up. */
  private flushSoon(): void {
    if (this.flushing) return;
    this.flushing = this.flushQueued().finally(() => {
      this.flushing = undefined;
      if (this.completions.length > 0) this.flushSoon();
    });
  }

  private async flushQueued(): Promise<void> {
    // Let the other handlers of the batch that are about to finish join the first UPDATE.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.completions.length > 0) {
      const done = this.completions.splice(0);
      try {
        await completeJobs(this.database.db, this.workerId, done, this.now());
      } catch (error) {
        this.logger.error(
          { err: error, count: done.length },
          'could not mark jobs done; they run again after their lease',
        );
      }
    }
  }

  private async flushCompletions(): Promise<void> {
    while (this.flushing || this.completions.length > 0) {
      this.flushSoon();
      await this.flushing;
    }
  }

  private async idleDelayMs(): Promise<number> {
    const next = await nextRunAt(this.database.db).catch(() => undefined);
    if (!next) return this.pollIntervalMs;
    const untilDue = next.getTime() - (this.clock?.() ?? new Date()).getTime();
    return Math.min(this.pollIntervalMs, Math.max(SHORTEST_IDLE_MS, untilDue));
  }

  private async heartbeat(): Promise<void> {
    try {
      await extendLeases(this.database.db, this.workerId, [...this.held.values()], {
        leaseMs: this.leaseMs,
        now: this.now(),
      });
    } catch (error) {
      this.logger.warn({ err: error, workerId: this.workerId }, 'could not extend job leases');
    }
  }

  private async cleanup(): Promise<void> {
    try {
      let deleted: number;
      do {
        deleted = await deleteFinishedJobs(this.database.db, {
          retentionMs: this.retentionMs,
          limit: CLEANUP_BATCH,
          now: this.now(),
        });
        if (deleted > 0) this.logger.info({ deleted }, 'deleted finished jobs');
      } while (deleted === CLEANUP_BATCH && this.status === 'running');
      if (this.database.kind === 'pglite') await vacuumJobs(this.database.db);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not delete finished jobs');
    }
  }

  /** Runs a chore periodically, never two of the same at once; stop() waits for a running one. */
  private every(intervalMs: number, chore: () => Promise<void>): void {
    let running = false;
    const timer = setInterval(() => {
      if (running || this.status !== 'running') return;
      running = true;
      const done = chore().finally(() => {
        running = false;
        this.chores.delete(done);
      });
      this.chores.add(done);
    }, intervalMs);
    timer.unref();
    this.timers.push(timer);
  }

  private now(): SQL {
    return nowSql(this.clock);
  }
}

/** One outcome per job: a batching handler runs them together, any other one after the other. */
async function runHandler(handler: JobHandler, jobs: readonly ClaimedJob[]): Promise<readonly JobOutcome[]> {
  if (handler.batch) {
    try {
      const outcomes = await handler.batch(jobs);
      if (outcomes.length === jobs.length) return outcomes;
      throw new Error(`the batch handler gave ${outcomes.length} outcomes for ${jobs.length} jobs`);
    } catch (error) {
      return jobs.map(() => jobFailed(error));
    }
  }
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    try {
      await handler(job);
      outcomes.push(JOB_DONE);
    } catch (error) {
      outcomes.push(jobFailed(error));
    }
  }
  return outcomes;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH)}…` : message;
}
