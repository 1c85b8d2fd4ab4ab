import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { NO_CONSENT } from '../../../domain/consent/consent.js';
import { SMS_DEFAULT_CONSENT } from '../../../domain/sms/sms-consent.js';
import type {
  Membership,
  MessagePageRecords,
  ParticipantStint,
  TemplateText,
  ThreadReads,
  ThreadView,
} from '../../../ports/thread-reads.js';
import type { MessageRecord } from '../../../ports/conversation-records.js';
import type { Database } from '../database.js';
import { toConsent, toContact, toMessage, toTemplate, toThread } from '../conversation/row-mappers.js';
import {
  consents,
  contacts,
  messages,
  smsConsents,
  templates,
  threadParticipants,
  threads,
  users,
} from '../schema.js';

/** The text of a template's BODY component, as Meta lists it. */
function bodyTextOf(components: unknown): string {
  if (!Array.isArray(components)) return '';
  for (const component of components as { type?: unknown; text?: unknown }[])
    if (String(component?.type).toUpperCase() === 'BODY' && typeof component.text === 'string')
      return component.text;
  return '';
}

/** The read side of the tab's API on PostgreSQL or PGlite: plain tenant-filtered queries, no locks. */
export class DrizzleThreadReads implements ThreadReads {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  /** Threads of both channels with their contact and consent, matching `where`, each with its latest message. */
  private async views(tenantId: string, where: SQL | undefined): Promise<ThreadView[]> {
    const rows = await this.db
      .select({ thread: threads, contact: contacts, consent: consents, smsConsent: smsConsents })
      .from(threads)
      .innerJoin(contacts, and(eq(contacts.tenantId, threads.tenantId), eq(contacts.id, threads.contactId)))
      .leftJoin(
        consents,
        and(
          eq(consents.tenantId, threads.tenantId),
          eq(consents.phoneNumberId, threads.phoneNumberId),
          eq(consents.contactId, threads.contactId),
        ),
      )
      .leftJoin(
        smsConsents,
        and(
          eq(threads.channel, 'sms'),
          eq(smsConsents.tenantId, threads.tenantId),
          eq(smsConsents.fromNumber, threads.phoneNumberId),
          eq(smsConsents.contactId, threads.contactId),
        ),
      )
      .where(and(eq(threads.tenantId, tenantId), where));
    const last = await this.lastMessages(
      tenantId,
      rows.map((r) => r.thread.id),
    );
    const views = rows.map((row): ThreadView => ({
      thread: toThread(row.thread),
      contact: toContact(row.contact),
      consent: row.consent ? toConsent(row.consent) : NO_CONSENT,
      smsConsent:
        row.thread.channel !== 'sms'
          ? null
          : row.smsConsent
            ? {
                state: row.smsConsent.state,
                changedAt: row.smsConsent.changedAt,
                keyword: row.smsConsent.keyword,
              }
            : SMS_DEFAULT_CONSENT,
      lastMessage: last.get(row.thread.id) ?? null,
    }));
    const activity = (v: ThreadView) => (v.lastMessage?.createdAt ?? v.thread.openedAt).getTime();
    return views.sort(
      (a, b) => activity(b) - activity(a) || b.thread.openedAt.getTime() - a.thread.openedAt.getTime(),
    );
  }

  private async lastMessages(tenantId: string, threadIds: string[]): Promise<Map<string, MessageRecord>> {
    if (threadIds.length === 0) return new Map();
    const rows = await this.db
      .selectDistinctOn([messages.threadId])
      .from(messages)
      .where(and(eq(messages.tenantId, tenantId), inArray(messages.threadId, threadIds)))
      .orderBy(messages.threadId, desc(messages.seq));
    return new Map(rows.map((row) => [row.threadId, toMessage(row)]));
  }

  private memberOf(tenantId: string, userId: string, currentOnly: boolean) {
    return this.db
      .select({ id: threadParticipants.threadId })
      .from(threadParticipants)
      .where(
        and(
          eq(threadParticipants.tenantId, tenantId),
          eq(threadParticipants.userId, userId),
          currentOnly ? isNull(threadParticipants.leftAt) : undefined,
        ),
      );
  }

  inbox(tenantId: string, userId: string): Promise<ThreadView[]> {
    return this.views(tenantId, inArray(threads.id, this.memberOf(tenantId, userId, true)));
  }

  contactThreads(tenantId: string, contactId: string, userId: string | null): Promise<ThreadView[]> {
    return this.views(
      tenantId,
      and(
        eq(threads.contactId, contactId),
        userId === null ? undefined : inArray(threads.id, this.memberOf(tenantId, userId, false)),
      ),
    );
  }

  async thread(tenantId: string, threadId: string): Promise<ThreadView | null> {
    const [view] = await this.views(tenantId, eq(threads.id, threadId));
    return view ?? null;
  }

  async membership(tenantId: string, threadId: string, userId: string): Promise<Membership | null> {
    const rows = await this.db
      .select({ leftAt: threadParticipants.leftAt })
      .from(threadParticipants)
      .where(
        and(
          eq(threadParticipants.tenantId, tenantId),
          eq(threadParticipants.threadId, threadId),
          eq(threadParticipants.userId, userId),
        ),
      );
    if (rows.length === 0) return null;
    return rows.some((r) => r.leftAt === null) ? 'active' : 'former';
  }

  async participants(tenantId: string, threadId: string): Promise<ParticipantStint[]> {
    const rows = await this.db
      .select()
      .from(threadParticipants)
      .where(and(eq(threadParticipants.tenantId, tenantId), eq(threadParticipants.threadId, threadId)))
      .orderBy(desc(sql`${threadParticipants.leftAt} is null`), asc(threadParticipants.joinedAt));
    return rows.map((r) => ({
      userId: r.userId,
      joinedAt: r.joinedAt,
      leftAt: r.leftAt,
      leftReason: r.leftReason,
    }));
  }

  async messages(
    tenantId: string,
    threadId: string,
    page: { readonly beforeMessageId?: string; readonly limit: number },
  ): Promise<MessagePageRecords> {
    const inThread = and(eq(messages.tenantId, tenantId), eq(messages.threadId, threadId));
    let before: SQL | undefined;
    if (page.beforeMessageId) {
      const [anchor] = await this.db
        .select({ seq: messages.seq })
        .from(messages)
        .where(and(inThread, eq(messages.id, page.beforeMessageId)));
      if (!anchor) return { messages: [], hasMore: false };
      before = lt(messages.seq, Number(anchor.seq));
    }
    const rows = await this.db
      .select()
      .from(messages)
      .where(and(inThread, before))
      .orderBy(desc(messages.seq))
      .limit(page.limit + 1);
    const hasMore = rows.length > page.limit;
    return { messages: rows.slice(0, page.limit).reverse().map(toMessage), hasMore };
  }

  async message(tenantId: string, messageId: string): Promise<MessageRecord | null> {
    const [row] = await this.db
      .select()
      .from(messages)
      .where(and(eq(messages.tenantId, tenantId), eq(messages.id, messageId)));
    return row ? toMessage(row) : null;
  }

  async userNames(tenantId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(eq(users.tenantId, tenantId), inArray(users.id, ids)));
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  async templates(tenantId: string): Promise<TemplateText[]> {
    const rows = await this.db
      .select()
      .from(templates)
      .where(eq(templates.tenantId, tenantId))
      .orderBy(asc(templates.name), asc(templates.language));
    return rows.map((row) => ({ ...toTemplate(row), bodyText: bodyTextOf(row.components) }));
  }

  async threadsWithPicture(tenantId: string, storageKey: string): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ threadId: messages.threadId })
      .from(messages)
      .where(and(eq(messages.tenantId, tenantId), sql`${messages.media}->>'storageKey' = ${storageKey}`));
    return rows.map((r) => r.threadId);
  }
}
