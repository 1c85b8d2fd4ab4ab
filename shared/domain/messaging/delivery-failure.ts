import type { ContactNoticeKind } from '../group/participants.js';
import { contactNotNotifiedNotice } from '../group/participants.js';
import { notice, type SystemNotice } from '../thread/system-notice.js';
import { isWindowClosedError } from './whatsapp-error-codes.js';

/** Why the business sent a message: each purpose has its own consequence when WhatsApp cannot deliver it. */
export type MessagePurpose = 'chat' | 'opt_in' | 'opt_in_reminder' | 'resume' | 'participant_notice';

export type FailureConsequence =
  /** The opt-in request never arrived: the consent transitions decide (retry, close, SMS offer). */
  | { readonly type: 'opt_in_undelivered' }
  /** A free-form message fell outside the window after all: hold it again and ask the contact to resume. */
  | { readonly type: 'requeue_and_request_resume' }
  /** The contact never saw a request or notice: tell the participants so they can act. */
  | { readonly type: 'notify_participants'; readonly notice: SystemNotice; readonly resumeFailed: boolean }
  /** An ordinary message failed: its status and reason show on the message. */
  | { readonly type: 'message_failed' };

export function consequenceOfFailure(
  purpose: MessagePurpose,
  errorCode: number,
  contactNotice?: { readonly kind: ContactNoticeKind; readonly subjectUserId: string },
): FailureConsequence {
  switch (purpose) {
    case 'opt_in':
    case 'opt_in_reminder':
      return { type: 'opt_in_undelivered' };
    case 'resume':
      return { type: 'notify_participants', notice: notice('resume_failed'), resumeFailed: true };
    case 'participant_notice':
      return contactNotice
        ? {
            type: 'notify_participants',
            notice: contactNotNotifiedNotice(contactNotice.kind, contactNotice.subjectUserId),
            resumeFailed: false,
          }
        : { type: 'message_failed' };
    case 'chat':
      return isWindowClosedError(errorCode)
        ? { type: 'requeue_and_request_resume' }
        : { type: 'message_failed' };
  }
}
