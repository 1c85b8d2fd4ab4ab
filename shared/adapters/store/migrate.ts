import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/** Where the committed drizzle-kit migrations live, next to this module. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Hidden hook each driver attaches to the Database it opens, so migrations can use driver-specific connections. */
export const runMigrations = Symbol('runMigrations');

export interface MigratableDatabase extends Database {
  [runMigrations](): Promise<void>;
}

/** Applies pending migrations. Safe when several processes start at once against the same PostgreSQL. */
export async function migrateDatabase(database: Database): Promise<void> {
  const migrate = (database as Partial<MigratableDatabase>)[runMigrations];
  if (!migrate) throw new Error('migrateDatabase needs a Database returned by openDatabase');
  await migrate.call(database);
}
