import { LiveEventData } from '../contract/events.js';
import { API_ROUTES } from '../contract/routes.js';
import { ApiError } from './connector-client.js';
import { SseParser } from './sse-parser.js';

export interface EventStreamOptions {
  /** Where the connector is, e.g. https://contoso.example. */
  readonly baseUrl: string;
  /** Asked again on every (re)connection, so an expired token is replaced. */
  readonly token: () => string | Promise<string>;
  readonly locale?: string;
  readonly fetch?: typeof fetch;
  /** Resume after this event (e.g. kept from an earlier session); default: from now. */
  readonly lastEventId?: string;
  /** Wait before the first reconnection, until the server's `retry:` says otherwise. Default 2 s. */
  readonly retryMs?: number;
  /** Longest wait between reconnections after repeated failures. Default 30 s. */
  readonly maxRetryMs?: number;
}

export interface EventStreamHandlers {
  onEvent(event: LiveEventData): void;
  /** The stream is (again) connected. */
  onOpen?(): void;
  /** A heartbeat (comment line) arrived. */
  onHeartbeat?(): void;
  /**
   * The connection failed or ended; `willRetry` false means the reader stopped for good (an answer like 401
   * or 403 that a retry would not change).
   */
  onError?(error: unknown, willRetry: boolean): void;
}

/** Ids remembered to drop an event the server sends twice (around a reconnection). */
const REMEMBERED_IDS = 1_000;

/**
 * Reads `GET /api/v1/events` with fetch (so the Authorization header can be sent, which EventSource cannot),
 * parses the stream, checks each event against the contract, and reconnects with Last-Event-ID after a drop,
 * so the caller misses nothing. Events of types the contract does not know are skipped.
 */
export class EventStreamReader {
  private readonly fetchImpl: typeof fetch;
  private readonly stopped = new AbortController();
  private lastId: string | undefined;
  private retryMs: number;
  private readonly recent = new Set<string>();
  private running: Promise<void> | undefined;

  constructor(
    private readonly options: EventStreamOptions,
    private readonly handlers: EventStreamHandlers,
  ) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.lastId = options.lastEventId;
    this.retryMs = options.retryMs ?? 2_000;
  }

  /** The id of the last event received: what a later session resumes from. */
  get lastEventId(): string | undefined {
    return this.lastId;
  }

  /** Starts reading; resolves once the reader has stopped (close(), or an answer a retry would not change). */
  start(): Promise<void> {
    this.running ??= this.run();
    return this.running;
  }

  close(): void {
    this.stopped.abort();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped.signal.aborted) {
      try {
        await this.connectOnce(() => (failures = 0));
        if (this.stopped.signal.aborted) return;
        this.handlers.onError?.(new Error('the event stream ended'), true);
      } catch (error) {
        if (this.stopped.signal.aborted) return;
        const fatal =
          error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
        this.handlers.onError?.(error, !fatal);
        if (fatal) return;
        failures++;
      }
      const wait = Math.min(this.options.maxRetryMs ?? 30_000, this.retryMs * 2 ** Math.min(failures, 10));
      await delay(wait, this.stopped.signal);
    }
  }

  private async connectOnce(onOpen: () => void): Promise<void> {
    const url = new URL(API_ROUTES.eventStream.path, this.options.baseUrl);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await this.options.token()}`,
      Accept: 'text/event-stream',
    };
    if (this.options.locale) headers['Accept-Language'] = this.options.locale;
    if (this.lastId !== undefined) headers['Last-Event-ID'] = this.lastId;
    const response = await this.fetchImpl(url, { headers, signal: this.stopped.signal });
    if (!response.ok || !response.body) throw await errorOf(response);
    onOpen();
    this.handlers.onOpen?.();
    const parser = new SseParser({
      onMessage: (message) => this.receive(message.id, message.data),
      onRetry: (ms) => (this.retryMs = ms),
      onComment: () => this.handlers.onHeartbeat?.(),
    });
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
      }
    } finally {
      reader.releaseLock();
    }
  }

  private receive(id: string | undefined, data: string): void {
    if (id !== undefined) {
      if (this.recent.has(id)) return;
      this.lastId = id;
      this.recent.add(id);
      if (this.recent.size > REMEMBERED_IDS) this.recent.delete(this.recent.values().next().value as string);
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = LiveEventData.safeParse(json);
    if (parsed.success) this.handlers.onEvent(parsed.data);
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let error: { code?: unknown; message?: unknown } = {};
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error ?? {};
  } catch {
    // not JSON: the status alone says it
  }
  return new ApiError(
    response.status,
    typeof error.code === 'string' ? error.code : `http_${response.status}`,
    typeof error.message === 'string' ? error.message : text.slice(0, 200),
    response.headers,
  );
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
