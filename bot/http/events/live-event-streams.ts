import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Database } from '../../../shared/adapters/store/database.js';
import { EventLog } from '../../../shared/adapters/store/events/event-log.js';
import { LiveEventHub } from '../../../shared/adapters/store/events/live-event-hub.js';
import { SseStream, type SseEndReason } from './sse-stream.js';

export interface EventStreamSettings {
  /** A comment line this often keeps proxies from closing an idle stream. */
  readonly heartbeatMs: number;
  /** How often the event log is read without a NOTIFY. */
  readonly pollIntervalMs: number;
  /** How long a lower id may still commit after a higher one was read. */
  readonly settleMs: number;
  /** The `retry:` hint: how long a client waits before reconnecting. */
  readonly retryMs: number;
  /** Unsent bytes a stream may hold before its client is dropped as too slow. */
  readonly maxBufferedBytes: number;
}

export const EVENT_STREAM_DEFAULTS: EventStreamSettings = {
  heartbeatMs: 15_000,
  pollIntervalMs: 2_000,
  settleMs: 10_000,
  retryMs: 2_000,
  maxBufferedBytes: 256 * 1024,
};

const REPLAY_PAGE = 500;
const MAX_HELD_EVENTS = 10_000;

/** Where a new stream starts: after the client's last event, or at the tenant's newest event. */
export type StreamStart = { readonly afterId: number } | 'now';

/**
 * The process's open event streams: one hub (one LISTEN, one read per notify) for all of them, one heartbeat
 * timer, and a close() for shutdown that ends every stream so the server's close does not wait on them.
 */
export class LiveEventStreams {
  private readonly streams = new Set<SseStream>();
  private hub: { database: Database; hub: LiveEventHub; log: EventLog } | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private closing = false;

  constructor(
    private readonly settings: EventStreamSettings,
    private readonly logger: Logger,
  ) {}

  get isClosing(): boolean {
    return this.closing;
  }

  /**
   * Opens a stream for the user on `res` (the answer's headers are sent here) and replays what they missed.
   * Rejects before anything is written when the start cannot be read; false when shutting down.
   */
  async open(
    database: Database,
    caller: { tenantId: string; userId: string },
    res: ServerResponse,
    start: StreamStart,
  ): Promise<boolean> {
    if (this.closing) return false;
    const { hub, log } = this.hubFor(database);
    const stream = new SseStream(caller.tenantId, caller.userId, res, {
      maxBufferedBytes: this.settings.maxBufferedBytes,
      maxHeldEvents: MAX_HELD_EVENTS,
    });
    // Subscribed before the start is read: an event committed in between is held, not lost.
    const unsubscribe = await hub.subscribe(stream);
    let afterId: number;
    try {
      afterId = start === 'now' ? await log.latestId(caller.tenantId) : start.afterId;
    } catch (error) {
      unsubscribe();
      throw error;
    }
    if (this.closing) {
      unsubscribe();
      return false;
    }
    this.streams.add(stream);
    // A client that went away meanwhile has ended the stream already: this cleans up at once.
    stream.onEnd((reason) => this.ended(stream, unsubscribe, reason));
    if (stream.isEnded || res.destroyed) {
      stream.end('client_gone');
      return true;
    }
    stream.open(this.settings.retryMs);
    this.startHeartbeat();
    stream
      .replay(
        (after) => log.afterFor(caller.tenantId, caller.userId, after, REPLAY_PAGE),
        afterId,
        REPLAY_PAGE,
        () => hub.floorOf(caller.tenantId),
      )
      .catch((error: unknown) => {
        this.logger.warn({ err: error, tenantId: caller.tenantId }, 'event stream replay failed');
        stream.end('failed');
      });
    return true;
  }

  /** Ends every stream and stops listening; new streams are refused from now on. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.heartbeat);
    for (const stream of [...this.streams]) stream.end('shutdown');
    await this.hub?.hub.close();
  }

  private hubFor(database: Database): { hub: LiveEventHub; log: EventLog } {
    if (this.hub?.database !== database) {
      void this.hub?.hub.close();
      const log = new EventLog(database);
      const hub = new LiveEventHub(database, log, {
        pollIntervalMs: this.settings.pollIntervalMs,
        settleMs: this.settings.settleMs,
        logger: this.logger,
      });
      this.hub = { database, hub, log };
    }
    return this.hub;
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      for (const stream of this.streams) stream.heartbeat();
    }, this.settings.heartbeatMs);
    this.heartbeat.unref();
  }

  private ended(stream: SseStream, unsubscribe: () => void, reason: SseEndReason): void {
    unsubscribe();
    this.streams.delete(stream);
    if (reason === 'slow_client')
      this.logger.info({ tenantId: stream.tenantId, userId: stream.userId }, 'slow event stream dropped');
    if (this.streams.size === 0) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  }
}
