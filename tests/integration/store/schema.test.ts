import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../../shared/adapters/store/database.js';
import { migrationsFolder } from '../../../shared/adapters/store/migrate.js';
import { messages, threads } from '../../../shared/adapters/store/schema.js';
import {
  createEmptyPostgresDatabase,
  openTestDatabase,
  postgresForDriverTests,
  type TestDatabase,
} from '../../support/database.js';
import { NUMBER, TENANT, openThread, seedContact } from './seed.js';

let database: TestDatabase;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.dispose();
});

/** The error (or its cause, as drizzle wraps driver errors) carries the violated constraint's SQLSTATE. */
async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    return code ?? cause?.code;
  }
  return undefined;
}

describe('migrations', () => {
  it('create every table, and running them again changes nothing', async () => {
    await migrateDatabase(database);
    const result = await database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const tables = (result as unknown as { rows: { table_name: string }[] }).rows.map(
      (row) => row.table_name,
    );
    expect(tables).toEqual([
      'consent_events',
      'consents',
      'contacts',
      'events',
      'jobs',
      'media_uploads',
      'messages',
      'send_pacers',
      'sms_consents',
      'templates',
      'tenants',
      'thread_participants',
      'thread_read_markers',
      'threads',
      'users',
    ]);
  });

  it.runIf(postgresForDriverTests)(
    'are safe when two processes migrate the same database at once',
    async () => {
      const empty = await createEmptyPostgresDatabase(postgresForDriverTests ?? '');
      const first = await openDatabase({ databaseUrl: empty.url, poolSize: 2 });
      const second = await openDatabase({ databaseUrl: empty.url, poolSize: 2 });
      try {
        await Promise.all([migrateDatabase(first), migrateDatabase(second)]);
        const result = await first.db.execute(
          sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
        );
        // Each migration once, not twice.
        const journal = JSON.parse(
          readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
        ) as {
          entries: unknown[];
        };
        expect((result as unknown as { rows: { applied: number }[] }).rows[0]?.applied).toBe(
          journal.entries.length,
        );
      } finally {
        await first.close();
        await second.close();
        await empty.drop();
      }
    },
  );
});

describe('unique keys', () => {
  it('allow one open thread per number and contact, and a new one once it is closed', async () => {
    const { db } = database;
    const contactId = await seedContact(db);
    const first = await openThread(db, contactId);

    expect(await sqlState(openThread(db, contactId))).toBe('23505');

    await db
      .update(threads)
      .set({ status: 'closed', closedAt: new Date() })
      .where(and(eq(threads.tenantId, TENANT), eq(threads.id, first)));
    const second = await openThread(db, contactId);
    expect(second).not.toBe(first);
  });

  it('allow open threads with the same contact on another number', async () => {
    const { db } = database;
    const contactId = await seedContact(db);
    await openThread(db, contactId);
    await db.insert(threads).values({
      tenantId: TENANT,
      channel: 'whatsapp',
      phoneNumberId: `${NUMBER}-other`,
      contactId,
      status: 'open',
      openedAt: new Date(),
    });
  });

  it('reject a second message with the same wamid, not messages without one', async () => {
    const { db } = database;
    const threadId = await openThread(db, await seedContact(db));
    const message = {
      tenantId: TENANT,
      threadId,
      direction: 'inbound',
      kind: 'text',
      status: 'received',
    } as const;
    await db.insert(messages).values({ ...message, wamid: 'wamid.1' });
    await db.insert(messages).values([{ ...message }, { ...message }]);

    expect(
      await sqlState(db.insert(messages).values({ ...message, id: randomUUID(), wamid: 'wamid.1' })),
    ).toBe('23505');
  });

  it('reject a client message id used twice by one sender, not by two senders', async () => {
    const { db } = database;
    const threadId = await openThread(db, await seedContact(db));
    const message = {
      tenantId: TENANT,
      threadId,
      direction: 'outbound',
      kind: 'text',
      status: 'pending',
    } as const;
    await db.insert(messages).values({ ...message, senderUserId: 'alice', clientMessageId: 'c-1' });
    await db.insert(messages).values({ ...message, senderUserId: 'bob', clientMessageId: 'c-1' });

    const again = db.insert(messages).values({ ...message, senderUserId: 'alice', clientMessageId: 'c-1' });
    expect(await sqlState(again)).toBe('23505');
  });

  it('reject values outside a closed set', async () => {
    const { db } = database;
    const contactId = await seedContact(db);
    const insert = db.execute(
      sql`insert into threads (tenant_id, channel, phone_number_id, contact_id, status, opened_at)
          values (${TENANT}, 'fax', ${NUMBER}, ${contactId}, 'open', now())`,
    );
    expect(await sqlState(insert)).toBe('23514');
  });
});
