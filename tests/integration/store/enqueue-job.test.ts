import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../../shared/adapters/store/jobs/index.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';
import { jobRow } from './job-fixtures.js';
import { waitFor } from '../../support/wait-for.js';

let database: TestDatabase;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.dispose();
});

describe('enqueueJob', () => {
  it('stores a queued job with its defaults', async () => {
    const { id, duplicate } = await enqueueJob(database.db, {
      tenantId: 't',
      kind: 'send',
      payload: { a: 1 },
    });
    expect(duplicate).toBe(false);
    const row = await jobRow(database.db, 't', id);
    expect(row).toMatchObject({
      kind: 'send',
      payload: { a: 1 },
      state: 'queued',
      attempts: 0,
      maxAttempts: 8,
    });
    expect(Math.abs(row.runAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('returns the existing job for a dedupe key already used in the tenant', async () => {
    const job = { tenantId: 't', kind: 'remind', payload: {}, dedupeKey: 'remind:c1' };
    const first = await enqueueJob(database.db, job);
    const second = await enqueueJob(database.db, { ...job, payload: { other: true } });
    const otherTenant = await enqueueJob(database.db, { ...job, tenantId: 'u' });

    expect(second).toEqual({ id: first.id, duplicate: true });
    expect(otherTenant.duplicate).toBe(false);
    expect((await jobRow(database.db, 't', first.id)).payload).toEqual({});
  });

  it('never deduplicates jobs without a key', async () => {
    const job = { tenantId: 't', kind: 'send', payload: {} };
    const ids = [await enqueueJob(database.db, job), await enqueueJob(database.db, job)].map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('notifies workers when the enclosing transaction commits, and not at all on rollback', async () => {
    const kinds: string[] = [];
    await database.listen('jobs', (kind) => kinds.push(kind));

    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, { tenantId: 't', kind: 'discarded', payload: {} });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await database.db.transaction(async (tx) => {
      await enqueueJob(tx, { tenantId: 't', kind: 'kept', payload: {} });
    });

    await waitFor(() => kinds.length > 0);
    expect(kinds).toEqual(['kept']);
  });
});
