import { createHmac } from 'node:crypto';
import type { Random } from './random.js';
import type { ChaosSettings, EmulatorLogger, WebhookCounters } from './types.js';

/** One change of a webhook envelope: `{field, value}`. */
export interface WebhookChange {
  readonly field: string;
  readonly value: unknown;
  /** Unix seconds Meta sets on the entry of template and account events. */
  readonly time?: number;
}

interface QueuedEvent {
  readonly seq: number;
  readonly change: WebhookChange;
  attempts: number;
  /** Real time (ms) before which it must not go out. */
  readyAt: number;
}

export interface WebhookQueueOptions {
  readonly wabaId: string;
  readonly appSecret: string;
  readonly retryDelaysMs: readonly number[];
  readonly maxAttempts: number;
  readonly concurrency: number;
  readonly batchSize: number;
  readonly chaos: ChaosSettings;
  readonly random: Random;
  readonly logger: EmulatorLogger;
  readonly onChange: () => void;
  /** Per POST. Default 15 s. */
  readonly timeoutMs?: number;
}

/** Meta escapes every non-ASCII character as \uXXXX in the bytes it sends (and signs). */
export function escapeNonAscii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function signature(appSecret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** The raw body Meta would POST for these changes (one entry each). */
export function webhookBody(wabaId: string, changes: readonly WebhookChange[]): string {
  return escapeNonAscii(
    JSON.stringify({
      object: 'whatsapp_business_account',
      entry: changes.map(({ value, field, time }) => ({
        id: wabaId,
        ...(time !== undefined ? { time } : {}),
        changes: [{ value, field }],
      })),
    }),
  );
}

/**
 * At-least-once delivery of signed webhooks, as Meta does it: a queue, parallel POSTs (so order is not
 * guaranteed), retries with backoff on any non-2xx answer or network error, optional chaos.
 */
export class WebhookQueue {
  private url: string | null = null;
  private chaos: ChaosSettings;
  private pending: QueuedEvent[] = [];
  private inFlight = 0;
  private postsInFlight = 0;
  private seq = 0;
  private maxDeliveredSeq = -1;
  private generation = 0;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private pumpScheduled = false;
  private readonly controllers = new Set<AbortController>();
  private counts = {
    delivered: 0,
    failedAttempts: 0,
    duplicatesInjected: 0,
    reordered: 0,
    abandoned: 0,
    posts: 0,
  };

  constructor(private readonly options: WebhookQueueOptions) {
    this.chaos = options.chaos;
  }

  setUrl(url: string | null): void {
    this.url = url;
    this.schedulePump();
  }

  getUrl(): string | null {
    return this.url;
  }

  setChaos(chaos: ChaosSettings): void {
    this.chaos = chaos;
  }

  enqueue(change: WebhookChange): void {
    if (this.stopped) return;
    const seq = this.seq++;
    this.pending.push({ seq, change, attempts: 0, readyAt: Date.now() + this.chaosDelay() });
    if (this.chaos.duplicateRate > 0 && this.options.random.next() < this.chaos.duplicateRate) {
      this.counts.duplicatesInjected++;
      this.pending.push({ seq, change, attempts: 0, readyAt: Date.now() + this.chaosDelay() });
    }
    this.schedulePump();
  }

  counters(): WebhookCounters {
    return { queued: this.pending.length, inFlight: this.inFlight, ...this.counts };
  }

  idle(): boolean {
    return this.pending.length === 0 && this.inFlight === 0;
  }

  /** Forgets everything queued and every counter; POSTs in flight finish unnoticed. */
  clear(): void {
    this.generation++;
    this.pending = [];
    this.inFlight = 0;
    this.postsInFlight = 0;
    this.maxDeliveredSeq = -1;
    this.counts = {
      delivered: 0,
      failedAttempts: 0,
      duplicatesInjected: 0,
      reordered: 0,
      abandoned: 0,
      posts: 0,
    };
    this.clearTimer();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    for (const controller of this.controllers) controller.abort();
  }

  private chaosDelay(): number {
    return this.chaos.maxDelayMs > 0 ? this.options.random.int(this.chaos.maxDelayMs + 1) : 0;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private schedulePump(): void {
    if (this.pumpScheduled || this.stopped) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    if (this.stopped || this.url === null) return;
    const now = Date.now();
    let ready: number[] = [];
    let nextAt = Infinity;
    this.pending.forEach((event, index) => {
      if (event.readyAt <= now) ready.push(index);
      else nextAt = Math.min(nextAt, event.readyAt);
    });
    if (this.chaos.reorder) ready = shuffle(ready, this.options.random);
    const taken = new Set<number>();
    const batches: QueuedEvent[][] = [];
    while (this.postsInFlight + batches.length < this.options.concurrency && ready.length > 0) {
      const indexes = ready.splice(0, this.options.batchSize);
      indexes.forEach((i) => taken.add(i));
      batches.push(indexes.flatMap((i) => this.pending[i] ?? []));
    }
    if (taken.size > 0) this.pending = this.pending.filter((_, i) => !taken.has(i));
    for (const batch of batches) void this.post(batch, this.url);
    if (ready.length === 0 && nextAt < Infinity && nextAt < this.timerAt) {
      this.clearTimer();
      this.timerAt = nextAt;
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.timerAt = Infinity;
          this.pump();
        },
        Math.max(0, nextAt - now),
      );
    }
  }

  private async post(batch: QueuedEvent[], url: string): Promise<void> {
    const generation = this.generation;
    this.inFlight += batch.length;
    this.postsInFlight++;
    this.counts.posts++;
    const body = webhookBody(
      this.options.wabaId,
      batch.map((e) => e.change),
    );
    const controller = new AbortController();
    this.controllers.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 15_000);
    let outcome: string;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': signature(this.options.appSecret, body),
          'user-agent': 'facebookexternalua',
        },
        body,
        signal: controller.signal,
      });
      await response.arrayBuffer().catch(() => undefined);
      outcome = response.status >= 200 && response.status < 300 ? 'ok' : `HTTP ${response.status}`;
    } catch (error) {
      outcome = error instanceof Error ? `network error (${networkCode(error)})` : 'network error';
    } finally {
      clearTimeout(timeout);
      this.controllers.delete(controller);
    }
    if (generation !== this.generation || this.stopped) return;
    this.inFlight -= batch.length;
    this.postsInFlight--;
    if (outcome === 'ok') {
      this.counts.delivered += batch.length;
      for (const event of batch) {
        if (event.seq < this.maxDeliveredSeq) this.counts.reordered++;
        this.maxDeliveredSeq = Math.max(this.maxDeliveredSeq, event.seq);
      }
    } else {
      this.counts.failedAttempts++;
      const now = Date.now();
      for (const event of batch) {
        event.attempts++;
        if (event.attempts >= this.options.maxAttempts) {
          this.counts.abandoned++;
          this.options.logger.warn(
            { attempts: event.attempts, field: event.change.field },
            'webhook abandoned',
          );
          continue;
        }
        const delays = this.options.retryDelaysMs;
        event.readyAt = now + (delays[Math.min(event.attempts - 1, delays.length - 1)] ?? 1000);
        this.pending.push(event);
      }
      this.options.logger.warn(
        { outcome, events: batch.length, attempt: Math.max(...batch.map((e) => e.attempts)) },
        'webhook delivery failed; will retry',
      );
    }
    this.options.onChange();
    this.schedulePump();
  }
}

function shuffle<T>(items: T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const swap = out[i] as T;
    out[i] = out[j] as T;
    out[j] = swap;
  }
  return out;
}

function networkCode(error: Error): string {
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : error.name;
}
