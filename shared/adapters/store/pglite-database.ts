import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder, runMigrations, type MigratableDatabase } from './migrate.js';
import * as schema from './schema.js';

/** `dataDir` value that keeps the embedded database in memory. */
export const IN_MEMORY = 'memory://';

export async function openPgliteDatabase(dataDir: string | undefined): Promise<MigratableDatabase> {
  const directory = dataDir === undefined || dataDir === IN_MEMORY ? undefined : path.join(dataDir, 'pglite');
  if (directory) await mkdir(directory, { recursive: true });
  return wrapPglite(await PGlite.create(directory === undefined ? {} : { dataDir: directory }));
}

/** Wraps an open PGlite (tests load one from a migrated snapshot, which is much faster than initdb). */
export function wrapPglite(client: PGlite): MigratableDatabase {
  const db = drizzle({ client, schema });
  return {
    kind: 'pglite',
    db,
    // PGlite runs one transaction at a time and queues every other query behind it.
    transaction: (work) =>
      client.transaction((tx) =>
        work({
          // drizzle's PGlite session takes a Transaction as its client (see PgliteSession); only drizzle()'s
          // overloads do not say so.
          db: drizzle({ client: tx as unknown as PGlite }),
          query: async <Row>(text: string, params: readonly unknown[]) =>
            (await tx.query<Row>(text, [...params])).rows,
        }),
      ),
    query: async <Row>(text: string, params: readonly unknown[]) =>
      (await client.query<Row>(text, [...params])).rows,
    async ping() {
      await client.query('select 1');
    },
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    async close() {
      if (!client.closed) await client.close();
    },
    // A PGlite data directory belongs to one process, so no cross-process lock is needed.
    async [runMigrations]() {
      await migrate(db, { migrationsFolder });
    },
  };
}
