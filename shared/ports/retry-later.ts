/**
 * Thrown by background work that cannot proceed yet (e.g. WhatsApp's Retry-After): the job runs again after
 * `delayMs` instead of the exponential backoff. It still counts as an attempt, so a job that keeps asking
 * goes dead after its maximum attempts like any other.
 */
export class RetryLater extends Error {
  override readonly name = 'RetryLater';

  constructor(
    readonly delayMs: number,
    message = `retry requested in ${delayMs} ms`,
  ) {
    super(message);
  }
}
