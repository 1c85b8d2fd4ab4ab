import { performance } from 'node:perf_hooks';
import type { SendPacer } from '../../../ports/send-pacer.js';
import type { Database } from '../database.js';

/** WhatsApp's default throughput per phone number (docs/whatsapp-platform.md, "Limits"). */
export const DEFAULT_MESSAGES_PER_SECOND = 80;

export interface DatabaseSendPacerOptions {
  /** Messages per second per phone number (config WHATSAPP_MESSAGES_PER_SECOND). Default 80. */
  readonly messagesPerSecond?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reserves the number's next $4 slots and moves it on by as many intervals, in one statement: the row lock serialises
 * concurrent reservations, from this process or another. Slots are strictly spaced (no burst credit: a slot
 * in the past counts from now). Answers how long to wait until the slot, measured on the database's clock,
 * so the instances' clocks never enter into it. clock_timestamp(), not now(): the time once the row lock is
 * held, not when the statement (or transaction) began.
 */
const RESERVE = `
  insert into send_pacers as p (tenant_id, phone_number_id, next_slot_at)
  values ($1, $2, clock_timestamp() + $4::integer * interval '1 second' / $3::double precision)
  on conflict (tenant_id, phone_number_id) do update
    set next_slot_at = greatest(p.next_slot_at, clock_timestamp())
      + $4::integer * interval '1 second' / $3::double precision
  returning extract(epoch from
    (p.next_slot_at - $4::integer * interval '1 second' / $3::double precision) - clock_timestamp()
  )::double precision * 1000 as wait_ms`;

/** No slot before now + ms (an existing later slot stays). */
const PENALIZE = `
  insert into send_pacers as p (tenant_id, phone_number_id, next_slot_at)
  values ($1, $2, clock_timestamp() + $3::double precision * interval '1 millisecond')
  on conflict (tenant_id, phone_number_id) do update
    set next_slot_at = greatest(p.next_slot_at, excluded.next_slot_at)`;

/**
 * The per-number pacer shared by every connector instance through the database (table send_pacers). Works on
 * PostgreSQL and PGlite. The tenant row must exist.
 */
export class DatabaseSendPacer implements SendPacer {
  private readonly rate: number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Acquires waiting for the next reservation, per number. */
  private readonly queues = new Map<
    string,
    { waiting: { resolve: (at: number) => void; reject: (error: unknown) => void }[]; reserving: boolean }
  >();

  constructor(
    private readonly database: Database,
    options: DatabaseSendPacerOptions = {},
  ) {
    this.rate = options.messagesPerSecond ?? DEFAULT_MESSAGES_PER_SECOND;
    if (!Number.isFinite(this.rate) || this.rate <= 0)
      throw new Error(`messages per second must be a positive number, got ${this.rate}`);
    this.sleep = options.sleep ?? realSleep;
  }

  /**
   * Acquires asked for while a reservation is on its way share the next one: a burst of sends costs one
   * statement, each still waiting for its own slot.
   */
  async acquire(tenantId: string, phoneNumberId: string): Promise<void> {
    const key = JSON.stringify([tenantId, phoneNumberId]);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { waiting: [], reserving: false };
      this.queues.set(key, queue);
    }
    const slot = new Promise<number>((resolve, reject) => queue.waiting.push({ resolve, reject }));
    if (!queue.reserving) {
      queue.reserving = true;
      setImmediate(() => void this.reserveFor(key, tenantId, phoneNumberId));
    }
    const remaining = (await slot) - performance.now();
    if (remaining > 0) await this.sleep(remaining);
  }

  private async reserveFor(key: string, tenantId: string, phoneNumberId: string): Promise<void> {
    const queue = this.queues.get(key);
    if (!queue) return;
    while (queue.waiting.length > 0) {
      const waiting = queue.waiting.splice(0);
      try {
        const [row] = await this.database.query<{ wait_ms: number | string }>(RESERVE, [
          tenantId,
          phoneNumberId,
          this.rate,
          waiting.length,
        ]);
        // Slot i of the block starts i intervals after its first, counted from the statement's answer.
        const first = performance.now() + Number(row?.wait_ms ?? 0);
        waiting.forEach((caller, i) => caller.resolve(first + (i * 1_000) / this.rate));
      } catch (error) {
        for (const caller of waiting) caller.reject(error);
      }
    }
    this.queues.delete(key);
  }

  async penalize(tenantId: string, phoneNumberId: string, ms: number): Promise<void> {
    await this.database.query(PENALIZE, [tenantId, phoneNumberId, Math.max(0, ms)]);
  }
}
