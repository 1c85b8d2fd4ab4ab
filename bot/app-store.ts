/** What the app lifecycle needs from the database (the store's Database satisfies it). */
export interface AppDatabase {
  readonly kind: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface Stoppable {
  /** Resolves once in-flight work has finished. */
  stop(): Promise<void>;
}

/** The storage side of the app, bound to its configuration: the real one is bot/store.ts. */
export interface AppStore<D extends AppDatabase = AppDatabase> {
  /** Where the data lives, safe to log (no password). */
  readonly target: string;
  open(): Promise<D>;
  migrate(database: D): Promise<void>;
  /** Resolves once the worker runs. */
  startWorker(database: D): Promise<Stoppable>;
}
