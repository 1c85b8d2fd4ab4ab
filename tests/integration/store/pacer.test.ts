import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database } from '../../../shared/adapters/store/database.js';
import { DatabaseSendPacer } from '../../../shared/adapters/store/pacer/database-send-pacer.js';
import { GraphWhatsAppGateway } from '../../../shared/adapters/whatsapp-cloud/graph/graph-whatsapp-gateway.js';
import { PacedWhatsAppGateway } from '../../../shared/adapters/whatsapp-cloud/paced-whatsapp-gateway.js';
import { WhatsAppSendError } from '../../../shared/ports/whatsapp-gateway.js';
import { createEmptyPostgresDatabase, openFreshPgliteDatabase } from '../../support/database.js';
import { FakeGraphServer, graphError, sent } from '../whatsapp-cloud/graph/fake-graph-server.js';

const TENANT = 'tenant-pacer';
const NUMBER = '106540352242922';

/**
 * Two connections to one fresh database, as two connector instances would have: two pools on PostgreSQL
 * (DATABASE_URL), the same in-memory database twice on PGlite (which belongs to one process).
 */
interface Instances {
  readonly first: Database;
  readonly second: Database;
  dispose(): Promise<void>;
}

async function openInstances(): Promise<Instances> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openFreshPgliteDatabase();
    return { first: database, second: database, dispose: () => database.dispose() };
  }
  const empty = await createEmptyPostgresDatabase(serverUrl);
  const first = await openDatabase({ databaseUrl: empty.url });
  const second = await openDatabase({ databaseUrl: empty.url });
  const dispose = async () => {
    await first.close();
    await second.close();
    await empty.drop();
  };
  try {
    await migrateDatabase(first);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { first, second, dispose };
}

let instances: Instances;

beforeAll(async () => {
  instances = await openInstances();
  // Raw SQL: the pacer needs only the tenant row, whatever else the tenants table holds.
  await instances.first.transaction((tx) =>
    tx.query('insert into tenants (id, name) values ($1, $1)', [TENANT]),
  );
});
afterAll(() => instances.dispose());
beforeEach(async () => {
  await instances.first.transaction((tx) => tx.query('delete from send_pacers', []));
});

/** The most resolutions within any window of `windowMs` (half-open, starting at a resolution). */
function mostInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! < sorted[i]! + windowMs) j++;
    most = Math.max(most, j - i);
  }
  return most;
}

describe('DatabaseSendPacer', () => {
  it('paces 100 acquires from 4 callers on two instances to the rate, in about (n - 1) / rate', async () => {
    const rate = 50;
    const n = 100;
    const interval = 1_000 / rate;
    const resolved: number[] = [];
    /** When each acquire meant to resolve: the end of its sleep, before any timer lateness. */
    const planned: number[] = [];
    const started = performance.now();
    // Two callers per instance (database connection), 25 sends each.
    await Promise.all(
      [instances.first, instances.second, instances.first, instances.second].map(async (database) => {
        let plannedEnd: number | undefined;
        const pacer = new DatabaseSendPacer(database, {
          messagesPerSecond: rate,
          sleep: (ms) => {
            plannedEnd = performance.now() + ms;
            return new Promise((resolve) => setTimeout(resolve, ms));
          },
        });
        for (let i = 0; i < n / 4; i++) {
          plannedEnd = undefined;
          await pacer.acquire(TENANT, NUMBER);
          const now = performance.now();
          resolved.push(now);
          planned.push(plannedEnd ?? now);
        }
      }),
    );
    const elapsed = Math.max(...resolved) - started;
    expect(resolved).toHaveLength(n);
    // Slots are 20 ms apart from the first: the last starts 1,980 ms after it (a timer may round 1 ms early).
    expect(elapsed).toBeGreaterThanOrEqual((n - 1) * interval - 5);
    expect(elapsed).toBeLessThan((n - 1) * interval + 1_500);
    // Strict spacing: at most `rate` slot starts in any second, one more for rounding.
    expect(mostInWindow(planned, 1_000)).toBeLessThanOrEqual(rate + 1);
    // On a busy machine a timer fires late, which moves earlier sends into a later second: allow exactly the
    // lateness measured in this run.
    const lateness = Math.max(...resolved.map((time, i) => time - planned[i]!));
    expect(mostInWindow(resolved, 1_000)).toBeLessThanOrEqual(rate + 1 + Math.ceil(lateness / interval));
  });

  it('waits by the database clock: one interval more per acquire, none for the first', async () => {
    const waits: number[] = [];
    const pacer = new DatabaseSendPacer(instances.first, {
      messagesPerSecond: 10,
      sleep: async (ms) => void waits.push(ms),
    });
    for (let i = 0; i < 4; i++) await pacer.acquire(TENANT, NUMBER);
    expect(waits).toHaveLength(3);
    waits.forEach((wait, i) => {
      // The slot is 100 ms per earlier acquire away, less the time the earlier statements took.
      expect(wait).toBeLessThanOrEqual((i + 1) * 100);
      expect(wait).toBeGreaterThan((i + 1) * 100 - 50);
    });
  });

  it('reserves a burst of acquires in one statement, each caller still getting a slot of its own', async () => {
    const database = instances.first;
    let statements = 0;
    const counting: Database = {
      kind: database.kind,
      db: database.db,
      transaction: (work) => database.transaction(work),
      query: (text, params) => {
        statements++;
        return database.query(text, params);
      },
      ping: () => database.ping(),
      listen: (channel, onPayload) => database.listen(channel, onPayload),
      close: async () => undefined,
    };
    const waits: number[] = [];
    const pacer = new DatabaseSendPacer(counting, {
      messagesPerSecond: 10,
      sleep: async (ms) => void waits.push(ms),
    });

    await Promise.all(Array.from({ length: 5 }, () => pacer.acquire(TENANT, NUMBER)));

    expect(statements).toBe(1);
    // The first slot is now; the others 100 ms apart (less the time the answer took to arrive).
    expect(waits).toHaveLength(4);
    waits
      .sort((a, b) => a - b)
      .forEach((wait, i) => {
        expect(wait).toBeLessThanOrEqual((i + 1) * 100);
        expect(wait).toBeGreaterThan((i + 1) * 100 - 50);
      });
  });

  it('paces each number on its own', async () => {
    const waits: number[] = [];
    const pacer = new DatabaseSendPacer(instances.first, {
      messagesPerSecond: 1,
      sleep: async (ms) => void waits.push(ms),
    });
    await pacer.acquire(TENANT, 'number-a');
    await pacer.acquire(TENANT, 'number-b');
    expect(waits).toEqual([]);
    await pacer.acquire(TENANT, 'number-a');
    expect(waits).toHaveLength(1);
  });

  it('penalize delays the next acquire, on every instance', async () => {
    const first = new DatabaseSendPacer(instances.first, { messagesPerSecond: 1_000 });
    const second = new DatabaseSendPacer(instances.second, { messagesPerSecond: 1_000 });
    await first.acquire(TENANT, NUMBER);
    const started = performance.now();
    await first.penalize(TENANT, NUMBER, 300);
    // A shorter penalty does not shorten the longer one.
    await second.penalize(TENANT, NUMBER, 10);
    await second.acquire(TENANT, NUMBER);
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('penalize on a number never paced before creates its row', async () => {
    const waits: number[] = [];
    const pacer = new DatabaseSendPacer(instances.first, { sleep: async (ms) => void waits.push(ms) });
    await pacer.penalize(TENANT, 'fresh-number', 500);
    await pacer.acquire(TENANT, 'fresh-number');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(400);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => new DatabaseSendPacer(instances.first, { messagesPerSecond: 0 })).toThrow(/positive/);
  });
});

describe('PacedWhatsAppGateway over the database pacer and Graph', () => {
  let graph: FakeGraphServer;
  beforeAll(async () => {
    graph = await new FakeGraphServer().start();
  });
  afterAll(() => graph.stop());
  afterEach(() => graph.reset());

  function instance(database: Database, waits: number[]): PacedWhatsAppGateway {
    const graphGateway = new GraphWhatsAppGateway({
      accessToken: 'token',
      baseUrl: graph.baseUrl,
      sleep: async () => undefined,
    });
    const pacer = new DatabaseSendPacer(database, {
      messagesPerSecond: 1_000,
      sleep: async (ms) => void waits.push(ms),
    });
    return new PacedWhatsAppGateway(graphGateway, pacer, () => TENANT);
  }

  const request = {
    phoneNumberId: NUMBER,
    to: '4915112345678',
    content: { type: 'text', body: 'Hello' },
    correlationId: 'msg-1',
  } as const;

  it('a 130429 holds back the next send of every instance by the wait WhatsApp asked for', async () => {
    const firstWaits: number[] = [];
    const secondWaits: number[] = [];
    graph.reply(
      graphError(429, 130429, 'Rate limit hit', { headers: { 'retry-after': '2' } }),
      sent('wamid.2'),
    );
    const error = await instance(instances.first, firstWaits)
      .send(request)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(WhatsAppSendError);
    expect(await instance(instances.second, secondWaits).send(request)).toEqual({ wamid: 'wamid.2' });
    expect(secondWaits).toHaveLength(1);
    expect(secondWaits[0]).toBeGreaterThan(1_900);
  });

  it('a 131047 (window closed) holds nothing back', async () => {
    const waits: number[] = [];
    graph.reply(graphError(400, 131047, 'Re-engagement message'), sent('wamid.3'));
    const gateway = instance(instances.first, waits);
    await expect(gateway.send(request)).rejects.toMatchObject({ code: 131047 });
    await gateway.send(request);
    // At most one 1 ms interval.
    expect(waits.every((ms) => ms <= 1)).toBe(true);
  });
});
