import type { SendAllowance, SendLimiter } from '../../../ports/send-limiter.js';
import type { Database } from '../database.js';

export interface SendLimit {
  /** Sends a user may make per window (at once, then refilling evenly over the window). */
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * A user's allowance is one next-slot time kept in `send_pacers` under the key `send-limit:<userId>` (the
 * per-number pacer's table: a row is just a tenant, a key and a time, so no new table is needed). It is a
 * generic cell rate algorithm: every send moves the slot on by window/limit, and a send is allowed while the
 * slot stays within one window of now, so a user may send `limit` at once and then `limit` per window. One
 * atomic statement on the database's clock: every instance shares the allowance, whatever its own clock.
 * A client message id already recorded for this sender is a replay: allowed, and nothing is taken.
 */
const TAKE = `
  with replay as (
    select 1 from messages
    where tenant_id = $1 and sender_user_id = $2 and client_message_id = $3
  ), taken as (
    insert into send_pacers as p (tenant_id, phone_number_id, next_slot_at)
    select $1, $4, clock_timestamp() + $5::double precision * interval '1 millisecond'
    where not exists (select 1 from replay)
    on conflict (tenant_id, phone_number_id) do update
      set next_slot_at = greatest(p.next_slot_at, clock_timestamp()) + $5::double precision * interval '1 millisecond'
      where greatest(p.next_slot_at, clock_timestamp()) + $5::double precision * interval '1 millisecond'
        <= clock_timestamp() + $6::double precision * interval '1 millisecond'
    returning 1
  )
  select exists (select 1 from replay) as replay, exists (select 1 from taken) as taken`;

/** How long until the next send would be allowed. */
const WAIT = `
  select extract(epoch from
    greatest(next_slot_at, clock_timestamp()) + ($2::double precision - $3::double precision) * interval '1 millisecond'
      - clock_timestamp()
  )::double precision * 1000 as wait_ms
  from send_pacers where tenant_id = $1 and phone_number_id = $4`;

const GIVE_BACK = `
  update send_pacers set next_slot_at = next_slot_at - $3::double precision * interval '1 millisecond'
  where tenant_id = $1 and phone_number_id = $2`;

const keyOf = (userId: string) => `send-limit:${userId}`;

/** The per-user send limit through the database, on PostgreSQL and PGlite. The tenant row must exist. */
export class DatabaseSendLimiter implements SendLimiter {
  private readonly intervalMs: number;

  constructor(
    private readonly database: Database,
    private readonly sendLimit: SendLimit,
  ) {
    if (!Number.isSafeInteger(sendLimit.limit) || sendLimit.limit < 1)
      throw new Error(`the send limit must be a positive whole number, got ${sendLimit.limit}`);
    if (!(sendLimit.windowMs > 0))
      throw new Error(`the send window must be positive, got ${sendLimit.windowMs}`);
    this.intervalMs = sendLimit.windowMs / sendLimit.limit;
  }

  async take(tenantId: string, userId: string, clientMessageId: string): Promise<SendAllowance> {
    const key = keyOf(userId);
    const [row] = await this.database.query<{ replay: boolean; taken: boolean }>(TAKE, [
      tenantId,
      userId,
      clientMessageId,
      key,
      this.intervalMs,
      this.sendLimit.windowMs,
    ]);
    if (row?.replay) return { allowed: true, counted: false };
    if (row?.taken) return { allowed: true, counted: true };
    const [wait] = await this.database.query<{ wait_ms: number | string }>(WAIT, [
      tenantId,
      this.intervalMs,
      this.sendLimit.windowMs,
      key,
    ]);
    return { allowed: false, retryAfterMs: Math.max(0, Number(wait?.wait_ms ?? this.intervalMs)) };
  }

  async giveBack(tenantId: string, userId: string): Promise<void> {
    await this.database.query(GIVE_BACK, [tenantId, keyOf(userId), this.intervalMs]);
  }
}
