import { EVENTS_CHANNEL } from '../conversation/drizzle-conversation-tx.js';
import type { Database } from '../database.js';
import type { StoreLogger } from '../logger.js';
import type { EventLog, LoggedEvent } from './event-log.js';

/** A connected reader of one user's events (an SSE stream). */
export interface EventSubscriber {
  readonly tenantId: string;
  readonly userId: string;
  /** Called once per event whose audience holds the user; must not throw or block. */
  deliver(event: LoggedEvent): void;
}

export interface LiveEventHubOptions {
  /** How often each tenant with subscribers is read without a NOTIFY (lost notifications, late commits). */
  readonly pollIntervalMs: number;
  /** How long an id stays open to a late commit of a lower id before it counts as final. */
  readonly settleMs: number;
  readonly logger: StoreLogger;
}

const PAGE = 500;

/** What the hub knows about one tenant with subscribers. */
interface TenantFeed {
  readonly byUser: Map<string, Set<EventSubscriber>>;
  /** Highest id read. */
  maxSeen: number;
  /** Every id at or below it is final: read, or never going to commit. */
  floor: number;
  /** Ids read above the floor: a late commit below maxSeen is found by what is not among them. */
  readonly seen: Set<number>;
  /** (time, maxSeen) marks: the floor moves to a mark once it is settleMs old. */
  readonly marks: { at: number; maxSeen: number }[];
  /** One read at a time per tenant; a notify during a read asks for another. */
  reading: boolean;
  again: boolean;
  lateCheck: boolean;
}

/**
 * One per process: LISTENs on the events channel once and, on a notify for a tenant that has subscribers, reads
 * that tenant's new rows once and hands each to the subscribers in its audience. So a notify costs one query
 * whatever the number of streams. Ids come from one sequence but commit in any order, so an id below the highest
 * one read can still appear: such late rows are looked for (by the ids not yet seen) on a notify that names an
 * old id and on every poll, until they are settleMs old.
 */
export class LiveEventHub {
  private readonly tenants = new Map<string, TenantFeed>();
  private unlisten: (() => Promise<void>) | undefined;
  private starting: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly database: Pick<Database, 'listen'>,
    private readonly log: EventLog,
    private readonly options: LiveEventHubOptions,
  ) {}

  /** Registers a subscriber; its events flow from the next read on. Resolves to a function that removes it. */
  async subscribe(subscriber: EventSubscriber): Promise<() => void> {
    if (this.closed) throw new Error('the live event hub is closed');
    await this.start();
    let feed = this.tenants.get(subscriber.tenantId);
    if (!feed) {
      const latest = await this.log.latestId(subscriber.tenantId);
      // Another subscriber of the tenant may have created it while this one waited.
      feed = this.tenants.get(subscriber.tenantId) ?? this.newFeed(latest);
      this.tenants.set(subscriber.tenantId, feed);
    }
    let users = feed.byUser.get(subscriber.userId);
    if (!users) feed.byUser.set(subscriber.userId, (users = new Set()));
    users.add(subscriber);
    return () => this.remove(subscriber);
  }

  /** Ids at or below this are final for the tenant: the hub will not hand them out again. */
  floorOf(tenantId: string): number {
    return this.tenants.get(tenantId)?.floor ?? 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    this.tenants.clear();
    await this.starting?.catch(() => undefined);
    await this.unlisten?.().catch(() => undefined);
  }

  private start(): Promise<void> {
    this.starting ??= this.database
      .listen(EVENTS_CHANNEL, (payload) => this.onNotify(payload))
      .then(
        (unlisten) => {
          this.unlisten = unlisten;
          if (this.closed) return;
          this.timer = setInterval(() => this.poll(), this.options.pollIntervalMs);
          this.timer.unref();
        },
        (error: unknown) => {
          this.starting = undefined;
          throw error;
        },
      );
    return this.starting;
  }

  private newFeed(latest: number): TenantFeed {
    return {
      byUser: new Map(),
      maxSeen: latest,
      floor: latest,
      seen: new Set(),
      marks: [],
      reading: false,
      again: false,
      lateCheck: false,
    };
  }

  private remove(subscriber: EventSubscriber): void {
    const feed = this.tenants.get(subscriber.tenantId);
    const users = feed?.byUser.get(subscriber.userId);
    if (!feed || !users) return;
    users.delete(subscriber);
    if (users.size > 0) return;
    feed.byUser.delete(subscriber.userId);
    if (feed.byUser.size === 0) this.tenants.delete(subscriber.tenantId);
  }

  private onNotify(payload: string): void {
    let note: { tenantId?: unknown; id?: unknown };
    try {
      note = JSON.parse(payload) as typeof note;
    } catch {
      return;
    }
    if (typeof note.tenantId !== 'string') return;
    const feed = this.tenants.get(note.tenantId);
    if (!feed) return;
    const id = Number(note.id);
    const late = Number.isFinite(id) && id <= feed.maxSeen && id > feed.floor && !feed.seen.has(id);
    this.read(note.tenantId, feed, late);
  }

  private poll(): void {
    for (const [tenantId, feed] of this.tenants) {
      this.settle(feed);
      this.read(tenantId, feed, true);
    }
  }

  /** Runs a read of the tenant now, or right after the one in progress. */
  private read(tenantId: string, feed: TenantFeed, lateCheck: boolean): void {
    feed.lateCheck ||= lateCheck;
    feed.again = true;
    if (feed.reading) return;
    feed.reading = true;
    void this.drain(tenantId, feed);
  }

  private async drain(tenantId: string, feed: TenantFeed): Promise<void> {
    try {
      while (feed.again && !this.closed && this.tenants.get(tenantId) === feed) {
        feed.again = false;
        const checkLate = feed.lateCheck;
        feed.lateCheck = false;
        await this.readNew(tenantId, feed);
        if (checkLate) await this.readLate(tenantId, feed);
      }
    } catch (error) {
      if (!this.closed)
        this.options.logger.warn({ err: error, tenantId }, 'live events could not be read; the poll retries');
    } finally {
      // Cleared with no await after the loop's last check, so a notify cannot slip in between and be lost.
      feed.reading = false;
    }
  }

  private async readNew(tenantId: string, feed: TenantFeed): Promise<void> {
    for (;;) {
      const rows = await this.log.after(tenantId, feed.maxSeen, PAGE);
      for (const row of rows) this.dispatch(feed, row);
      if (rows.length < PAGE) return;
    }
  }

  private async readLate(tenantId: string, feed: TenantFeed): Promise<void> {
    if (feed.maxSeen <= feed.floor) return;
    const rows = await this.log.missing(tenantId, feed.floor, feed.maxSeen, feed.seen);
    for (const row of rows) this.dispatch(feed, row);
  }

  private dispatch(feed: TenantFeed, row: LoggedEvent): void {
    if (row.id <= feed.floor || feed.seen.has(row.id)) return;
    feed.seen.add(row.id);
    if (row.id > feed.maxSeen) feed.maxSeen = row.id;
    for (const userId of new Set(row.audience))
      for (const subscriber of feed.byUser.get(userId) ?? []) {
        try {
          subscriber.deliver(row);
        } catch (error) {
          this.options.logger.error({ err: error }, 'a live event subscriber threw');
        }
      }
  }

  /** Moves the floor up to the newest mark older than settleMs, forgetting the ids below it. */
  private settle(feed: TenantFeed): void {
    const now = Date.now();
    feed.marks.push({ at: now, maxSeen: feed.maxSeen });
    let floor = feed.floor;
    for (let mark = feed.marks[0]; mark && now - mark.at >= this.options.settleMs; mark = feed.marks[0]) {
      floor = Math.max(floor, mark.maxSeen);
      feed.marks.shift();
    }
    if (floor === feed.floor) return;
    feed.floor = floor;
    for (const id of feed.seen) if (id <= floor) feed.seen.delete(id);
  }
}
