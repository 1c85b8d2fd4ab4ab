import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  enqueueJob,
  JobWorker,
  RetryLater,
  type ClaimedJob,
  type JobHandler,
} from '../../../shared/adapters/store/jobs/index.js';
import { JOB_DONE, jobFailed } from '../../../shared/ports/job-outcome.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';
import { jobRow, seconds, T0, TestClock } from './job-fixtures.js';

let database: TestDatabase;
let clock: TestClock;
beforeEach(async () => {
  database = await openTestDatabase();
  clock = new TestClock();
});
afterEach(async () => {
  await database.dispose();
});

const enqueue = (kind: string, payload: Record<string, unknown>) =>
  enqueueJob(database.db, { tenantId: 't', kind, payload, runAt: T0 });

/** A handler that runs batches, recording each call's job ids; `outcome` decides each job's fate. */
function batching(calls: string[][], outcome: (job: ClaimedJob) => 'ok' | Error): JobHandler {
  const single = async (job: ClaimedJob) => {
    calls.push([job.id]);
    const result = outcome(job);
    if (result !== 'ok') throw result;
  };
  return Object.assign(single, {
    batch: async (jobs: readonly ClaimedJob[]) => {
      calls.push(jobs.map((job) => job.id));
      return jobs.map((job) => {
        const result = outcome(job);
        return result === 'ok' ? JOB_DONE : jobFailed(result);
      });
    },
  });
}

describe('JobWorker with a batching handler', () => {
  it('hands every due job of the kind to one call, and runs other kinds one by one', async () => {
    const ids = await Promise.all([1, 2, 3, 4, 5].map((n) => enqueue('receipt', { n })));
    const other = await enqueue('notice', {});
    const calls: string[][] = [];
    const notices: string[] = [];
    const worker = new JobWorker(database, {
      clock: clock.now,
      concurrency: 4,
      handlers: {
        receipt: batching(calls, () => 'ok'),
        notice: async (job) => void notices.push(job.id),
      },
    });

    await worker.drain();

    expect(calls).toHaveLength(1);
    expect(calls[0]?.toSorted()).toEqual(ids.map((job) => job.id).toSorted());
    expect(notices).toEqual([other.id]);
    for (const { id } of [...ids, other]) expect((await jobRow(database.db, 't', id)).state).toBe('done');
  });

  it('splits the jobs of a kind into calls of at most maxGroupSize, run side by side', async () => {
    const ids = await Promise.all([1, 2, 3, 4, 5].map((n) => enqueue('receipt', { n })));
    const calls: string[][] = [];
    const worker = new JobWorker(database, {
      clock: clock.now,
      concurrency: 4,
      maxGroupSize: 2,
      handlers: { receipt: batching(calls, () => 'ok') },
    });

    await worker.drain();

    expect(calls.map((call) => call.length).toSorted()).toEqual([1, 2, 2]);
    expect(calls.flat().toSorted()).toEqual(ids.map((job) => job.id).toSorted());
  });

  it('retries or buries each job of a batch by its own outcome', async () => {
    const ok = await enqueue('receipt', { fate: 'ok' });
    const later = await enqueue('receipt', { fate: 'later' });
    const broken = await enqueue('receipt', { fate: 'broken' });
    const calls: string[][] = [];
    const worker = new JobWorker(database, {
      clock: clock.now,
      handlers: {
        receipt: batching(calls, (job) => {
          const { fate } = job.payload as { fate: string };
          if (fate === 'later') return new RetryLater(seconds(2), 'not recorded yet');
          if (fate === 'broken') return new Error('database said no');
          return 'ok';
        }),
      },
    });

    await worker.drain();

    expect(await jobRow(database.db, 't', ok.id)).toMatchObject({ state: 'done', attempts: 1 });
    const retried = await jobRow(database.db, 't', later.id);
    expect(retried).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: 'RetryLater: not recorded yet',
    });
    expect(retried.runAt.getTime()).toBe(T0.getTime() + seconds(2));
    const failed = await jobRow(database.db, 't', broken.id);
    expect(failed).toMatchObject({ state: 'queued', attempts: 1, lastError: 'Error: database said no' });
    expect(calls).toHaveLength(1);
  });

  it('retries every job of a batch whose handler throws', async () => {
    const jobs = await Promise.all([1, 2].map((n) => enqueue('receipt', { n })));
    const handler: JobHandler = Object.assign(async () => undefined, {
      batch: async (): Promise<never> => {
        throw new Error('connection reset');
      },
    });
    await new JobWorker(database, { clock: clock.now, handlers: { receipt: handler } }).drain();

    for (const { id } of jobs)
      expect(await jobRow(database.db, 't', id)).toMatchObject({
        state: 'queued',
        attempts: 1,
        lastError: 'Error: connection reset',
      });
  });
});
