import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { LoggedEvent } from '../../../shared/adapters/store/events/event-log.js';
import type { EventSubscriber } from '../../../shared/adapters/store/events/live-event-hub.js';
import { frameOf, HEARTBEAT_FRAME, openingFrame } from './event-frame.js';

export interface SseStreamLimits {
  /** Bytes the socket may hold unsent before the client counts as too slow and is dropped. */
  readonly maxBufferedBytes: number;
  /** Live events held while the stream replays the missed ones, before it gives up. */
  readonly maxHeldEvents: number;
}

/** Why a stream ended, for the log. */
export type SseEndReason = 'client_gone' | 'slow_client' | 'shutdown' | 'failed';

/**
 * One open `text/event-stream` answer of one user. Until its replay of missed events is done, the live
 * events the hub hands it are held, then sent unless the replay sent them already. A client that does not
 * read is dropped rather than buffered without bound: it reconnects with Last-Event-ID and misses nothing.
 */
export class SseStream implements EventSubscriber {
  private live = false;
  private held: LoggedEvent[] = [];
  /** Ids the replay sent that the hub may still hand out. */
  private replayed = new Set<number>();
  private ended = false;
  private endReason: SseEndReason = 'client_gone';
  private readonly stopped = new AbortController();
  private readonly endListeners: ((reason: SseEndReason) => void)[] = [];

  constructor(
    readonly tenantId: string,
    readonly userId: string,
    private readonly res: ServerResponse,
    private readonly limits: SseStreamLimits,
  ) {
    res.on('close', () => this.end('client_gone'));
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Sends the headers and the retry hint. */
  open(retryMs: number): void {
    this.res.socket?.setNoDelay(true);
    this.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    });
    this.res.write(openingFrame(retryMs));
  }

  /**
   * Sends the events after `afterId` (pages read by `read`), then goes live. `floor` is the hub's: ids at or
   * below it will not come from the hub again, so the replay need not remember them.
   */
  async replay(
    read: (afterId: number) => Promise<LoggedEvent[]>,
    afterId: number,
    pageSize: number,
    floor: () => number,
  ): Promise<void> {
    let cursor = afterId;
    const replayed = new Set<number>();
    for (;;) {
      const page = await read(cursor);
      for (const event of page) {
        replayed.add(event.id);
        cursor = event.id;
        this.write(event);
      }
      if (this.ended || page.length < pageSize) break;
      if (this.res.writableLength > this.limits.maxBufferedBytes)
        await once(this.res, 'drain', { signal: this.stopped.signal }).catch(() => undefined);
    }
    const below = floor();
    for (const id of replayed) if (id > below) this.replayed.add(id);
    this.live = true;
    const held = this.held;
    this.held = [];
    for (const event of held) this.deliver(event);
  }

  deliver(event: LoggedEvent): void {
    if (this.ended) return;
    if (!this.live) {
      this.held.push(event);
      if (this.held.length > this.limits.maxHeldEvents) this.end('slow_client');
      return;
    }
    if (this.replayed.delete(event.id)) return;
    this.write(event);
    if (this.res.writableLength > this.limits.maxBufferedBytes) this.end('slow_client');
  }

  heartbeat(): void {
    if (this.ended) return;
    this.res.write(HEARTBEAT_FRAME);
    if (this.res.writableLength > this.limits.maxBufferedBytes) this.end('slow_client');
  }

  /** Calls `listener` when the stream ends, or at once if it has ended already. */
  onEnd(listener: (reason: SseEndReason) => void): void {
    if (this.ended) listener(this.endReason);
    else this.endListeners.push(listener);
  }

  /** Ends the answer (the client may reconnect) and tells the listeners once. */
  end(reason: SseEndReason): void {
    if (this.ended) return;
    this.ended = true;
    this.endReason = reason;
    this.held = [];
    this.stopped.abort();
    if (reason === 'slow_client' || reason === 'failed') this.res.destroy();
    else this.res.end();
    for (const listener of this.endListeners) listener(reason);
  }

  private write(event: LoggedEvent): void {
    const frame = frameOf(event);
    if (frame !== null && !this.ended) this.res.write(frame);
  }
}
