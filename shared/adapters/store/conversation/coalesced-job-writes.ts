import type { JobRequest } from '../../../ports/conversation-records.js';

interface JobRowJson {
  readonly tenant_id: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly run_at: string;
  readonly dedupe_key: string | null;
}

interface Waiting {
  readonly rows: readonly JobRowJson[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Writes rows in one atomic statement (INSERT ... ON CONFLICT DO NOTHING, with its NOTIFY). */
export type WriteJobRows = (rows: readonly JobRowJson[]) => Promise<void>;

export function jobRowsOf(tenantId: string, requests: readonly JobRequest[]): JobRowJson[] {
  return requests.map((job) => ({
    tenant_id: tenantId,
    kind: job.kind,
    payload: job.payload,
    run_at: job.runAt.toISOString(),
    dedupe_key: job.dedupeKey ?? null,
  }));
}

/**
 * Group commit for webhook ingestion: writes asked for while one is on its way go together in the next
 * statement, so a burst of webhooks costs a few round trips instead of one each (each round trip is a
 * socket write and a wake-up of PostgreSQL, the webhook path's largest cost). Every caller still returns
 * only once its own rows are durable. A failed joint write is retried one caller at a time, so one bad
 * write cannot fail the webhooks that happened to travel with it.
 */
export class CoalescedJobWrites {
  private queue: Waiting[] = [];
  private writing = false;

  constructor(private readonly write: WriteJobRows) {}

  add(rows: readonly JobRowJson[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        // Let the callers of this turn of the event loop join the first write.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      await this.writeBatch(batch);
    }
    this.writing = false;
  }

  private async writeBatch(batch: readonly Waiting[]): Promise<void> {
    try {
      await this.write(batch.flatMap((waiting) => waiting.rows));
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      for (const waiting of batch) await this.writeBatch([waiting]);
    }
  }
}
