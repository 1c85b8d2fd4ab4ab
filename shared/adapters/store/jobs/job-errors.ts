/**
 * Thrown by a handler to be run again after `delayMs` (e.g. a Retry-After), instead of the exponential backoff.
 * It still counts as an attempt, so a job that keeps asking goes dead after `max_attempts` like any other.
 */
export class RetryLaterError extends Error {
  override readonly name = 'RetryLaterError';

  constructor(
    readonly delayMs: number,
    message = `retry requested in ${delayMs} ms`,
  ) {
    super(message);
  }
}

/** Thrown by a handler when retrying cannot help: the job goes straight to `dead`. */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}
