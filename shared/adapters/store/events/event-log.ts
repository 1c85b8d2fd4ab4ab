import { getTableName } from 'drizzle-orm';
import type { Database } from '../database.js';
import { events } from '../schema.js';

/** One entry of the live event log, as the event stream reads it. */
export interface LoggedEvent {
  readonly id: number;
  readonly type: string;
  readonly threadId: string | null;
  /** User ids allowed to see it. */
  readonly audience: readonly string[];
  readonly payload: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
}

interface Row {
  id: string | number;
  type: string;
  threadId: string | null;
  audience: string[];
  payload: Record<string, unknown>;
  createdAt: Date | string;
}

const EVENTS = getTableName(events);
const COLUMNS = `id, type, thread_id as "threadId", audience, payload, created_at as "createdAt"`;

const SQL = {
  latestId: `select coalesce(max(id), 0) as id from ${EVENTS} where tenant_id = $1`,
  after: `select ${COLUMNS} from ${EVENTS} where tenant_id = $1 and id > $2 order by id limit $3`,
  afterFor:
    `select ${COLUMNS} from ${EVENTS} where tenant_id = $1 and id > $2 and $3 = any(audience) ` +
    `order by id limit $4`,
  idsBetween: `select id from ${EVENTS} where tenant_id = $1 and id > $2 and id <= $3`,
  byIds: `select ${COLUMNS} from ${EVENTS} where tenant_id = $1 and id = any($2::bigint[]) order by id`,
};

/** Reads of the events table, always within one tenant, in id order; the (tenant_id, id) key serves them. */
export class EventLog {
  constructor(private readonly database: Pick<Database, 'query'>) {}

  /** The tenant's newest event id, 0 when it has none. */
  async latestId(tenantId: string): Promise<number> {
    const [row] = await this.database.query<{ id: string | number }>(SQL.latestId, [tenantId]);
    return Number(row?.id ?? 0);
  }

  /** Events after `afterId`, whoever they are for. */
  async after(tenantId: string, afterId: number, limit: number): Promise<LoggedEvent[]> {
    return (await this.database.query<Row>(SQL.after, [tenantId, afterId, limit])).map(toEvent);
  }

  /** Events after `afterId` that `userId` may see. */
  async afterFor(tenantId: string, userId: string, afterId: number, limit: number): Promise<LoggedEvent[]> {
    return (await this.database.query<Row>(SQL.afterFor, [tenantId, afterId, userId, limit])).map(toEvent);
  }

  /**
   * Events in (`afterId`, `upToId`] whose id is not in `known`: the ones that committed after a higher id was
   * read. Only ids are read for the range (from the key alone); rows only for the few missing.
   */
  async missing(
    tenantId: string,
    afterId: number,
    upToId: number,
    known: ReadonlySet<number>,
  ): Promise<LoggedEvent[]> {
    const ids = await this.database.query<{ id: string | number }>(SQL.idsBetween, [
      tenantId,
      afterId,
      upToId,
    ]);
    const missing = ids.map((row) => Number(row.id)).filter((id) => !known.has(id));
    if (missing.length === 0) return [];
    return (await this.database.query<Row>(SQL.byIds, [tenantId, missing])).map(toEvent);
  }
}

function toEvent(row: Row): LoggedEvent {
  return {
    id: Number(row.id),
    type: row.type,
    threadId: row.threadId,
    audience: row.audience,
    payload: row.payload,
    createdAt: row.createdAt instanceof Date ? row.createdAt : new Date(row.createdAt),
  };
}
