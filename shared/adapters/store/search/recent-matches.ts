import type { Database } from '../database.js';

/**
 * How many of a tenant's newest messages an advisor's search reads before it turns to the word index
 * (20,000 measured better than 50,000 in bench/search: p95 27–31 ms against 41 ms; a common word still
 * fills a page from them).
 */
export const RECENT_WINDOW = 20_000;

// The thread's messages in the window come from the (tenant, thread, seq) index; MATERIALIZED keeps the
// planner from matching the words through the word index first, which is what this path avoids.
const RECENT_MATCHES =
  `with recent as materialized (select seq, body, media from messages ` +
  `where tenant_id = $1 and thread_id = any($2::uuid[]) and seq > $3 and seq < $4) ` +
  `select seq from recent where to_tsvector('simple'::regconfig, coalesce(body, '') || ' ' || ` +
  `coalesce(media ->> 'caption', '')) @@ to_tsquery('simple', $5) order by seq desc limit $6`;

/**
 * The newest matches among an advisor's messages with `above < seq < below`, by reading those messages
 * themselves: a few thousand rows at most for a busy advisor, however common the word is in the tenant.
 */
export async function recentMatches(
  database: Database,
  search: {
    readonly tenantId: string;
    readonly threadIds: readonly string[];
    readonly above: number;
    readonly below: number;
    readonly tsquery: string;
    readonly limit: number;
  },
): Promise<number[]> {
  const rows = await database.query<{ seq: string | number }>(RECENT_MATCHES, [
    search.tenantId,
    search.threadIds,
    search.above,
    search.below,
    search.tsquery,
    search.limit,
  ]);
  return rows.map((row) => Number(row.seq));
}

/** The tenant's newest message order number, or 0 without messages. */
export async function newestSeq(database: Database, tenantId: string): Promise<number> {
  const [row] = await database.query<{ top: string | number | null }>(
    'select max(seq) as top from messages where tenant_id = $1',
    [tenantId],
  );
  return Number(row?.top ?? 0);
}
