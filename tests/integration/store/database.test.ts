import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openFreshPostgresDatabase,
  openTestDatabase,
  postgresForDriverTests,
  type TestDatabase,
} from '../../support/database.js';
import { waitFor } from '../../support/wait-for.js';

let database: TestDatabase;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.dispose();
});

describe('Database', () => {
  it('answers ping', async () => {
    await expect(database.ping()).resolves.toBeUndefined();
  });

  it('delivers NOTIFY to every listener of the channel, on commit only, until it unlistens', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = await database.listen('events', (payload) => first.push(payload));
    await database.listen('events', (payload) => second.push(payload));

    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select pg_notify('events', 'rolled back')`);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('events', 'committed')`);
    });
    await waitFor(() => first.length === 1 && second.length === 1);

    await stopFirst();
    await database.db.execute(sql`select pg_notify('events', 'later')`);
    await waitFor(() => second.length === 2);
    expect(first).toEqual(['committed']);
    expect(second).toEqual(['committed', 'later']);
  });

  it.runIf(postgresForDriverTests)('listens again after its connection is killed', async () => {
    const postgres = await openFreshPostgresDatabase(postgresForDriverTests ?? '');
    try {
      await listensAgainAfterKill(postgres);
    } finally {
      await postgres.dispose();
    }
  });
});

async function listensAgainAfterKill(database: TestDatabase): Promise<void> {
  const received: string[] = [];
  await database.listen('events', (payload) => received.push(payload));
  const killed = await database.db.execute(
    sql`select pg_terminate_backend(pid) as killed from pg_stat_activity
        where datname = current_database() and query like 'LISTEN%'`,
  );
  expect((killed as unknown as { rows: { killed: boolean }[] }).rows).toEqual([{ killed: true }]);
  await waitFor(async () => {
    await database.db.execute(sql`select pg_notify('events', 'after reconnect')`);
    return received.length > 0;
  });
  expect(received[0]).toBe('after reconnect');
}
