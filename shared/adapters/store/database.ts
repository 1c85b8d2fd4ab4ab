import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { StoreLogger } from './logger.js';
import { IN_MEMORY, openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';
import type * as schema from './schema.js';

export type Schema = typeof schema;
/** The common type of the node-postgres and PGlite drizzle instances. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A drizzle query builder bound to one transaction's connection (no relational schema: builder queries only). */
export type TxDb = PgDatabase<PgQueryResultHKT>;

/** One transaction: drizzle for most statements, and raw SQL for the few hot ones where drizzle's builder costs. */
export interface TxHandle {
  readonly db: TxDb;
  query<Row = Record<string, unknown>>(text: string, params: readonly unknown[]): Promise<Row[]>;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(
    work: (tx: TxHandle) => Promise<T>,
    options?: { readonly waitForDisk?: boolean },
  ): Promise<T>;
  /**
   * Runs one statement on its own (atomic; committed when it answers). Prepared once per connection on
   * PostgreSQL: for hot single-statement writes that need no transaction.
   */
  query<Row = Record<string, unknown>>(text: string, params: readonly unknown[]): Promise<Row[]>;
  /** Runs `SELECT 1`; throws when the database is unreachable. */
  ping(): Promise<void>;
  /** Subscribes to NOTIFY on `channel`; resolves once listening, to a function that unsubscribes. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string. When set, PostgreSQL is used and `dataDir` is ignored. */
  databaseUrl?: string;
  /** Embedded PGlite keeps its files in `${dataDir}/pglite`; `undefined` or `'memory://'` keeps them in memory. */
  dataDir?: string;
  /** PostgreSQL pool size, default 10. */
  poolSize?: number;
  logger?: StoreLogger;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgresDatabase(options.databaseUrl, options);
  return openPgliteDatabase(options.dataDir);
}

export { IN_MEMORY };
export { migrateDatabase } from './migrate.js';
