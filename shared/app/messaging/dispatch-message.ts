import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import { toWaId } from '../../domain/thread/phone-number.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { ContactRecord, MessageRecord, ThreadRecord } from '../../ports/conversation-records.js';
import { JOB_DONE, jobFailed, type JobOutcome } from '../../ports/job-outcome.js';
import { RetryLater } from '../../ports/retry-later.js';
import {
  WhatsAppSendError,
  type OutboundContent,
  type WhatsAppGateway,
} from '../../ports/whatsapp-gateway.js';
import { WhatsAppMediaError } from '../../ports/whatsapp-media.js';
import type { MediaDeps } from '../media/media-deps.js';
import type { AppDeps } from '../shared/app-deps.js';
import type { DispatchMessagePayload } from '../shared/job-kinds.js';
import { scheduleDispatch } from './outbound-queue.js';
import { indexesBy } from '../shared/indexes-by.js';
import { publishStatus } from '../shared/publish.js';
import { quickReplyPayloads } from '../shared/templates.js';
import { recordDeliveryFailure } from './record-delivery-failure.js';

/** WhatsApp kept failing in a way worth retrying, until the job's attempts ran out. */
export const GAVE_UP_CODE = -1;
/** Meta's code for a media upload that failed; used for our upload before the send too. */
const MEDIA_UPLOAD_ERROR = 131053;
const INVALID_REQUEST_CODE = -3;

function contentOf(message: MessageRecord): OutboundContent {
  if (message.kind === 'template' && message.templateName && message.templateLanguage) {
    const payloads = quickReplyPayloads(message.purpose);
    return {
      type: 'template',
      name: message.templateName,
      language: message.templateLanguage,
      bodyParams: message.templateParams ?? [],
      ...(payloads ? { quickReplyPayloads: payloads } : {}),
    };
  }
  if (message.kind === 'image' && message.media?.mediaId) {
    return {
      type: 'image',
      mediaId: message.media.mediaId,
      ...(message.media.caption ? { caption: message.media.caption } : {}),
    };
  }
  return {
    type: 'text',
    body: message.body ?? '',
    ...(message.replyToWamid ? { replyToWamid: message.replyToWamid } : {}),
  };
}

interface Ready {
  readonly message: MessageRecord;
  readonly to: string;
  readonly phoneNumberId: string;
}

interface Sent {
  readonly ready: Ready;
  readonly wamid: string;
}

function addressOf(thread: ThreadRecord | undefined, contact: ContactRecord | undefined) {
  const to = contact?.phoneE164 ? toWaId(contact.phoneE164) : contact?.waUserId;
  return thread && to ? { to, phoneNumberId: thread.phoneNumberId } : null;
}

/** Of these messages, the ones next to go out in their threads, with where they go. */
async function readyBatch(tx: ConversationTx, messageIds: readonly string[]): Promise<Map<string, Ready>> {
  const waiting = (await tx.messagesByIds(messageIds)).filter(
    (message) => message.status === 'sending' && !message.wamid,
  );
  // Thread order: an older message goes first, and schedules this one when it has gone.
  const oldest = await tx.oldestUndispatchedOf(waiting.map((message) => message.threadId));
  const next = waiting.filter((message) => oldest.get(message.threadId)?.id === message.id);
  const threads = new Map(
    (await tx.threadsForUpdate(next.map((message) => message.threadId))).map((thread) => [thread.id, thread]),
  );
  const contacts = new Map(
    (await tx.contactsByIds([...threads.values()].map((thread) => thread.contactId))).map((contact) => [
      contact.id,
      contact,
    ]),
  );
  const ready = new Map<string, Ready>();
  for (const message of next) {
    const thread = threads.get(message.threadId);
    const address = addressOf(thread, thread ? contacts.get(thread.contactId) : undefined);
    if (address) ready.set(message.id, { message, ...address });
  }
  return ready;
}

/** WhatsApp took these messages: each is marked sent (unless a receipt overtook us) and its thread's next one scheduled. */
async function recordSent(tx: ConversationTx, deps: AppDeps, sent: readonly Sent[]): Promise<void> {
  const now = deps.clock.now();
  const threads = await tx.threadsForUpdate(sent.map(({ ready }) => ready.message.threadId));
  const threadIds = new Set(threads.map((thread) => thread.id));
  const locked = await tx.outboundMessagesForUpdate(
    [],
    sent.map(({ ready }) => ready.message.id),
  );
  const wamidOf = new Map(sent.map(({ ready, wamid }) => [ready.message.id, wamid]));
  const updated: MessageRecord[] = [];
  const changedStatus: MessageRecord[] = [];
  for (const current of locked) {
    const wamid = wamidOf.get(current.id);
    if (!wamid || !threadIds.has(current.threadId)) continue;
    // A status webhook may have overtaken us (it finds the message by our correlation id).
    const next = applyReceipt(current, { status: 'sent', at: now });
    const message = { ...current, ...(next ?? {}), wamid: current.wamid ?? wamid };
    updated.push(message);
    if (next) changedStatus.push(message);
  }
  await tx.saveDeliveries(updated);
  for (const message of updated) tx.touchThreadAtCommit(message.threadId, now);
  await tx.preloadParticipants(changedStatus.map((message) => message.threadId));
  for (const message of changedStatus) await publishStatus(tx, message);
  const following = await tx.oldestUndispatchedOf([...threadIds]);
  for (const message of following.values()) await scheduleDispatch(tx, deps, message);
}

async function scheduleNextOfThread(tx: ConversationTx, deps: AppDeps, threadId: string): Promise<void> {
  const next = await tx.oldestUndispatched(threadId);
  if (next) await scheduleDispatch(tx, deps, next);
}

export interface DispatchAttempt {
  /** No attempt follows this one: a retryable failure now fails the message. */
  readonly lastAttempt: boolean;
}

export interface DispatchJob {
  readonly tenantId: string;
  readonly payload: DispatchMessagePayload;
  readonly attempt: DispatchAttempt;
}

/**
 * The outbox's worker side: hands one recorded message to WhatsApp, in thread order. At least once: a crash
 * between WhatsApp's answer and the commit below sends again, which the job lease makes rare.
 */
export class DispatchMessage {
  constructor(
    private readonly deps: AppDeps,
    private readonly whatsapp: WhatsAppGateway,
    private readonly media?: MediaDeps,
  ) {}

  /**
   * A stored picture is uploaded at each send, not once: WhatsApp forgets media ids after 30 days, and a
   * message may wait in the queue for the contact's consent longer than that.
   */
  private async contentFor(ready: Ready): Promise<OutboundContent> {
    const { message } = ready;
    const storageKey = message.kind === 'image' ? message.media?.storageKey : undefined;
    if (!storageKey || message.media?.mediaId) return contentOf(message);
    const media = this.media;
    const file = media ? await media.mediaStore.get(storageKey) : null;
    if (!media || !file)
      throw new WhatsAppSendError(INVALID_REQUEST_CODE, 'the picture is no longer stored', false);
    try {
      const { mediaId } = await media.whatsappMedia.upload(ready.phoneNumberId, {
        bytes: file.bytes,
        mimeType: file.mimeType,
      });
      return {
        type: 'image',
        mediaId,
        ...(message.media?.caption ? { caption: message.media.caption } : {}),
      };
    } catch (error) {
      if (!(error instanceof WhatsAppMediaError)) throw error;
      throw new WhatsAppSendError(MEDIA_UPLOAD_ERROR, error.message, error.retryable, error.retryAfterMs);
    }
  }

  async execute(tenantId: string, payload: DispatchMessagePayload, attempt: DispatchAttempt): Promise<void> {
    const [outcome] = await this.dispatchTenant(tenantId, [{ tenantId, payload, attempt }]);
    if (outcome && !outcome.ok) throw outcome.error;
  }

  /**
   * Several dispatch jobs at once (the worker hands over every one it holds): one transaction finds which
   * messages are next in their threads, the sends go out together (each still paced), and one transaction
   * records them and schedules each thread's next message. Same rules as execute(), one outcome per job.
   */
  async executeMany(jobs: readonly DispatchJob[]): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = jobs.map(() => JOB_DONE);
    await Promise.all(
      [...indexesBy(jobs, (job) => job.tenantId)].map(async ([tenantId, indexes]) => {
        const results = await this.dispatchTenant(
          tenantId,
          indexes.flatMap((i) => jobs[i] ?? []),
        ).catch((error: unknown) => indexes.map(() => jobFailed(error)));
        indexes.forEach((i, k) => (outcomes[i] = results[k] ?? JOB_DONE));
      }),
    );
    return outcomes;
  }

  private async dispatchTenant(tenantId: string, jobs: readonly DispatchJob[]): Promise<JobOutcome[]> {
    const ready = await this.deps.store.transaction(tenantId, (tx) =>
      readyBatch(
        tx,
        jobs.map((job) => job.payload.messageId),
      ),
    );
    const attempts = await Promise.all(
      jobs.map(async (job): Promise<{ sent?: Sent; error?: unknown }> => {
        const found = ready.get(job.payload.messageId);
        if (!found) return {};
        try {
          return { sent: { ready: found, wamid: await this.send(found) } };
        } catch (error) {
          return { error };
        }
      }),
    );
    const sent = attempts.flatMap((attempt) => attempt.sent ?? []);
    let recorded: JobOutcome = JOB_DONE;
    if (sent.length > 0)
      recorded = await this.deps.store
        .transaction(tenantId, (tx) => recordSent(tx, this.deps, sent))
        .then(() => JOB_DONE)
        .catch((error: unknown) => jobFailed(error));
    return Promise.all(
      jobs.map(async (job, i): Promise<JobOutcome> => {
        const attempt = attempts[i];
        if (attempt?.sent) return recorded;
        const message = ready.get(job.payload.messageId)?.message;
        if (!attempt || !('error' in attempt) || !message) return JOB_DONE;
        try {
          await this.afterSendError(tenantId, message, attempt.error, job.attempt);
          return JOB_DONE;
        } catch (error) {
          return jobFailed(error);
        }
      }),
    );
  }

  private async send(ready: Ready): Promise<string> {
    const { wamid } = await this.whatsapp.send({
      phoneNumberId: ready.phoneNumberId,
      to: ready.to,
      content: await this.contentFor(ready),
      correlationId: ready.message.id,
    });
    return wamid;
  }

  /** Throws to have the job retried; records the failure when no attempt follows or retrying cannot help. */
  private async afterSendError(
    tenantId: string,
    message: MessageRecord,
    error: unknown,
    attempt: DispatchAttempt,
  ): Promise<void> {
    if (!(error instanceof WhatsAppSendError)) {
      if (!attempt.lastAttempt) throw error;
      return this.fail(
        tenantId,
        message,
        GAVE_UP_CODE,
        error instanceof Error ? error.message : String(error),
      );
    }
    if (error.retryable && !attempt.lastAttempt)
      throw error.retryAfterMs ? new RetryLater(error.retryAfterMs, error.message) : error;
    return this.fail(tenantId, message, error.code, error.title);
  }

  private async fail(tenantId: string, message: MessageRecord, code: number, title: string): Promise<void> {
    await this.deps.store.transaction(tenantId, async (tx) => {
      const thread = await tx.threadForUpdate(message.threadId);
      const locked = thread ? await tx.messageForUpdate(message.id) : null;
      if (!thread || !locked) return;
      await recordDeliveryFailure(tx, this.deps, thread, locked, { code, title, at: this.deps.clock.now() });
      await scheduleNextOfThread(tx, this.deps, thread.id);
    });
  }
}
