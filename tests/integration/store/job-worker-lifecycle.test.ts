import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueJob, JobWorker, type ClaimedJob } from '../../../shared/adapters/store/jobs/index.js';
import { claimJobs, deleteFinishedJobs, nowSql } from '../../../shared/adapters/store/jobs/job-statements.js';
import { jobs } from '../../../shared/adapters/store/schema.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';
import { jobRow, seconds, T0, TestClock } from './job-fixtures.js';
import { waitFor } from '../../support/wait-for.js';

let database: TestDatabase;
const workers: JobWorker[] = [];
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await database.dispose();
});

const track = (worker: JobWorker): JobWorker => {
  workers.push(worker);
  return worker;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('JobWorker with others and over time', () => {
  it('never runs a job twice when two workers claim concurrently', async () => {
    const total = 500;
    for (let i = 0; i < total; i += 100) {
      await database.db.transaction(async (tx) => {
        for (let n = i; n < i + 100; n++)
          await enqueueJob(tx, { tenantId: `t${n % 3}`, kind: 'noop', payload: { n } });
      });
    }
    const runs = new Map<string, number>();
    const handlers = {
      noop: async (job: ClaimedJob) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        if (Math.random() < 0.3) await sleep(1);
      },
    };
    const options = { handlers, batchSize: 16, concurrency: 4 };
    await Promise.all([
      new JobWorker(database, { ...options, workerId: 'a' }).drain(),
      new JobWorker(database, { ...options, workerId: 'b' }).drain(),
    ]);

    expect(runs.size).toBe(total);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    const states = await database.db.select({ state: jobs.state }).from(jobs);
    expect(states.every((row) => row.state === 'done')).toBe(true);
  });

  it('reclaims a job whose worker died mid-run once its lease has expired, not before', async () => {
    const clock = new TestClock();
    const { id } = await enqueueJob(database.db, { tenantId: 't', kind: 'send', payload: {}, runAt: T0 });
    const [crashed] = await claimJobs(database.db, {
      workerId: 'crashed',
      limit: 10,
      leaseMs: seconds(30),
      now: nowSql(clock.now),
    });
    expect(crashed?.id).toBe(id);

    let runs = 0;
    const survivor = new JobWorker(database, {
      handlers: { send: async () => void runs++ },
      clock: clock.now,
    });
    clock.advance(seconds(29));
    await survivor.drain();
    expect(runs).toBe(0);

    clock.advance(seconds(2));
    await survivor.drain();
    expect(runs).toBe(1);
    expect(await jobRow(database.db, 't', id)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('marks dead a job whose lease expired during its last attempt', async () => {
    const clock = new TestClock();
    const { id } = await enqueueJob(database.db, {
      tenantId: 't',
      kind: 'send',
      payload: {},
      runAt: T0,
      maxAttempts: 1,
    });
    await claimJobs(database.db, { workerId: 'crashed', limit: 1, leaseMs: 1_000, now: nowSql(clock.now) });
    clock.advance(seconds(5));

    let runs = 0;
    await new JobWorker(database, { handlers: { send: async () => void runs++ }, clock: clock.now }).drain();
    expect(runs).toBe(0);
    expect((await jobRow(database.db, 't', id)).state).toBe('dead');
  });

  it('keeps the lease of a slow handler alive so no other worker runs it meanwhile', async () => {
    let runs = 0;
    const handlers = {
      slow: async () => {
        runs++;
        await sleep(900);
      },
    };
    const options = { handlers, leaseMs: 300, pollIntervalMs: 50 };
    track(new JobWorker(database, { ...options, workerId: 'a' }));
    track(new JobWorker(database, { ...options, workerId: 'b' }));
    await Promise.all(workers.map((w) => w.start()));
    const { id } = await enqueueJob(database.db, { tenantId: 't', kind: 'slow', payload: {} });

    await waitFor(async () => (await jobRow(database.db, 't', id)).state === 'done');
    expect(runs).toBe(1);
  });

  it('wakes on NOTIFY without waiting for the poll interval', async () => {
    const ran = deferred();
    const worker = track(
      new JobWorker(database, { handlers: { send: async () => ran.resolve() }, pollIntervalMs: 60_000 }),
    );
    await worker.start();
    await sleep(100); // let the worker find the queue empty and go to sleep

    const started = Date.now();
    await enqueueJob(database.db, { tenantId: 't', kind: 'send', payload: {} });
    await ran.promise;
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stop() waits for running handlers and gives back the jobs it had not started', async () => {
    const entered = deferred();
    const release = deferred();
    let runs = 0;
    const worker = track(
      new JobWorker(database, {
        handlers: {
          send: async () => {
            runs++;
            entered.resolve();
            await release.promise;
          },
        },
        batchSize: 4,
        concurrency: 1,
      }),
    );
    const ids: string[] = [];
    await database.db.transaction(async (tx) => {
      for (let n = 0; n < 3; n++)
        ids.push((await enqueueJob(tx, { tenantId: 't', kind: 'send', payload: { n } })).id);
    });
    await worker.start();
    await entered.promise;

    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await sleep(100);
    expect(stopped).toBe(false);

    release.resolve();
    await stopping;
    expect(runs).toBe(1);
    const rows = await Promise.all(ids.map((id) => jobRow(database.db, 't', id)));
    expect(rows.map((row) => row.state).sort()).toEqual(['done', 'queued', 'queued']);
    expect(
      rows.filter((row) => row.state === 'queued').every((row) => row.attempts === 0 && !row.lockedBy),
    ).toBe(true);
  });

  it('drain() on a started worker resolves once nothing is due', async () => {
    let runs = 0;
    const worker = track(
      new JobWorker(database, { handlers: { send: async () => void runs++ }, pollIntervalMs: 60_000 }),
    );
    await worker.start();
    for (let n = 0; n < 40; n++)
      await enqueueJob(database.db, { tenantId: 't', kind: 'send', payload: { n } });
    await worker.drain();
    expect(runs).toBe(40);
    const states = await database.db.select({ state: jobs.state }).from(jobs);
    expect(states.every((row) => row.state === 'done')).toBe(true);
  });

  it('runs the cleanup periodically while started', async () => {
    const clock = new TestClock();
    await enqueueJob(database.db, { tenantId: 't', kind: 'send', payload: {}, runAt: T0 });
    const worker = track(
      new JobWorker(database, {
        handlers: { send: async () => undefined },
        clock: clock.now,
        retentionMs: 1_000,
        cleanupIntervalMs: 20,
      }),
    );
    await worker.drain();
    clock.advance(2_000);
    await worker.start();
    await waitFor(async () => (await database.db.select({ id: jobs.id }).from(jobs)).length === 0);
  });

  it('deletes done jobs once they are older than the retention, and nothing else', async () => {
    const clock = new TestClock();
    const done = await enqueueJob(database.db, { tenantId: 't', kind: 'send', payload: {}, runAt: T0 });
    const dead = await enqueueJob(database.db, { tenantId: 't', kind: 'unknown', payload: {}, runAt: T0 });
    await new JobWorker(database, { handlers: { send: async () => undefined }, clock: clock.now }).drain();

    const week = seconds(7 * 24 * 3600);
    const cleanup = () =>
      deleteFinishedJobs(database.db, { retentionMs: week, limit: 100, now: nowSql(clock.now) });
    clock.advance(week);
    expect(await cleanup()).toBe(0);
    clock.advance(1);
    expect(await cleanup()).toBe(1);
    const left = await database.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.tenantId, 't'));
    expect(left.map((row) => String(row.id))).toEqual([dead.id]);
    expect(done.id).not.toBe(dead.id);
  });
});
