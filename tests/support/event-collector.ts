import type { ConnectorClient } from '../../shared/client/connector-client.js';
import type { EventStreamReader } from '../../shared/client/event-stream.js';
import type { LiveEventData } from '../../shared/contract/events.js';
import { waitFor } from './wait-for.js';

/** A user's live event stream, read with the tab's reader, keeping everything that arrived. */
export class EventCollector {
  readonly events: LiveEventData[] = [];
  heartbeats = 0;
  opens = 0;
  readonly errors: unknown[] = [];
  private readonly reader: EventStreamReader;
  readonly stopped: Promise<void>;

  constructor(client: ConnectorClient, options: { lastEventId?: string; retryMs?: number } = {}) {
    this.reader = client.eventStream(
      {
        onEvent: (event) => this.events.push(event),
        onOpen: () => this.opens++,
        onHeartbeat: () => this.heartbeats++,
        onError: (error) => this.errors.push(error),
      },
      {
        retryMs: options.retryMs ?? 50,
        ...(options.lastEventId ? { lastEventId: options.lastEventId } : {}),
      },
    );
    this.stopped = this.reader.start();
  }

  /** Resolves once the stream is connected (its headers arrived). */
  async connected(): Promise<this> {
    await waitFor(() => this.opens > 0);
    return this;
  }

  get lastEventId(): string | undefined {
    return this.reader.lastEventId;
  }

  ofType<T extends LiveEventData['type']>(type: T): Extract<LiveEventData, { type: T }>[] {
    return this.events.filter((e): e is Extract<LiveEventData, { type: T }> => e.type === type);
  }

  /** Waits until an event matching `match` has arrived, and answers it. */
  async next(match: (event: LiveEventData) => boolean, timeoutMs = 5_000): Promise<LiveEventData> {
    await waitFor(() => this.events.some(match), timeoutMs);
    const found = this.events.find(match);
    if (!found) throw new Error('unreachable: the event was found a moment ago');
    return found;
  }

  close(): Promise<void> {
    this.reader.close();
    return this.stopped;
  }
}
