/**
 * What became of one job of a batch a handler ran together: done, or failed with the error a single run
 * would have thrown (a RetryLater included), so each job is retried or buried on its own.
 */
export type JobOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

export const JOB_DONE: JobOutcome = { ok: true };

export function jobFailed(error: unknown): JobOutcome {
  return { ok: false, error };
}
