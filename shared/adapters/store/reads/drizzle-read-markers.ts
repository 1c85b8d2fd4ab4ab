import { and, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { MarkedRead, ReadMarker, ReadMarkers } from '../../../ports/read-markers.js';
import type { Database } from '../database.js';
import { messages, threadReadMarkers, type ThreadReadMarkerRow } from '../schema.js';

function toMarker(row: ThreadReadMarkerRow): ReadMarker {
  return {
    threadId: row.threadId,
    userId: row.userId,
    lastReadMessageId: row.lastReadMessageId,
    readAt: row.readAt,
  };
}

/** Read markers on PostgreSQL or PGlite: one row per (tenant, thread, user), moved forward by message seq. */
export class DrizzleReadMarkers implements ReadMarkers {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  async markRead(
    tenantId: string,
    threadId: string,
    userId: string,
    messageId: string,
    at: Date,
  ): Promise<MarkedRead | null> {
    const [message] = await this.db
      .select({ seq: messages.seq })
      .from(messages)
      .where(
        and(eq(messages.tenantId, tenantId), eq(messages.threadId, threadId), eq(messages.id, messageId)),
      );
    if (!message) return null;
    const [moved] = await this.db
      .insert(threadReadMarkers)
      .values({
        tenantId,
        threadId,
        userId,
        lastReadMessageId: messageId,
        lastReadSeq: message.seq,
        readAt: at,
      })
      .onConflictDoUpdate({
        target: [threadReadMarkers.tenantId, threadReadMarkers.threadId, threadReadMarkers.userId],
        set: { lastReadMessageId: messageId, lastReadSeq: message.seq, readAt: at },
        // Forward only: a late or repeated request for an older message leaves the marker where it is.
        setWhere: sql`${threadReadMarkers.lastReadSeq} < excluded.last_read_seq`,
      })
      .returning();
    if (moved) return { marker: toMarker(moved), advanced: true };
    const [current] = await this.db
      .select()
      .from(threadReadMarkers)
      .where(
        and(
          eq(threadReadMarkers.tenantId, tenantId),
          eq(threadReadMarkers.threadId, threadId),
          eq(threadReadMarkers.userId, userId),
        ),
      );
    if (!current) throw new Error('read marker neither written nor found');
    return { marker: toMarker(current), advanced: false };
  }

  async unreadCounts(
    tenantId: string,
    userId: string,
    threadIds: readonly string[],
  ): Promise<Map<string, number>> {
    if (threadIds.length === 0) return new Map();
    const rows = await this.db
      .select({ threadId: messages.threadId, unread: count() })
      .from(messages)
      .leftJoin(
        threadReadMarkers,
        and(
          eq(threadReadMarkers.tenantId, messages.tenantId),
          eq(threadReadMarkers.threadId, messages.threadId),
          eq(threadReadMarkers.userId, userId),
        ),
      )
      .where(
        and(
          eq(messages.tenantId, tenantId),
          inArray(messages.threadId, [...new Set(threadIds)]),
          eq(messages.direction, 'inbound'),
          gt(messages.seq, sql`coalesce(${threadReadMarkers.lastReadSeq}, 0)`),
        ),
      )
      .groupBy(messages.threadId);
    return new Map(rows.map((row) => [row.threadId, Number(row.unread)]));
  }
}
