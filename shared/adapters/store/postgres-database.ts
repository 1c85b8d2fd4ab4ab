import { createHash } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { OpenDatabaseOptions } from './database.js';
import { silentLogger } from './logger.js';
import { migrationsFolder, runMigrations, type MigratableDatabase } from './migrate.js';
import { PostgresListener } from './postgres-listener.js';
import * as schema from './schema.js';

const statementNames = new Map<string, string>();

/** A stable name per distinct SQL text, so each pooled connection prepares it once. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `mlm_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** Arbitrary constant shared by every instance of the app: serialises concurrent migrations. */
const MIGRATION_LOCK_KEY = 7_302_135_001;

export async function openPostgresDatabase(
  connectionString: string,
  options: OpenDatabaseOptions,
): Promise<MigratableDatabase> {
  const logger = options.logger ?? silentLogger;
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL connection failed'));
  const db = drizzle({ client: pool, schema });
  const listener = new PostgresListener(connectionString, logger);
  let closed = false;

  return {
    kind: 'postgres',
    db,
    async transaction(work, options) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        // One round trip either way; the setting ends with the transaction.
        await client.query(
          options?.waitForDisk === false ? 'begin; set local synchronous_commit = off' : 'begin',
        );
        try {
          const result = await work({
            // Without the schema, a drizzle instance costs about a microsecond: one per transaction is fine.
            db: drizzle({ client }),
            // Named statements are parsed and planned once per connection; the hot path runs a handful of them.
            query: async <Row>(text: string, params: readonly unknown[]) =>
              (await client.query({ name: statementName(text), text, values: [...params] })).rows as Row[],
          });
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback').catch((rollbackError: unknown) => {
            broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          });
          throw error;
        }
      } finally {
        // A connection that could not roll back is destroyed rather than returned to the pool.
        client.release(broken);
      }
    },
    query: async <Row>(text: string, params: readonly unknown[]) =>
      (await pool.query({ name: statementName(text), text, values: [...params] })).rows as Row[],
    async ping() {
      await pool.query('select 1');
    },
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    async close() {
      if (closed) return;
      closed = true;
      await listener.close();
      await pool.end();
    },
    async [runMigrations]() {
      // Lock and migrations share one session, so the lock is held exactly while this process migrates.
      const client = await pool.connect();
      let failure: Error | undefined;
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migrate(drizzle({ client }), { migrationsFolder });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        // A broken connection is destroyed rather than returned to the pool (which also drops the lock).
        client.release(failure);
      }
    },
  };
}
