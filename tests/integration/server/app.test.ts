import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDatabase, AppStore } from '../../../bot/app-store.js';
import { startApp, type RunningApp } from '../../../bot/app.js';
import { loadConfig } from '../../../bot/config/config.js';

// startApp in-process with a scripted store: the lifecycle around the database, over real HTTP.

const config = { ...loadConfig({ DATABASE_URL: 'postgres://app:hunter2@db.invalid/app' }), port: 0 };
const fast = { initialMs: 5, maxMs: 20 };

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

class FakeStore implements AppStore {
  readonly target = 'postgres://app:***@db.invalid/app';
  readonly events: string[] = [];
  openFailures = 0;
  migrateFailures = 0;
  workerStopMs = 0;

  async open(): Promise<AppDatabase> {
    this.events.push('open');
    if (this.openFailures-- > 0) throw new Error('connect failed for hunter2');
    return {
      kind: 'postgres',
      ping: async () => undefined,
      close: async () => void this.events.push('database closed'),
    };
  }

  async migrate(): Promise<void> {
    this.events.push('migrate');
    if (this.migrateFailures-- > 0) throw new Error('migration interrupted');
  }

  async startWorker() {
    this.events.push('worker started');
    return {
      stop: async () => {
        this.events.push('worker stopping');
        await new Promise((resolve) => setTimeout(resolve, this.workerStopMs));
        this.events.push('worker stopped');
      },
    };
  }
}

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop().catch(() => undefined);
  app = undefined;
});

async function readyz(url: string) {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('startApp', () => {
  it('answers before the database is up, retries with backoff, then becomes ready', async () => {
    const store = new FakeStore();
    store.openFailures = 3;
    const { logger, lines } = captureLogs();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const open = store.open.bind(store);
    store.open = async () => {
      await gate;
      return open();
    };

    app = await startApp(config, { store, logger, backoff: fast, host: '127.0.0.1' });
    expect(await readyz(app.url)).toEqual({
      status: 503,
      body: { error: { code: 'database_unavailable', message: 'The database is not connected yet.' } },
    });

    release();
    await app.ready;
    expect(await readyz(app.url)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(store.events).toEqual(['open', 'open', 'open', 'open', 'migrate', 'worker started']);

    const warnings = lines.filter((l) => l.msg === 'database not reachable; retrying');
    expect(warnings.map((w) => w.attempt)).toEqual([1, 2, 3]);
    expect(warnings[0]).toMatchObject({
      level: 40,
      database: store.target,
      error: { message: 'connect failed for ***' },
    });
    expect(JSON.stringify(lines)).not.toContain('hunter2');
  });

  it('retries failed migrations instead of crashing', async () => {
    const store = new FakeStore();
    store.migrateFailures = 2;
    const { logger, lines } = captureLogs();
    app = await startApp(config, { store, logger, backoff: fast, host: '127.0.0.1' });
    await app.ready;
    expect(store.events.filter((e) => e === 'migrate')).toHaveLength(3);
    expect(lines.filter((l) => l.msg === 'database migration failed; retrying')).toHaveLength(2);
  });

  it('stops in order: in-flight requests finish, the worker drains, then the database closes', async () => {
    const store = new FakeStore();
    store.workerStopMs = 100;
    app = await startApp(config, {
      store,
      logger: pino({ level: 'silent' }),
      backoff: fast,
      host: '127.0.0.1',
    });
    await app.ready;
    app.http.restify.get('/test/slow', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      res.send(200, { done: true });
    });

    const slow = fetch(`${app.url}/test/slow`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const url = app.url;
    const stopped = app.stop();

    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ done: true });
    await stopped;

    expect(store.events.slice(-3)).toEqual(['worker stopping', 'worker stopped', 'database closed']);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('stops promptly while still waiting for the database', async () => {
    const store = new FakeStore();
    store.openFailures = Infinity;
    app = await startApp(config, {
      store,
      logger: pino({ level: 'silent' }),
      backoff: { initialMs: 60_000, maxMs: 60_000 },
      host: '127.0.0.1',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await app.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(app.ready).rejects.toMatchObject({ name: 'AbortError' });
    expect(store.events).not.toContain('worker started');
  });
});
