import type { Readiness, ReadinessState } from './http/health.js';

export interface Pingable {
  ping(): Promise<void>;
}

export const DEFAULT_PING_TIMEOUT_MS = 2_000;

/**
 * The instance's readiness: not ready until the database is connected and the app has started,
 * ready while the database answers a ping within the timeout, never ready again once shutdown began.
 */
export class AppReadiness implements Readiness {
  private database: Pingable | undefined;
  private started = false;
  private shuttingDown = false;

  constructor(private readonly pingTimeoutMs: number = DEFAULT_PING_TIMEOUT_MS) {}

  /** The database is open (migrations may still be running). */
  databaseConnected(database: Pingable): void {
    this.database = database;
  }

  /** Migrations are applied and the job worker runs. */
  markStarted(): void {
    this.started = true;
  }

  beginShutdown(): void {
    this.shuttingDown = true;
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  async check(): Promise<ReadinessState> {
    if (this.shuttingDown) return notReady('shutting_down', 'This instance is shutting down.');
    if (!this.database) return notReady('database_unavailable', 'The database is not connected yet.');
    if (!this.started) return notReady('starting', 'The database is connected; migrations are running.');
    try {
      await withTimeout(this.database.ping(), this.pingTimeoutMs);
      return { ready: true };
    } catch (error) {
      const message =
        error instanceof PingTimeout
          ? `The database did not answer within ${this.pingTimeoutMs} ms.`
          : 'The database did not answer the health check.';
      return notReady('database_unavailable', message);
    }
  }
}

function notReady(code: string, message: string): ReadinessState {
  return { ready: false, code, message };
}

class PingTimeout extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PingTimeout()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
