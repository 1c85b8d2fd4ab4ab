import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  enqueueJob,
  JobWorker,
  listDeadJobs,
  PermanentJobError,
  RetryLater,
  retryDeadJob,
  type ClaimedJob,
  type JobWorkerOptions,
} from '../../../shared/adapters/store/jobs/index.js';
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

const worker = (options: Partial<JobWorkerOptions> & Pick<JobWorkerOptions, 'handlers'>) =>
  new JobWorker(database, { clock: clock.now, ...options });

const enqueue = (kind: string, extra: { maxAttempts?: number; runAt?: Date } = {}) =>
  enqueueJob(database.db, { tenantId: 't', kind, payload: { to: '+447700900000' }, runAt: T0, ...extra });

describe('JobWorker', () => {
  it('runs a due job once with its payload and marks it done', async () => {
    const seen: ClaimedJob[] = [];
    const { id } = await enqueue('send');
    await worker({ handlers: { send: async (job) => void seen.push(job) } }).drain();

    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      id,
      tenantId: 't',
      kind: 'send',
      attempts: 1,
      payload: { to: '+447700900000' },
    });
    const row = await jobRow(database.db, 't', id);
    expect(row).toMatchObject({ state: 'done', attempts: 1, lockedBy: null, leaseUntil: null });
    expect(row.completedAt).toEqual(clock.now());
  });

  it('does not claim a job before its run_at', async () => {
    let runs = 0;
    const { id } = await enqueue('remind', { runAt: new Date(T0.getTime() + seconds(24 * 3600)) });
    const reminders = worker({ handlers: { remind: async () => void runs++ } });

    clock.advance(seconds(24 * 3600) - 1);
    await reminders.drain();
    expect(runs).toBe(0);
    expect((await jobRow(database.db, 't', id)).state).toBe('queued');

    clock.advance(1);
    await reminders.drain();
    expect(runs).toBe(1);
  });

  it('retries a failed job with exponential backoff and full jitter, keeping the error but not the payload', async () => {
    const { id } = await enqueue('send');
    const failing = worker({
      handlers: {
        send: async () => {
          throw new Error('Graph API answered 500');
        },
      },
      backoff: { baseMs: 1_000, maxMs: 3_600_000 },
    });

    for (const attempt of [1, 2, 3]) {
      const failedAt = clock.now().getTime();
      await failing.drain();
      const row = await jobRow(database.db, 't', id);
      const ceiling = 1_000 * 2 ** (attempt - 1);
      expect(row).toMatchObject({ state: 'queued', attempts: attempt, lockedBy: null });
      expect(row.lastError).toBe('Error: Graph API answered 500');
      expect(row.runAt.getTime() - failedAt).toBeGreaterThanOrEqual(ceiling / 2);
      expect(row.runAt.getTime() - failedAt).toBeLessThanOrEqual(ceiling);
      clock.advance(ceiling);
    }
  });

  it('caps the backoff at maxMs', async () => {
    const { id } = await enqueue('send', { maxAttempts: 20 });
    const failing = worker({
      handlers: {
        send: async () => {
          throw new Error('down');
        },
      },
      backoff: { baseMs: 1_000, maxMs: 5_000 },
      random: () => 1,
    });
    for (let attempt = 1; attempt <= 6; attempt++) {
      await failing.drain();
      clock.advance(5_000);
    }
    const row = await jobRow(database.db, 't', id);
    expect(row.attempts).toBe(6);
    expect(row.runAt.getTime()).toBe(clock.now().getTime());
  });

  it('goes dead after max attempts, is listed for admins, and runs again when retried', async () => {
    let fail = true;
    const { id } = await enqueue('send', { maxAttempts: 3 });
    const flaky = worker({
      handlers: {
        send: async () => {
          if (fail) throw new Error('still failing');
        },
      },
      backoff: { baseMs: 0, maxMs: 0 },
    });

    await flaky.drain();
    expect(await jobRow(database.db, 't', id)).toMatchObject({
      state: 'dead',
      attempts: 3,
      lastError: 'Error: still failing',
    });
    const dead = await listDeadJobs(database.db, 't');
    expect(dead).toEqual([
      expect.objectContaining({ id, kind: 'send', attempts: 3, lastError: 'Error: still failing' }),
    ]);
    expect(dead[0]).not.toHaveProperty('payload');
    expect(await listDeadJobs(database.db, 'another-tenant')).toEqual([]);

    fail = false;
    expect(await retryDeadJob(database.db, 'another-tenant', id)).toBe(false);
    expect(await retryDeadJob(database.db, 't', id)).toBe(true);
    expect(await retryDeadJob(database.db, 't', id)).toBe(false);
    clock.advance(seconds(3600)); // retryDeadJob makes the job due at the database's now
    await flaky.drain();
    expect(await jobRow(database.db, 't', id)).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('sends a PermanentJobError straight to dead', async () => {
    const { id } = await enqueue('send');
    await worker({
      handlers: {
        send: async () => {
          throw new PermanentJobError('recipient is not on WhatsApp');
        },
      },
    }).drain();
    expect(await jobRow(database.db, 't', id)).toMatchObject({
      state: 'dead',
      attempts: 1,
      lastError: 'PermanentJobError: recipient is not on WhatsApp',
    });
  });

  it('honours RetryLater exactly, counting it as an attempt', async () => {
    const { id } = await enqueue('send', { maxAttempts: 2 });
    const limited = worker({
      handlers: {
        send: async () => {
          throw new RetryLater(seconds(90));
        },
      },
    });

    await limited.drain();
    let row = await jobRow(database.db, 't', id);
    expect(row).toMatchObject({ state: 'queued', attempts: 1 });
    expect(row.runAt.getTime()).toBe(T0.getTime() + seconds(90));

    clock.advance(seconds(90));
    await limited.drain();
    row = await jobRow(database.db, 't', id);
    expect(row).toMatchObject({ state: 'dead', attempts: 2 });
  });

  it('marks a job of an unknown kind dead with a clear error', async () => {
    const { id } = await enqueue('no-such-kind');
    await worker({ handlers: {} }).drain();
    expect(await jobRow(database.db, 't', id)).toMatchObject({
      state: 'dead',
      lastError: 'no handler is registered for job kind "no-such-kind"',
    });
  });

  it('does not treat inherited object keys as handlers', async () => {
    const { id } = await enqueue('constructor');
    await worker({ handlers: {} }).drain();
    expect((await jobRow(database.db, 't', id)).state).toBe('dead');
  });
});
