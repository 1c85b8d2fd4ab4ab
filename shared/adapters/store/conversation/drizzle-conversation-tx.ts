import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { NO_CONSENT, type Consent } from '../../../domain/consent/consent.js';
import type { ConversationTx } from '../../../ports/conversation-store.js';
import type {
  Channel,
  ConsentEvidence,
  ContactRecord,
  JobRequest,
  LiveEvent,
  MessageChanges,
  MessageRecord,
  NewMessage,
  ParticipantRecord,
  TemplatePurpose,
  TemplateRecord,
  TenantRecord,
  ThreadRecord,
  UserRecord,
} from '../../../ports/conversation-records.js';
import type { Tx } from '../database.js';
import { enqueueJob } from '../jobs/enqueue-job.js';
import {
  consentEvents,
  consents,
  contacts,
  events,
  messages,
  templates,
  tenants,
  threadParticipants,
  threads,
  users,
} from '../schema.js';
import { toConsent, toContact, toMessage, toTemplate, toThread } from './row-mappers.js';

export const EVENTS_CHANNEL = 'events';

/** INSERT ... RETURNING always returns the row it inserted; anything else is a driver fault. */
function inserted<T>(row: T | undefined): T {
  if (row === undefined) throw new Error('INSERT ... RETURNING returned no row');
  return row;
}

/** The ConversationTx port over one drizzle transaction; every statement is filtered by the tenant. */
export class DrizzleConversationTx implements ConversationTx {
  constructor(
    private readonly tx: Tx,
    readonly tenantId: string,
  ) {}

  async tenant(): Promise<TenantRecord | null> {
    const [row] = await this.tx.select().from(tenants).where(eq(tenants.id, this.tenantId));
    if (!row) return null;
    const locale = typeof row.settings['locale'] === 'string' ? row.settings['locale'] : 'en';
    return {
      id: row.id,
      whatsappEnabled: row.whatsappEnabled,
      senderPhoneNumberId: row.senderPhoneNumberId,
      locale,
    };
  }

  async user(userId: string): Promise<UserRecord | null> {
    const [row] = await this.tx
      .select()
      .from(users)
      .where(and(eq(users.tenantId, this.tenantId), eq(users.id, userId)));
    return row
      ? { id: row.id, displayName: row.displayName, roles: row.roles, whatsappLicensed: row.whatsappLicensed }
      : null;
  }

  async contact(contactId: string): Promise<ContactRecord | null> {
    const [row] = await this.tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, this.tenantId), eq(contacts.id, contactId)));
    return row ? toContact(row) : null;
  }

  async contactByPhone(phoneE164: string): Promise<ContactRecord | null> {
    const [row] = await this.tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, this.tenantId), eq(contacts.phoneE164, phoneE164)));
    return row ? toContact(row) : null;
  }

  async createContact(contact: ContactRecord): Promise<ContactRecord> {
    const [row] = await this.tx
      .insert(contacts)
      .values({ tenantId: this.tenantId, ...contact })
      .returning();
    return toContact(inserted(row));
  }

  async updateContactWhatsAppName(contactId: string, whatsappName: string): Promise<void> {
    await this.tx
      .update(contacts)
      .set({ whatsappName })
      .where(and(eq(contacts.tenantId, this.tenantId), eq(contacts.id, contactId)));
  }

  async consentForUpdate(phoneNumberId: string, contactId: string): Promise<Consent> {
    await this.tx
      .insert(consents)
      .values({ tenantId: this.tenantId, phoneNumberId, contactId, state: 'none' })
      .onConflictDoNothing();
    const [row] = await this.tx
      .select()
      .from(consents)
      .where(this.consentKey(phoneNumberId, contactId))
      .for('update');
    return row ? toConsent(row) : NO_CONSENT;
  }

  async saveConsent(phoneNumberId: string, contactId: string, consent: Consent): Promise<void> {
    await this.tx
      .update(consents)
      .set({ ...consent, version: sql`${consents.version} + 1` })
      .where(this.consentKey(phoneNumberId, contactId));
  }

  async recordConsentEvidence(evidence: ConsentEvidence): Promise<void> {
    await this.tx
      .insert(consentEvents)
      .values({ tenantId: this.tenantId, ...evidence, details: { ...evidence.details } });
  }

  async threadForUpdate(threadId: string): Promise<ThreadRecord | null> {
    const [row] = await this.tx
      .select()
      .from(threads)
      .where(and(eq(threads.tenantId, this.tenantId), eq(threads.id, threadId)))
      .for('update');
    return row ? toThread(row) : null;
  }

  async openThreadForUpdate(
    channel: Channel,
    phoneNumberId: string,
    contactId: string,
  ): Promise<ThreadRecord | null> {
    const [row] = await this.tx
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
    const [row] = await this.tx
      .select()
      .from(threads)
      .where(this.threadsOf(channel, phoneNumberId, contactId))
      .orderBy(desc(threads.openedAt))
      .limit(1);
    return row ? toThread(row) : null;
  }

  async createThread(thread: ThreadRecord): Promise<void> {
    await this.tx.insert(threads).values({ tenantId: this.tenantId, ...thread });
  }

  async updateThread(thread: ThreadRecord): Promise<void> {
    const { id, ...fields } = thread;
    await this.tx
      .update(threads)
      .set({ ...fields, version: sql`${threads.version} + 1` })
      .where(and(eq(threads.tenantId, this.tenantId), eq(threads.id, id)));
  }

  async activeParticipants(threadId: string): Promise<ParticipantRecord[]> {
    return this.tx
      .select({
        userId: threadParticipants.userId,
        joinedAt: threadParticipants.joinedAt,
        addedBy: threadParticipants.addedBy,
      })
      .from(threadParticipants)
      .where(
        and(
          eq(threadParticipants.tenantId, this.tenantId),
          eq(threadParticipants.threadId, threadId),
          isNull(threadParticipants.leftAt),
        ),
      )
      .orderBy(asc(threadParticipants.joinedAt), asc(threadParticipants.id));
  }

  async wasParticipant(threadId: string, userId: string): Promise<boolean> {
    const [row] = await this.tx
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
    await this.tx
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
    await this.tx
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
    const [row] = await this.tx
      .insert(messages)
      .values({
        tenantId: this.tenantId,
        ...message,
        templateParams: message.templateParams ? [...message.templateParams] : null,
      })
      .returning();
    return toMessage(inserted(row));
  }

  async message(messageId: string): Promise<MessageRecord | null> {
    const [row] = await this.tx.select().from(messages).where(this.messageKey(messageId));
    return row ? toMessage(row) : null;
  }

  async messageForUpdate(messageId: string): Promise<MessageRecord | null> {
    const [row] = await this.tx.select().from(messages).where(this.messageKey(messageId)).for('update');
    return row ? toMessage(row) : null;
  }

  async messageByWamid(wamid: string): Promise<MessageRecord | null> {
    const [row] = await this.tx
      .select()
      .from(messages)
      .where(and(eq(messages.tenantId, this.tenantId), eq(messages.wamid, wamid)));
    return row ? toMessage(row) : null;
  }

  async messageByClientId(senderUserId: string, clientMessageId: string): Promise<MessageRecord | null> {
    const [row] = await this.tx
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.tenantId, this.tenantId),
          eq(messages.senderUserId, senderUserId),
          eq(messages.clientMessageId, clientMessageId),
        ),
      );
    return row ? toMessage(row) : null;
  }

  async pendingMessages(threadId: string): Promise<MessageRecord[]> {
    const rows = await this.tx
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
    const [row] = await this.tx
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.tenantId, this.tenantId),
          eq(messages.threadId, threadId),
          eq(messages.status, 'sending'),
          isNull(messages.wamid),
        ),
      )
      .orderBy(asc(messages.seq))
      .limit(1);
    return row ? toMessage(row) : null;
  }

  async updateMessage(messageId: string, changes: MessageChanges): Promise<MessageRecord> {
    const [row] = await this.tx.update(messages).set(changes).where(this.messageKey(messageId)).returning();
    if (!row) throw new Error(`message ${messageId} vanished during its update`);
    return toMessage(row);
  }

  async approvedTemplateFor(purpose: TemplatePurpose): Promise<TemplateRecord | null> {
    const rows = await this.tx
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
    const usable = rows.map(toTemplate).filter((t) => t.category === 'UTILITY');
    const tenant = await this.tenant();
    return usable.find((t) => t.language === tenant?.locale) ?? usable[0] ?? null;
  }

  async template(name: string, language: string): Promise<TemplateRecord | null> {
    const [row] = await this.tx
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

  async scheduleJob(job: JobRequest): Promise<void> {
    await enqueueJob(this.tx, {
      tenantId: this.tenantId,
      kind: job.kind,
      payload: job.payload,
      runAt: job.runAt,
      ...(job.dedupeKey ? { dedupeKey: job.dedupeKey } : {}),
    });
  }

  async publish(event: LiveEvent): Promise<void> {
    const [row] = await this.tx
      .insert(events)
      .values({
        tenantId: this.tenantId,
        type: event.type,
        threadId: event.threadId,
        audience: [...new Set(event.audience)],
        payload: event.payload,
      })
      .returning({ id: events.id });
    // NOTIFY is transactional: listeners hear of the event only once it is committed.
    await this.tx.execute(
      sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ tenantId: this.tenantId, id: inserted(row).id })})`,
    );
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
