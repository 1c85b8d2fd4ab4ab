import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  migrateDatabase,
  openDatabase,
  type Database,
  type OpenDatabaseOptions,
} from '../../shared/adapters/store/database.js';
import { wrapPglite } from '../../shared/adapters/store/pglite-database.js';

export type TestDatabase = Database & { dispose(): Promise<void> };

/**
 * The server for tests of the PostgreSQL driver itself (LISTEN reconnect, concurrent migrations). They run in
 * both CI legs, against the machine's PostgreSQL; on a laptop without DATABASE_URL they are skipped.
 */
export const postgresForDriverTests: string | undefined =
  process.env.DATABASE_URL ?? (process.env.CI ? 'postgres://postgres@127.0.0.1:5432/test' : undefined);

/**
 * A fresh, migrated database of its own: on PostgreSQL when DATABASE_URL is set (a new database on that
 * server, dropped on dispose), else an in-memory PGlite. A set DATABASE_URL that does not answer is an error,
 * never a silent fallback to PGlite.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? openFreshPostgresDatabase(serverUrl) : openFreshPgliteDatabase();
}

/** Creates `mlm_t_<random>` on the server `serverUrl` points at, opens and migrates it. */
export async function openFreshPostgresDatabase(
  serverUrl: string,
  options: Omit<OpenDatabaseOptions, 'databaseUrl' | 'dataDir'> = {},
): Promise<TestDatabase> {
  const empty = await createEmptyPostgresDatabase(serverUrl);
  const database = await openDatabase({ ...options, databaseUrl: empty.url });
  const dispose = async () => {
    await database.close();
    await empty.drop();
  };
  try {
    await migrateDatabase(database);
  } catch (error) {
    await dispose();
    throw error;
  }
  return Object.assign(database, { dispose });
}

/** An empty database `mlm_t_<random>` on that server; `drop()` removes it even if connections are left open. */
export async function createEmptyPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mlm_t_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(serverUrl, `drop database if exists ${name} with (force)`) };
}

let pgliteSnapshot: Promise<File | Blob> | undefined;

/** initdb takes seconds under PGlite, so every test database is loaded from one migrated snapshot. */
export async function openFreshPgliteDatabase(): Promise<TestDatabase> {
  pgliteSnapshot ??= (async () => {
    const template = await PGlite.create();
    await migrateDatabase(wrapPglite(template));
    const snapshot = await template.dumpDataDir('none');
    await template.close();
    return snapshot;
  })();
  const database = wrapPglite(await PGlite.create({ loadDataDir: await pgliteSnapshot }));
  await migrateDatabase(database);
  return Object.assign(database, { dispose: () => database.close() });
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(serverUrl);
    where.password = '';
    throw new Error(`DATABASE_URL is set but PostgreSQL at ${where.host}${where.pathname} does not answer`, {
      cause: error,
    });
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
