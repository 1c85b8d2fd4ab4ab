import { migrateDatabase, openDatabase, type Database } from '../shared/adapters/store/database.js';
import { DrizzleThreadSearch } from '../shared/adapters/store/search/drizzle-thread-search.js';
import { snippet } from '../shared/domain/search/highlight.js';
import { searchTerms } from '../shared/domain/search/search-terms.js';
import type { SearchScope } from '../shared/ports/thread-search.js';
import { createEmptyPostgresDatabase } from '../tests/support/database.js';
import { SEARCH_TENANT, SEARCH_USERS, seedSearchData, type SearchSeed } from './search-seed.js';

export interface SearchBenchOptions {
  /** Default 1,000,000 (90% in the searched tenant). */
  readonly messages?: number;
  /** Threads of the searched tenant (one contact each); default 10,000. */
  readonly threads?: number;
  /** Timed searches per scope; default 300. */
  readonly searches?: number;
}

export interface Latency {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface SearchBenchResult {
  readonly seed: SearchSeed;
  readonly searches: number;
  readonly all: Latency;
  readonly participant: Latency;
  readonly compliance: Latency;
  /** Matches found on the first page, summed: proof the queries were not empty. */
  readonly hits: number;
}

/**
 * What people type: a reference (one message), an order number (hundreds), a common word (a tenth of all
 * messages), two common words, a word's beginning, a contact's name.
 */
const QUERIES = [
  (i: number) => `ref${1 + ((i * 104_729) % 800_000)}`,
  (i: number) => `order${i % 2000}`,
  (i: number) => ['invoice', 'delivery', 'refund', 'signature'][i % 4] ?? 'invoice',
  (i: number) => ['invoice next', 'parcel today', 'quote price'][i % 3] ?? 'invoice next',
  (i: number) => ['deliv', 'sched', 'recei', 'acc'][i % 4] ?? 'deliv',
  (i: number) => ['martin', 'chen', 'müller', 'greta sato'][i % 4] ?? 'martin',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
  };
}

/** One search as GET /api/v1/search runs it: the first page of messages and the contact hits, then snippets. */
async function searchOnce(search: DrizzleThreadSearch, scope: SearchScope, q: string): Promise<number> {
  const terms = searchTerms(q);
  const [page, contacts] = await Promise.all([
    search.messages(scope, terms, { limit: 20 }),
    search.contacts(scope, terms, 10),
  ]);
  for (const match of page.matches) snippet(match.text, terms);
  return page.matches.length + contacts.length;
}

async function measure(database: Database, searches: number) {
  const search = new DrizzleThreadSearch(database);
  const scopes = (i: number, everyThread: boolean): SearchScope => ({
    tenantId: SEARCH_TENANT,
    userId: `u${i % SEARCH_USERS}`,
    everyThread,
  });
  // Warm-up: the first searches read the indexes from disk into the cache.
  for (let i = 0; i < 30; i++)
    await searchOnce(search, scopes(i, i % 2 === 0), QUERIES[i % QUERIES.length]!(i));
  const timings = { participant: [] as number[], compliance: [] as number[] };
  let hits = 0;
  for (let i = 0; i < searches * 2; i++) {
    const everyThread = i % 2 === 1;
    const query = QUERIES[Math.floor(i / 2) % QUERIES.length]!(i);
    const started = performance.now();
    hits += await searchOnce(search, scopes(i, everyThread), query);
    (everyThread ? timings.compliance : timings.participant).push(performance.now() - started);
  }
  return { timings, hits };
}

/**
 * Thread search over a large history: seeds a fresh PostgreSQL database (dropped after) and times searches
 * one after another, half as an advisor (their own threads, current and past), half as compliance (every
 * thread of the tenant), through the search adapter the route uses.
 */
export async function benchSearch(
  serverUrl: string,
  options: SearchBenchOptions = {},
): Promise<SearchBenchResult> {
  const empty = await createEmptyPostgresDatabase(serverUrl);
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: empty.url, poolSize: 4 });
    await migrateDatabase(database);
    const seed = await seedSearchData(database, {
      messages: options.messages ?? 1_000_000,
      threadsPerTenant: options.threads ?? 10_000,
    });
    const searches = options.searches ?? 300;
    const { timings, hits } = await measure(database, searches);
    return {
      seed,
      searches: searches * 2,
      all: latency([...timings.participant, ...timings.compliance]),
      participant: latency(timings.participant),
      compliance: latency(timings.compliance),
      hits,
    };
  } finally {
    await database?.close();
    await empty.drop();
  }
}
