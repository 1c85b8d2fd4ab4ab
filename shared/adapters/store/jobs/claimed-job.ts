import type { JobRow } from '../schema.js';

/** A job as its handler sees it. `attempts` counts this run (1 on the first run). */
export interface ClaimedJob {
  readonly tenantId: string;
  readonly id: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly runAt: Date;
  readonly createdAt: Date;
}

export type JobHandler = (job: ClaimedJob) => Promise<void>;

export function toClaimedJob(row: JobRow): ClaimedJob {
  return {
    tenantId: row.tenantId,
    id: String(row.id),
    kind: row.kind,
    payload: row.payload,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    runAt: row.runAt,
    createdAt: row.createdAt,
  };
}
