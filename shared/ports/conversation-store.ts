import type { Consent } from '../domain/consent/consent.js';
import type { SmsConsent } from '../domain/sms/sms-consent.js';
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
  SyncedTemplate,
  TemplatePurpose,
  TemplateRecord,
  TenantRecord,
  ThreadRecord,
  UserRecord,
} from './conversation-records.js';

/**
 * One transaction, scoped to one tenant: every read and write filters by the tenant, and everything a use
 * case records (state, evidence, events, jobs) commits or rolls back together.
 */
export interface ConversationTx {
  readonly tenantId: string;

  tenant(): Promise<TenantRecord | null>;
  user(userId: string): Promise<UserRecord | null>;
  /** The tenant's users holding a role (e.g. the admins to alert). */
  usersWithRole(role: string): Promise<UserRecord[]>;

  contact(contactId: string): Promise<ContactRecord | null>;
  contactByPhone(phoneE164: string): Promise<ContactRecord | null>;
  contactsByIds(contactIds: readonly string[]): Promise<ContactRecord[]>;
  /** A contact known only by WhatsApp's business-scoped user id (a username user without a phone number). */
  contactByWaUserId(waUserId: string): Promise<ContactRecord | null>;
  createContact(contact: ContactRecord): Promise<ContactRecord>;
  updateContactWhatsAppName(contactId: string, whatsappName: string): Promise<void>;

  /** Locks the consent row for the rest of the transaction (created in state 'none' when missing). */
  consentForUpdate(phoneNumberId: string, contactId: string): Promise<Consent>;
  saveConsent(phoneNumberId: string, contactId: string, consent: Consent): Promise<void>;
  recordConsentEvidence(evidence: ConsentEvidence): Promise<void>;

  /** SMS STOP/START state of a contact for a business SMS number, locked when a row exists (default: opted in). */
  smsConsentForUpdate(fromNumber: string, contactId: string): Promise<SmsConsent>;
  saveSmsConsent(fromNumber: string, contactId: string, consent: SmsConsent): Promise<void>;

  /**
   * Everything a send needs, in one round trip: the thread (locked), its participants, the contact's consent
   * (locked; null when no row exists yet) and the sender's earlier message with this client message id.
   */
  loadForSend(threadId: string, senderUserId: string, clientMessageId: string): Promise<SendContext>;

  /** Locks the thread row: use cases that change a thread serialize on it. */
  threadForUpdate(threadId: string): Promise<ThreadRecord | null>;
  openThreadForUpdate(
    channel: Channel,
    phoneNumberId: string,
    contactId: string,
  ): Promise<ThreadRecord | null>;
  latestThread(channel: Channel, phoneNumberId: string, contactId: string): Promise<ThreadRecord | null>;
  createThread(thread: ThreadRecord): Promise<void>;
  updateThread(thread: ThreadRecord): Promise<void>;
  /** Several threads, locked in id order (batches lock threads before messages, as single changes do). */
  threadsForUpdate(threadIds: readonly string[]): Promise<ThreadRecord[]>;
  /**
   * Moves the thread's last message time to `at` (never back) with the transaction's last write, before the
   * commit: a send that changes nothing else of the thread saves a round trip. Reads in the transaction do
   * not see it.
   */
  touchThreadAtCommit(threadId: string, at: Date): void;

  activeParticipants(threadId: string): Promise<ParticipantRecord[]>;
  /** Reads the active participants of several threads in one round trip; activeParticipants then answers them. */
  preloadParticipants(threadIds: readonly string[]): Promise<void>;
  /** Whether the user was ever in the thread (closed threads stay visible to the people who were in them). */
  wasParticipant(threadId: string, userId: string): Promise<boolean>;
  addParticipant(threadId: string, userId: string, joinedAt: Date, addedBy: string | null): Promise<void>;
  removeParticipant(
    threadId: string,
    userId: string,
    leftAt: Date,
    reason: 'left' | 'removed' | 'transferred',
    removedBy: string | null,
  ): Promise<void>;

  insertMessage(message: NewMessage): Promise<MessageRecord>;
  /**
   * Inserts an outbound message and tells whether an older one of its thread is still on its way out to
   * WhatsApp (its dispatch chain then reaches the new one). The caller must hold the thread's lock.
   */
  insertOutbound(message: NewMessage): Promise<{ message: MessageRecord; behindOlder: boolean }>;
  message(messageId: string): Promise<MessageRecord | null>;
  messageForUpdate(messageId: string): Promise<MessageRecord | null>;
  messageByWamid(wamid: string): Promise<MessageRecord | null>;
  pendingMessages(threadId: string): Promise<MessageRecord[]>;
  /** The oldest outbound message of the thread still waiting to be handed to WhatsApp. */
  oldestUndispatched(threadId: string): Promise<MessageRecord | null>;
  updateMessage(messageId: string, changes: MessageChanges): Promise<MessageRecord>;
  messagesByIds(messageIds: readonly string[]): Promise<MessageRecord[]>;
  /** oldestUndispatched for several threads at once: the threads that have one, each with its message. */
  oldestUndispatchedOf(threadIds: readonly string[]): Promise<Map<string, MessageRecord>>;
  /** The outbound messages with any of these wamids or ids, locked in id order (a batch of receipts). */
  outboundMessagesForUpdate(wamids: readonly string[], ids: readonly string[]): Promise<MessageRecord[]>;
  /** Writes the delivery fields (status, its times, failure) and wamid of several messages in one statement. */
  saveDeliveries(messages: readonly MessageRecord[]): Promise<void>;

  approvedTemplateFor(purpose: TemplatePurpose): Promise<TemplateRecord | null>;
  template(name: string, language: string): Promise<TemplateRecord | null>;
  /** Every template of the tenant, usable or not. */
  templates(): Promise<TemplateRecord[]>;
  /** Inserts or replaces a template as WhatsApp lists it. */
  saveTemplate(template: SyncedTemplate): Promise<void>;
  /** Changes a known template's status or category; null when the tenant has no such template. */
  updateTemplate(
    name: string,
    language: string,
    changes: Partial<Pick<TemplateRecord, 'status' | 'category'>>,
  ): Promise<TemplateRecord | null>;

  scheduleJob(job: JobRequest): Promise<void>;
  publish(event: LiveEvent): Promise<void>;
}

export interface SendContext {
  readonly earlier: MessageRecord | null;
  readonly thread: ThreadRecord | null;
  readonly participants: ParticipantRecord[];
  readonly consent: Consent | null;
}

export interface TransactionOptions {
  /**
   * `redone-if-lost`: the commit need not wait for the disk, because a crash that loses it loses only work
   * that runs again (a job handler's, whose job is completed afterwards by a durable commit, which also
   * makes this one durable: the log is written in order).
   */
  readonly durability?: 'redone-if-lost';
}

export interface ConversationStore {
  transaction<T>(
    tenantId: string,
    work: (tx: ConversationTx) => Promise<T>,
    options?: TransactionOptions,
  ): Promise<T>;
  /** Which tenant owns a business WhatsApp number (webhooks carry only the number, no tenant). */
  tenantOfPhoneNumber(phoneNumberId: string): Promise<string | null>;
  /**
   * Makes jobs durable in one atomic write, outside any use case (webhook ingestion: the hot path that
   * must answer Meta fast). Jobs whose dedupe key exists already are left out.
   */
  scheduleJobs(tenantId: string, jobs: readonly JobRequest[]): Promise<void>;
  /** The tenants whose numbers belong to a WhatsApp Business Account (template webhooks carry only it). */
  tenantsOfBusinessAccount(wabaId: string): Promise<string[]>;
  /** Which tenant sends SMS from this number (SMS events carry only the number). */
  tenantOfSmsNumber(number: string): Promise<string | null>;
}
