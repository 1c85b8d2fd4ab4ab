import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, retryForever } from '../../../bot/retry.js';

describe('backoffDelay', () => {
  it('doubles from 0.5 s and caps at 30 s, jittered between half and all of the step', () => {
    const low = (n: number) => backoffDelay(n, DEFAULT_BACKOFF, () => 0);
    const high = (n: number) => backoffDelay(n, DEFAULT_BACKOFF, () => 1);
    expect([1, 2, 3, 4].map(high)).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map(low)).toEqual([250, 500, 1000, 2000]);
    expect(high(7)).toBe(30_000);
    expect(high(50)).toBe(30_000);
    expect(low(50)).toBe(15_000);
  });

  it('stays within bounds for random jitter', () => {
    for (let n = 1; n < 20; n++) {
      const d = backoffDelay(n, DEFAULT_BACKOFF);
      const ceiling = Math.min(30_000, 500 * 2 ** (n - 1));
      expect(d).toBeGreaterThanOrEqual(ceiling / 2);
      expect(d).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('retryForever', () => {
  const fast = { initialMs: 1, maxMs: 4 };

  it('retries until the task succeeds, reporting each failure once', async () => {
    let calls = 0;
    const onFailure = vi.fn();
    const result = await retryForever(
      async () => {
        calls++;
        if (calls < 4) throw new Error(`fail ${calls}`);
        return 'ok';
      },
      { backoff: fast, onFailure },
    );
    expect(result).toBe('ok');
    expect(onFailure).toHaveBeenCalledTimes(3);
    expect(onFailure.mock.calls.map((c) => [(c[0] as Error).message, c[1]])).toEqual([
      ['fail 1', 1],
      ['fail 2', 2],
      ['fail 3', 3],
    ]);
  });

  it('stops waiting when aborted', async () => {
    const abort = new AbortController();
    const pending = retryForever(
      async () => {
        throw new Error('down');
      },
      { backoff: { initialMs: 60_000, maxMs: 60_000 }, signal: abort.signal },
    );
    setTimeout(() => abort.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
