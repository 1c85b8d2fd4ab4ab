import pg from 'pg';
import type { StoreLogger } from './logger.js';

type Callback = (payload: string) => void;

const RECONNECT_BASE_MS = 250;
const RECONNECT_MAX_MS = 30_000;

/**
 * LISTEN on one dedicated connection (a pooled connection would drop its LISTENs when released).
 * When the connection drops it reconnects with exponential backoff and re-issues every LISTEN;
 * notifications sent while disconnected are lost, so subscribers must also poll.
 */
export class PostgresListener {
  private readonly channels = new Map<string, { callbacks: Set<Callback>; ready: Promise<void> }>();
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private reconnectAttempt = 0;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly logger: StoreLogger,
  ) {}

  async listen(channel: string, onPayload: Callback): Promise<() => Promise<void>> {
    if (this.closed) throw new Error('the database is closed');
    const callback: Callback = (payload) => onPayload(payload);
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = { callbacks: new Set(), ready: Promise.resolve() };
      this.channels.set(channel, entry);
      entry.ready = this.startListening(channel);
    }
    entry.callbacks.add(callback);
    try {
      await entry.ready;
    } catch (error) {
      this.remove(channel, callback);
      throw error;
    }
    return async () => {
      if (this.remove(channel, callback))
        await this.client?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async startListening(channel: string): Promise<void> {
    const client = await this.connected();
    // A fresh connection already LISTENs on every known channel; repeating LISTEN is harmless.
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  }

  /** Returns true when the last callback of the channel went away. */
  private remove(channel: string, callback: Callback): boolean {
    const entry = this.channels.get(channel);
    if (!entry) return false;
    entry.callbacks.delete(callback);
    if (entry.callbacks.size > 0) return false;
    this.channels.delete(channel);
    return true;
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true });
    client.on('notification', (message) => this.dispatch(message.channel, message.payload ?? ''));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.channels.keys())
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end();
      throw new Error('the database is closed');
    }
    this.client = client;
    this.reconnectAttempt = 0;
    return client;
  }

  private dispatch(channel: string, payload: string): void {
    for (const callback of this.channels.get(channel)?.callbacks ?? []) {
      try {
        callback(payload);
      } catch (error) {
        this.logger.error({ err: error, channel }, 'notification subscriber threw');
      }
    }
  }

  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.client) return;
    this.client = undefined;
    if (this.closed) return;
    this.logger.warn({ err: error }, 'LISTEN connection lost; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer || this.channels.size === 0) return;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** this.reconnectAttempt);
    this.reconnectAttempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connected().then(
        () => this.logger.info({ channels: [...this.channels.keys()] }, 'LISTEN connection restored'),
        (error: unknown) => {
          this.logger.warn({ err: error, attempt: this.reconnectAttempt }, 'LISTEN reconnect failed');
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }
}
