import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { NO_CONSENT, type Consent } from '../../../domain/consent/consent.js';
import { SMS_DEFAULT_CONSENT, type SmsConsent } from '../../../domain/sms/sms-consent.js';
import type { ConversationTx, SendContext } from '../../../ports/conversation-store.js';
import type {
  Channel,
  ConsentEvidence,
  ContactRecord,
  JobRequest,
  LiveEvent,
  MessageChanges,
  MessageRecord,
  SyncedTemplate,
  NewMessage,
  ParticipantRecord,
  TemplatePurpose,
  TemplateRecord,
  TenantRecord,
  ThreadRecord,
  UserRecord,
} from '../../../ports/conversation-records.js';
import type { TxDb, TxHandle } from '../database.js';
import { JOBS_CHANNEL } from '../jobs/enqueue-job.js';
import {
  consentEvents,
  consents,
  contacts,
  messages,
  smsConsents,
  templates,
  tenants,
  threadParticipants,
  threads,
  users,
  type ConsentRow,
  type MessageRow,
  type ThreadRow,
} from '../schema.js';
import { MESSAGE_JSON_FIELDS, SQL } from './hot-statements.js';
import { jsonRowReviver } from './raw-sql.js';
import { templatePurposesOf, toConsent, toContact, toMessage, toTemplate, toThread } from './row-mappers.js';

export const EVENTS_CHANNEL = 'events';

const reviveThread = jsonRowReviver<ThreadRow>(threads);
const reviveConsent = jsonRowReviver<ConsentRow>(consents);
const reviveMessage = jsonRowReviver<MessageRow>(messages);

const THREAD_FIELDS = [
  'channel',
  'phoneNumberId',
  'contactId',
  'status',
  'lastInboundAt',
  'resumeState',
  'resumeRequestedAt',
  'openedAt',
  'openedBy',
  'closedAt',
  'closedReason',
  'previousThreadId',
  'lastMessageAt',
] as const satisfies readonly (keyof ThreadRecord)[];

/** The text and parameters of a message INSERT of exactly the fields given (JSON columns serialized). */
function insertStatement(
  text: (fields: readonly string[]) => string,
  tenantId: string,
  message: NewMessage,
): [string, unknown[]] {
  const fields = Object.keys(message) as (keyof NewMessage)[];
  const values = fields.map((field) =>
    MESSAGE_JSON_FIELDS.has(field) && message[field] !== null
      ? JSON.stringify(message[field])
      : message[field],
  );
  return [text(fields), [tenantId, ...values]];
}

/** INSERT ... RETURNING always returns the row it inserted; anything else is a driver fault. */
function inserted<T>(row: T | undefined): T {
  if (row === undefined) throw new Error('INSERT ... RETURNING returned no row');
  return row;
}

/**
 * The ConversationTx port over one database transaction; every statement is filtered by the tenant.
 * The statements on the send path are precompiled SQL (see hot-statements.ts); live events and jobs are
 * collected and written in one statement by flush(), just before the commit.
 */
export class DrizzleConversationTx implements ConversationTx {
  private readonly db: TxDb;
  private readonly participantsByThread = new Map<string, ParticipantRecord[]>();
  private readonly pendingEvents: LiveEvent[] = [];
  private readonly pendingJobs: JobRequest[] = [];
  private readonly touchedThreads = new Map<string, Date>();

  constructor(
    private readonly handle: TxHandle,
    readonly tenantId: string,
  ) {
    this.db = handle.db;
  }

  async loadForSend(threadId: string, senderUserId: string, clientMessageId: string): Promise<SendContext> {
    const [row] = await this.handle.query<{
      thread: Record<string, unknown> | null;
      participants: { userId: string; joinedAt: string; addedBy: string | null }[];
      consent: Record<string, unknown> | null;
      earlier: Record<string, unknown> | null;
    }>(SQL.loadForSend, [this.tenantId, threadId, senderUserId, clientMessageId]);
    if (!row) throw new Error('loadForSend returned no row');
    const participants = row.participants.map((p) => ({ ...p, joinedAt: new Date(p.joinedAt) }));
    if (row.thread) this.participantsByThread.set(threadId, participants);
    return {
      thread: row.thread ? toThread(reviveThread(row.thread)) : null,
      participants,
      consent: row.consent ? toConsent(reviveConsent(row.consent)) : null,
      earlier: row.earlier ? toMessage(reviveMessage(row.earlier)) : null,
    };
  }

  /** Writes the collected live events and jobs, and wakes their listeners on commit. */
  async flush(): Promise<void> {
    if (this.pendingEvents.length === 0 && this.pendingJobs.length === 0 && this.touchedThreads.size === 0)
      return;
    const touchedRows = [...this.touchedThreads].map(([id, at]) => ({ id, at: at.toISOString() }));
    this.touchedThreads.clear();
    const eventRows = this.pendingEvents.map((event) => ({
      type: event.type,
      thread_id: event.threadId,
      audience: [...new Set(event.audience)],
      payload: event.payload,
    }));
    const jobRows = this.pendingJobs.map((job) => ({
      kind: job.kind,
      payload: job.payload,
      run_at: job.runAt.toISOString(),
      dedupe_key: job.dedupeKey ?? null,
    }));
    this.pendingEvents.length = 0;
    this.pendingJobs.length = 0;
    await this.handle.query(SQL.flushOutbox, [
      this.tenantId,
      JSON.stringify(eventRows),
      JSON.stringify(jobRows),
      EVENTS_CHANNEL,
      JOBS_CHANNEL,
      JSON.stringify(touchedRows),
    ]);
  }

  async tenant(): Promise<TenantRecord | null> {
    const [row] = await this.db.select().from(tenants).where(eq(tenants.id, this.tenantId));
    if (!row) return null;
    const locale = typeof row.settings['locale'] === 'string' ? row.settings['locale'] : 'en';
    return {
      id: row.id,
      whatsappEnabled: row.whatsappEnabled,
      senderPhoneNumberId: row.senderPhoneNumberId,
      smsFromNumber: row.smsFromNumber,
      locale,
      templatePurposes: templatePurposesOf(row.settings['templatePurposes']),
    };
  }

  async usersWithRole(role: string): Promise<UserRecord[]> {
    const rows = await this.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, this.tenantId), sql`${role} = any(${users.roles})`))
      .orderBy(asc(users.id));
    return rows.map((row) => ({
      id: row.id,
      displayName: row.displayName,
      roles: row.roles,
      whatsappLicensed: row.whatsappLicensed,
    }));
  }

  async user(userId: string): Promise<UserRecord | null> {
    const [row] = await this.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, this.tenantId), eq(users.id, userId)));
    return row
      ? { id: row.id, displayName: row.displayName, roles: row.roles, whatsappLicensed: row.whatsappLicensed }
      : null;
  }

  contact(contactId: string): Promise<ContactRecord | null> {
    return this.oneContact(contacts.id, contactId);
  }

  async contactsByIds(contactIds: readonly string[]): Promise<ContactRecord[]> {
    if (contactIds.length === 0) return [];
    const rows = await this.db
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, this.tenantId), inArray(contacts.id, [...new Set(contactIds)])));
    return rows.map(toContact);
  }

  contactByPhone(phoneE164: string): Promise<ContactRecord | null> {
    return this.oneContact(contacts.phoneE164, phoneE164);
  }

  contactByWaUserId(waUserId: string): Promise<ContactRecord | null> {
    return this.oneContact(contacts.waUserId, waUserId);
  }

  async createContact(contact: ContactRecord): Promise<ContactRecord> {
    const [row] = await this.db
      .insert(contacts)
      .values({ tenantId: this.tenantId, ...contact })
      .returning();
    return toContact(inserted(row));
  }

  async updateContactWhatsAppName(contactId: string, whatsappName: string): Promise<void> {
    await this.db
      .update(contacts)
      .set({ whatsappName })
      .where(and(eq(contacts.tenantId, this.tenantId), eq(contacts.id, contactId)));
  }

  async consentForUpdate(phoneNumberId: string, contactId: string): Promise<Consent> {
    const params = [this.tenantId, phoneNumberId, contactId];
    const [existing] = await this.handle.query<ConsentRow>(SQL.consentForUpdate, params);
    if (existing) return toConsent(existing);
    // First contact from this number: create the row, so that there is one to lock.
    await this.db
      .insert(consents)
      .values({ tenantId: this.tenantId, phoneNumberId, contactId, state: 'none' })
      .onConflictDoNothing();
    const [created] = await this.handle.query<ConsentRow>(SQL.consentForUpdate, params);
    return created ? toConsent(created) : NO_CONSENT;
  }

  async saveConsent(phoneNumberId: string, contactId: string, consent: Consent): Promise<void> {
    await this.db
      .update(consents)
      .set({ ...consent, version: sql`${consents.version} + 1` })
      .where(this.consentKey(phoneNumberId, contactId));
  }

  async smsConsentForUpdate(fromNumber: string, contactId: string): Promise<SmsConsent> {
    const [row] = await this.db
      .select()
      .from(smsConsents)
      .where(
        and(
          eq(smsConsents.tenantId, this.tenantId),
          eq(smsConsents.fromNumber, fromNumber),
          eq(smsConsents.contactId, contactId),
        ),
      )
      .for('update');
    return row ? { state: row.state, changedAt: row.changedAt, keyword: row.keyword } : SMS_DEFAULT_CONSENT;
  }

  async saveSmsConsent(fromNumber: string, contactId: string, consent: SmsConsent): Promise<void> {
    await this.db
      .insert(smsConsents)
      .values({ tenantId: this.tenantId, fromNumber, contactId, ...consent })
      .onConflictDoUpdate({
        target: [smsConsents.tenantId, smsConsents.fromNumber, smsConsents.contactId],
        set: { ...consent },
      });
  }

  async recordConsentEvidence(evidence: ConsentEvidence): Promise<void> {
    await this.db
      .insert(consentEvents)
      .values({ tenantId: this.tenantId, ...evidence, details: { ...evidence.details } });
  }

  async threadForUpdate(threadId: string): Promise<ThreadRecord | null> {
    const [row] = await this.handle.query<ThreadRow>(SQL.threadForUpdate, [this.tenantId, threadId]);
    return row ? toThread(row) : null;
  }

  async openThreadForUpdate(
    channel: Channel,
    phoneNumberId: string,
    contactId: string,
  ): Promise<ThreadRecord | null> {
    const [row] = await this.db
      .select()
      .from(threads)
      .where(and(this.threadsOf(channel, phoneNumberId, contactId), eq(threads.status, 'open')))
      .for('update');
    return row ? toThread(row) : null;
  }

  async latestThread(
    channel: Channel,
    phoneNumberId: string,
    contactId: string,
  ): Promise<ThreadRecord | null> {
    const [row] = await this.db
      .select()
      .from(threads)
      .where(this.threadsOf(channel, phoneNumberId, contactId))
      .orderBy(desc(threads.openedAt))
      .limit(1);
    return row ? toThread(row) : null;
  }

  async createThread(thread: ThreadRecord): Promise<void> {
    await this.db.insert(threads).values({ tenantId: this.tenantId, ...thread });
  }

  async updateThread(thread: ThreadRecord): Promise<void> {
    await this.handle.query(SQL.updateThread(THREAD_FIELDS), [
      this.tenantId,
      thread.id,
      ...THREAD_FIELDS.map((field) => thread[field]),
    ]);
  }

  async threadsForUpdate(threadIds: readonly string[]): Promise<ThreadRecord[]> {
    if (threadIds.length === 0) return [];
    const rows = await this.handle.query<ThreadRow>(SQL.threadsForUpdate, [
      this.tenantId,
      [...new Set(threadIds)],
    ]);
    return rows.map(toThread);
  }

  touchThreadAtCommit(threadId: string, at: Date): void {
    const earlier = this.touchedThreads.get(threadId);
    if (!earlier || earlier.getTime() < at.getTime()) this.touchedThreads.set(threadId, at);
  }

  async activeParticipants(threadId: string): Promise<ParticipantRecord[]> {
    // Membership only changes through add/removeParticipant below, so the first read serves the transaction.
    let participants = this.participantsByThread.get(threadId);
    if (!participants) {
      participants = await this.handle.query<ParticipantRecord>(SQL.activeParticipants, [
        this.tenantId,
        threadId,
      ]);
      this.participantsByThread.set(threadId, participants);
    }
    return [...participants];
  }

  async preloadParticipants(threadIds: readonly string[]): Promise<void> {
    const wanted = [...new Set(threadIds)].filter((id) => !this.participantsByThread.has(id));
    if (wanted.length === 0) return;
    const rows = await this.handle.query<ParticipantRecord & { threadId: string }>(
      SQL.participantsOfThreads,
      [this.tenantId, wanted],
    );
    for (const id of wanted) this.participantsByThread.set(id, []);
    for (const { threadId, ...participant } of rows)
      this.participantsByThread.get(threadId)?.push(participant);
  }

  async wasParticipant(threadId: string, userId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ id: threadParticipants.id })
      .from(threadParticipants)
      .where(
        and(
          eq(threadParticipants.tenantId, this.tenantId),
          eq(threadParticipants.threadId, threadId),
          eq(threadParticipants.userId, userId),
        ),
      )
      .limit(1);
    return row !== undefined;
  }

  async addParticipant(
    threadId: string,
    userId: string,
    joinedAt: Date,
    addedBy: string | null,
  ): Promise<void> {
    this.participantsByThread.delete(threadId);
    await this.db
      .insert(threadParticipants)
      .values({ tenantId: this.tenantId, threadId, userId, joinedAt, addedBy });
  }

  async removeParticipant(
    threadId: string,
    userId: string,
    leftAt: Date,
    reason: 'left' | 'removed' | 'transferred',
    removedBy: string | null,
  ): Promise<void> {
    this.participantsByThread.delete(threadId);
    await this.db
      .update(threadParticipants)
      .set({ leftAt, leftReason: reason, removedBy })
      .where(
        and(
          eq(threadParticipants.tenantId, this.tenantId),
          eq(threadParticipants.threadId, threadId),
          eq(threadParticipants.userId, userId),
          isNull(threadParticipants.leftAt),
        ),
      );
  }

  async insertMessage(message: NewMessage): Promise<MessageRecord> {
    const [row] = await this.handle.query<MessageRow>(
      ...insertStatement(SQL.insertMessage, this.tenantId, message),
    );
    return toMessage(inserted(row));
  }

  async insertOutbound(message: NewMessage): Promise<{ message: MessageRecord; behindOlder: boolean }> {
    const [row] = await this.handle.query<MessageRow & { behindOlder: boolean }>(
      ...insertStatement(SQL.insertOutbound, this.tenantId, message),
    );
    const { behindOlder, ...saved } = inserted(row);
    return { message: toMessage(saved), behindOlder };
  }

  message(messageId: string): Promise<MessageRecord | null> {
    return this.oneMessage(SQL.messageById, [this.tenantId, messageId]);
  }

  messageForUpdate(messageId: string): Promise<MessageRecord | null> {
    return this.oneMessage(SQL.messageByIdForUpdate, [this.tenantId, messageId]);
  }

  messageByWamid(wamid: string): Promise<MessageRecord | null> {
    return this.oneMessage(SQL.messageByWamid, [this.tenantId, wamid]);
  }

  async pendingMessages(threadId: string): Promise<MessageRecord[]> {
    const rows = await this.db
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.tenantId, this.tenantId),
          eq(messages.threadId, threadId),
          eq(messages.status, 'pending'),
        ),
      )
      .orderBy(asc(messages.seq));
    return rows.map(toMessage);
  }

  async oldestUndispatched(threadId: string): Promise<MessageRecord | null> {
    return this.oneMessage(SQL.oldestUndispatched, [this.tenantId, threadId]);
  }

  async updateMessage(messageId: string, changes: MessageChanges): Promise<MessageRecord> {
    const [row] = await this.db.update(messages).set(changes).where(this.messageKey(messageId)).returning();
    if (!row) throw new Error(`message ${messageId} vanished during its update`);
    return toMessage(row);
  }

  async messagesByIds(messageIds: readonly string[]): Promise<MessageRecord[]> {
    if (messageIds.length === 0) return [];
    const rows = await this.handle.query<MessageRow>(SQL.messagesByIds, [
      this.tenantId,
      [...new Set(messageIds)],
    ]);
    return rows.map(toMessage);
  }

  async oldestUndispatchedOf(threadIds: readonly string[]): Promise<Map<string, MessageRecord>> {
    if (threadIds.length === 0) return new Map();
    const rows = await this.handle.query<MessageRow>(SQL.oldestUndispatchedOf, [
      this.tenantId,
      [...new Set(threadIds)],
    ]);
    return new Map(rows.map((row) => [row.threadId, toMessage(row)]));
  }

  async outboundMessagesForUpdate(
    wamids: readonly string[],
    ids: readonly string[],
  ): Promise<MessageRecord[]> {
    if (wamids.length === 0 && ids.length === 0) return [];
    const rows = await this.handle.query<MessageRow>(SQL.outboundMessagesForUpdate, [
      this.tenantId,
      [...new Set(wamids)],
      [...new Set(ids)],
    ]);
    return rows.map(toMessage);
  }

  async saveDeliveries(updated: readonly MessageRecord[]): Promise<void> {
    if (updated.length === 0) return;
    const rows = updated.map((message) => ({
      id: message.id,
      status: message.status,
      wamid: message.wamid,
      sent_at: message.sentAt?.toISOString() ?? null,
      delivered_at: message.deliveredAt?.toISOString() ?? null,
      read_at: message.readAt?.toISOString() ?? null,
      failed_at: message.failedAt?.toISOString() ?? null,
      failure_code: message.failureCode,
      failure_title: message.failureTitle,
    }));
    await this.handle.query(SQL.saveDeliveries, [this.tenantId, JSON.stringify(rows)]);
  }

  async approvedTemplateFor(purpose: TemplatePurpose): Promise<TemplateRecord | null> {
    const rows = await this.db
      .select()
      .from(templates)
      .where(
        and(
          eq(templates.tenantId, this.tenantId),
          eq(templates.purpose, purpose),
          eq(templates.status, 'APPROVED'),
        ),
      )
      .orderBy(asc(templates.name), asc(templates.language));
    // Opt-in and resume requests must be UTILITY templates (marketing ones are blocked to some countries).
    const usable = rows.map(toTemplate).filter((template) => template.category === 'UTILITY');
    const tenant = await this.tenant();
    return usable.find((template) => template.language === tenant?.locale) ?? usable[0] ?? null;
  }

  async template(name: string, language: string): Promise<TemplateRecord | null> {
    const [row] = await this.db
      .select()
      .from(templates)
      .where(
        and(
          eq(templates.tenantId, this.tenantId),
          eq(templates.name, name),
          eq(templates.language, language),
        ),
      );
    return row ? toTemplate(row) : null;
  }

  async templates(): Promise<TemplateRecord[]> {
    const rows = await this.db
      .select()
      .from(templates)
      .where(eq(templates.tenantId, this.tenantId))
      .orderBy(asc(templates.name), asc(templates.language));
    return rows.map(toTemplate);
  }

  async saveTemplate(template: SyncedTemplate): Promise<void> {
    const values = {
      category: template.category,
      status: template.status,
      purpose: template.purpose,
      components: template.components,
    };
    await this.db
      .insert(templates)
      .values({ tenantId: this.tenantId, name: template.name, language: template.language, ...values })
      .onConflictDoUpdate({
        target: [templates.tenantId, templates.name, templates.language],
        set: { ...values, updatedAt: sql`now()` },
      });
  }

  async updateTemplate(
    name: string,
    language: string,
    changes: Partial<Pick<TemplateRecord, 'status' | 'category'>>,
  ): Promise<TemplateRecord | null> {
    const [row] = await this.db
      .update(templates)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(
        and(
          eq(templates.tenantId, this.tenantId),
          eq(templates.name, name),
          eq(templates.language, language),
        ),
      )
      .returning();
    return row ? toTemplate(row) : null;
  }

  async scheduleJob(job: JobRequest): Promise<void> {
    this.pendingJobs.push(job);
  }

  async publish(event: LiveEvent): Promise<void> {
    this.pendingEvents.push(event);
  }

  private async oneContact(column: PgColumn, value: string): Promise<ContactRecord | null> {
    const [row] = await this.db
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, this.tenantId), eq(column, value)));
    return row ? toContact(row) : null;
  }

  private async oneMessage(text: string, params: readonly unknown[]): Promise<MessageRecord | null> {
    const [row] = await this.handle.query<MessageRow>(text, params);
    return row ? toMessage(row) : null;
  }

  private consentKey(phoneNumberId: string, contactId: string) {
    return and(
      eq(consents.tenantId, this.tenantId),
      eq(consents.phoneNumberId, phoneNumberId),
      eq(consents.contactId, contactId),
    );
  }

  private threadsOf(channel: Channel, phoneNumberId: string, contactId: string) {
    return and(
      eq(threads.tenantId, this.tenantId),
      eq(threads.channel, channel),
      eq(threads.phoneNumberId, phoneNumberId),
      eq(threads.contactId, contactId),
    );
  }

  private messageKey(messageId: string) {
    return and(eq(messages.tenantId, this.tenantId), eq(messages.id, messageId));
  }
}
