import { and, desc, eq, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Membership } from '../../../ports/thread-reads.js';
import type {
  ContactMatch,
  HitThread,
  MessageMatchPage,
  SearchScope,
  ThreadSearch,
} from '../../../ports/thread-search.js';
import type { Database } from '../database.js';
import { toContact } from '../conversation/row-mappers.js';
import { contacts, messages, threadParticipants, threads, type ContactRow } from '../schema.js';
import { contactSearchDocument, messageSearchDocument } from '../schema/search-documents.js';
import { newestSeq, recentMatches, RECENT_WINDOW } from './recent-matches.js';

/**
 * A tsquery every term must match, each as a word or a word's beginning. Terms are letters and digits only
 * (the domain's searchTerms), so none can carry tsquery syntax.
 */
function prefixQuery(terms: readonly string[]): string {
  return terms.map((term) => `${term}:*`).join(' & ');
}

/** How the user relates to the thread in the current row: 'active', 'former', or null when never in it. */
function membershipOf(userId: string): SQL<Membership | null> {
  const tp = threadParticipants;
  return sql<Membership | null>`(select case when count(*) = 0 then null when bool_or(${tp.leftAt} is null) then 'active' else 'former' end from ${tp} where ${tp.tenantId} = ${threads.tenantId} and ${tp.threadId} = ${threads.id} and ${tp.userId} = ${userId})`;
}

interface ThreadColumns {
  readonly threadId: string;
  readonly channel: HitThread['channel'];
  readonly status: HitThread['status'];
  readonly contact: ContactRow;
  readonly membership: Membership | null;
}

function hitThread(row: ThreadColumns): HitThread {
  return {
    id: row.threadId,
    channel: row.channel,
    status: row.status,
    contact: toContact(row.contact),
    membership: row.membership,
  };
}

/** Full-text search on the expression indexes of migration 0005 ('simple' configuration, prefix matches). */
export class DrizzleThreadSearch implements ThreadSearch {
  private readonly recentWindow: number;

  /** `recentWindow`: how many of the tenant's newest messages an advisor's search reads first. */
  constructor(
    private readonly database: Database,
    options: { readonly recentWindow?: number } = {},
  ) {
    this.recentWindow = options.recentWindow ?? RECENT_WINDOW;
  }

  private get db() {
    return this.database.db;
  }

  private threadColumns(userId: string) {
    return {
      threadId: threads.id,
      channel: threads.channel,
      status: threads.status,
      contact: contacts,
      membership: membershipOf(userId),
    };
  }

  /** The threads the user is or was in. */
  private async threadsOf(scope: SearchScope): Promise<string[]> {
    const tp = threadParticipants;
    const rows = await this.db
      .selectDistinct({ id: tp.threadId })
      .from(tp)
      .where(and(eq(tp.tenantId, scope.tenantId), eq(tp.userId, scope.userId)));
    return rows.map((row) => row.id);
  }

  /** The threads of the scope: every thread of the tenant, or those the user is or was in. */
  private inScope(scope: SearchScope, threadId: typeof threads.id) {
    if (scope.everyThread) return undefined;
    const tp = threadParticipants;
    return inArray(
      threadId,
      this.db
        .select({ id: tp.threadId })
        .from(tp)
        .where(and(eq(tp.tenantId, scope.tenantId), eq(tp.userId, scope.userId))),
    );
  }

  /** Matching messages with their thread and contact, by `where` within the tenant, in `order`. */
  private hitRows(scope: SearchScope, where: SQL | undefined, order: SQL, limit: number) {
    return this.db
      .select({
        ...this.threadColumns(scope.userId),
        messageId: messages.id,
        seq: messages.seq,
        direction: messages.direction,
        body: messages.body,
        caption: sql<string | null>`${messages.media} ->> 'caption'`,
        createdAt: messages.createdAt,
      })
      .from(messages)
      .innerJoin(threads, and(eq(threads.tenantId, messages.tenantId), eq(threads.id, messages.threadId)))
      .innerJoin(contacts, and(eq(contacts.tenantId, threads.tenantId), eq(contacts.id, threads.contactId)))
      .where(and(eq(messages.tenantId, scope.tenantId), where))
      .orderBy(order)
      .limit(limit);
  }

  async messages(
    scope: SearchScope,
    terms: readonly string[],
    page: { readonly after?: string; readonly limit: number },
  ): Promise<MessageMatchPage> {
    if (terms.length === 0) return { matches: [], next: null };
    const tsquery = prefixQuery(terms);
    const matching = sql`${messageSearchDocument(messages.body, messages.media)} @@ to_tsquery('simple', ${tsquery})`;
    const below = page.after !== undefined ? Number(page.after) : undefined;
    const wanted = page.limit + 1;
    let rows: Awaited<ReturnType<DrizzleThreadSearch['hitRows']>>;
    if (scope.everyThread) {
      // The whole tenant: the planner walks it newest first for a common word, or uses the word index.
      const older = below !== undefined ? lt(messages.seq, below) : undefined;
      rows = await this.hitRows(scope, and(matching, older), desc(messages.seq), wanted);
    } else {
      const threadIds = await this.threadsOf(scope);
      if (threadIds.length === 0) return { matches: [], next: null };
      // First the advisor's messages among the tenant's newest (where a common word's newest matches are),
      // then the word index over the rest of their threads (a rare word: few matches to read). Never a walk
      // of the tenant's history, which a word common in the tenant but rare in their threads would cost.
      const top = below ?? (await newestSeq(this.database, scope.tenantId)) + 1;
      const floor = top - this.recentWindow;
      const recent = await recentMatches(this.database, {
        tenantId: scope.tenantId,
        threadIds,
        above: floor,
        below: top,
        tsquery,
        limit: wanted,
      });
      rows =
        recent.length > 0
          ? await this.hitRows(scope, inArray(messages.seq, recent), desc(messages.seq), wanted)
          : [];
      if (rows.length < wanted && floor > 0) {
        const rest = and(matching, inArray(messages.threadId, threadIds), lte(messages.seq, floor));
        // `seq + 0`: sorted after matching, never walked newest first through the tenant.
        rows = [
          ...rows,
          ...(await this.hitRows(scope, rest, desc(sql`${messages.seq} + 0`), wanted - rows.length)),
        ];
      }
    }
    const kept = rows.slice(0, page.limit);
    const last = kept.at(-1);
    return {
      matches: kept.map((row) => ({
        thread: hitThread(row),
        messageId: row.messageId,
        direction: row.direction,
        text: [row.body, row.caption].filter((part): part is string => !!part).join('\n'),
        createdAt: row.createdAt,
      })),
      next: rows.length > page.limit && last ? String(last.seq) : null,
    };
  }

  async contacts(scope: SearchScope, terms: readonly string[], limit: number): Promise<ContactMatch[]> {
    if (terms.length === 0) return [];
    const document = contactSearchDocument(contacts.displayName, contacts.whatsappName, contacts.phoneE164);
    const activity = sql<Date>`coalesce(${threads.lastMessageAt}, ${threads.openedAt})`;
    const rows = await this.db
      .select({
        ...this.threadColumns(scope.userId),
        lastActivityAt: threads.lastMessageAt,
        openedAt: threads.openedAt,
      })
      .from(threads)
      .innerJoin(contacts, and(eq(contacts.tenantId, threads.tenantId), eq(contacts.id, threads.contactId)))
      .where(
        and(
          eq(threads.tenantId, scope.tenantId),
          sql`${document} @@ to_tsquery('simple', ${prefixQuery(terms)})`,
          this.inScope(scope, threads.id),
        ),
      )
      .orderBy(desc(activity), desc(threads.id))
      .limit(limit);
    return rows.map((row) => ({
      thread: hitThread(row),
      lastActivityAt: row.lastActivityAt ?? row.openedAt,
    }));
  }
}
