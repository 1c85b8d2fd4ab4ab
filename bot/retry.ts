import { setTimeout as sleep } from 'node:timers/promises';

export interface Backoff {
  /** Delay before the second attempt (before jitter). */
  readonly initialMs: number;
  /** Upper bound of any delay. */
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 30_000 };

/**
 * Exponential backoff with "equal jitter": the n-th failure (n >= 1) waits between half and all of
 * min(maxMs, initialMs * 2^(n-1)), so instances that failed together do not retry together.
 */
export function backoffDelay(failures: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export interface RetryOptions {
  readonly backoff?: Backoff;
  /** Stops retrying: the pending wait ends and retryForever rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called once per failed attempt, before waiting `delayMs`. */
  readonly onFailure?: (error: unknown, failures: number, delayMs: number) => void;
  readonly random?: () => number;
}

/** Runs `task` until it resolves, waiting with backoff between failures; never gives up unless aborted. */
export async function retryForever<T>(task: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  for (let failures = 1; ; failures++) {
    options.signal?.throwIfAborted();
    try {
      return await task();
    } catch (error) {
      options.signal?.throwIfAborted();
      const delayMs = backoffDelay(failures, backoff, options.random);
      options.onFailure?.(error, failures, delayMs);
      await sleep(delayMs, undefined, { signal: options.signal });
    }
  }
}
