import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import { toWaId } from '../../domain/thread/phone-number.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord } from '../../ports/conversation-records.js';
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

/** The message, when it is the thread's next to go out; null when it is done, or waits for an older one. */
async function readyToSend(tx: ConversationTx, messageId: string): Promise<Ready | null> {
  const message = await tx.message(messageId);
  if (!message || message.status !== 'sending' || message.wamid) return null;
  // Thread order: an older message goes first, and schedules this one when it has gone.
  const oldest = await tx.oldestUndispatched(message.threadId);
  if (oldest && oldest.id !== message.id) return null;
  const thread = await tx.threadForUpdate(message.threadId);
  const contact = thread ? await tx.contact(thread.contactId) : null;
  const to = contact?.phoneE164 ? toWaId(contact.phoneE164) : contact?.waUserId;
  return thread && to ? { message, to, phoneNumberId: thread.phoneNumberId } : null;
}

async function scheduleNextOfThread(tx: ConversationTx, deps: AppDeps, threadId: string): Promise<void> {
  const next = await tx.oldestUndispatched(threadId);
  if (next) await scheduleDispatch(tx, deps, next.id);
}

export interface DispatchAttempt {
  /** No attempt follows this one: a retryable failure now fails the message. */
  readonly lastAttempt: boolean;
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
    const ready = await this.deps.store.transaction(tenantId, (tx) => readyToSend(tx, payload.messageId));
    if (!ready) return;
    let wamid: string;
    try {
      ({ wamid } = await this.whatsapp.send({
        phoneNumberId: ready.phoneNumberId,
        to: ready.to,
        content: await this.contentFor(ready),
        correlationId: ready.message.id,
      }));
    } catch (error) {
      if (!(error instanceof WhatsAppSendError)) {
        if (!attempt.lastAttempt) throw error;
        return this.fail(
          tenantId,
          ready.message,
          GAVE_UP_CODE,
          error instanceof Error ? error.message : String(error),
        );
      }
      if (error.retryable && !attempt.lastAttempt)
        throw error.retryAfterMs ? new RetryLater(error.retryAfterMs, error.message) : error;
      return this.fail(tenantId, ready.message, error.code, error.title);
    }
    await this.deps.store.transaction(tenantId, async (tx) => {
      const thread = await tx.threadForUpdate(ready.message.threadId);
      const current = await tx.messageForUpdate(ready.message.id);
      if (!thread || !current) return;
      // A status webhook may have overtaken us (it finds the message by our correlation id).
      const sent = applyReceipt(current, { status: 'sent', at: this.deps.clock.now() });
      const updated = await tx.updateMessage(current.id, { ...(sent ?? {}), wamid: current.wamid ?? wamid });
      await tx.updateThread({ ...thread, lastMessageAt: this.deps.clock.now() });
      if (sent) await publishStatus(tx, updated);
      await scheduleNextOfThread(tx, this.deps, thread.id);
    });
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
