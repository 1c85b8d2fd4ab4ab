import { recordOptInDeliveryFailure } from '../../domain/consent/consent-transitions.js';
import { consequenceOfFailure } from '../../domain/messaging/delivery-failure.js';
import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import type { ContactNoticeKind } from '../../domain/group/participants.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord, ThreadRecord } from '../../ports/conversation-records.js';
import { applyConsentTransition } from '../consent/apply-consent-transition.js';
import type { AppDeps } from '../shared/app-deps.js';
import { postNotice, tellSenderMessageFailed } from '../shared/notices.js';
import { publishStatus } from '../shared/publish.js';
import { requestResume } from './outbound-queue.js';

export interface DeliveryFailure {
  readonly code: number;
  readonly title: string;
  readonly at: Date;
  readonly wamid?: string | null;
}

function contactNoticeOf(message: MessageRecord) {
  const kind = message.systemParams?.['noticeKind'];
  const subject = message.systemParams?.['subjectUserId'];
  return typeof kind === 'string' && typeof subject === 'string'
    ? { kind: kind as ContactNoticeKind, subjectUserId: subject }
    : undefined;
}

/**
 * WhatsApp could not deliver a business message (refused at send, or failed in a status webhook). What
 * follows depends on why it was sent: the opt-in rules, a new resume request, or a notice to the participants.
 * The caller holds the thread lock. Returns the thread as it is now.
 */
export async function recordDeliveryFailure(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
  message: MessageRecord,
  failure: DeliveryFailure,
): Promise<ThreadRecord> {
  const consequence = consequenceOfFailure(message.purpose, failure.code, contactNoticeOf(message));

  if (consequence.type === 'requeue_and_request_resume') {
    if (message.status !== 'sending' && message.status !== 'sent') return thread;
    // Outside the window after all: hold it again; it goes out with the others when the contact resumes.
    const held = await tx.updateMessage(message.id, {
      status: 'pending',
      wamid: null,
      sendingAt: null,
      sentAt: null,
    });
    await publishStatus(tx, held);
    if (thread.status !== 'open' || thread.resumeState === 'requested') return thread;
    const updated = await requestResume(tx, deps, thread, null);
    await tx.updateThread(updated);
    return updated;
  }

  const failed = applyReceipt(message, {
    status: 'failed',
    at: failure.at,
    code: failure.code,
    title: failure.title,
  });
  if (!failed) return thread;
  const updatedMessage = await tx.updateMessage(message.id, {
    ...failed,
    wamid: message.wamid ?? failure.wamid ?? null,
  });
  await publishStatus(tx, updatedMessage);

  switch (consequence.type) {
    case 'opt_in_undelivered': {
      const consent = await tx.consentForUpdate(thread.phoneNumberId, thread.contactId);
      const transition = recordOptInDeliveryFailure(consent, failure.code, failure.at);
      if (!transition) return thread;
      const updated = await applyConsentTransition(tx, deps, thread, transition, {
        actorUserId: null,
        wamid: updatedMessage.wamid,
        errorCode: failure.code,
      });
      return updated;
    }
    case 'notify_participants': {
      const updated: ThreadRecord = consequence.resumeFailed ? { ...thread, resumeState: 'failed' } : thread;
      if (updated !== thread) await tx.updateThread(updated);
      await postNotice(tx, deps, updated, consequence.notice, null);
      return updated;
    }
    case 'message_failed':
      await tellSenderMessageFailed(tx, deps, thread, message, failure.code);
      return thread;
  }
}
