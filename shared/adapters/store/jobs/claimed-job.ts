import type { JobOutcome } from '../../../ports/job-outcome.js';
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

/**
 * Runs one job. A handler may also run several due jobs of its kind at once (`batch`, one outcome per job,
 * in order): the worker then hands it every job of that kind it holds, so one transaction can serve many.
 */
export type JobHandler = ((job: ClaimedJob) => Promise<void>) & {
  readonly batch?: (jobs: readonly ClaimedJob[]) => Promise<readonly JobOutcome[]>;
};

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
