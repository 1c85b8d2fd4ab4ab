export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1000, maxMs: 3_600_000 };

/**
 * Delay before the next attempt after attempt number `attempts` (1-based) failed:
 * min(maxMs, baseMs * 2^(attempts-1)), jittered to between 50% and 100% of it so failed jobs spread out.
 */
export function retryDelayMs(attempts: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + 0.5 * random()));
}
