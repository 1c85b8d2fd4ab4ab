/** Thrown by a background use case that cannot proceed yet; the job runs again after the delay. */
export class RetryLater extends Error {
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'RetryLater';
  }
}
