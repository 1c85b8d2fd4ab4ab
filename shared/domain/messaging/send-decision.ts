import type { Consent } from '../consent/consent.js';
import type { RuleCode } from '../shared/domain-error.js';
import { isWindowOpen } from '../window/service-window.js';

export type SendKind = 'free_form' | 'template';
export type ResumeState = 'requested' | 'failed' | null;
export type ThreadStatus = 'open' | 'closed';

export interface SendContext {
  readonly threadStatus: ThreadStatus;
  readonly consent: Consent;
  readonly lastInboundAt: Date | null;
  readonly resumeState: ResumeState;
  readonly now: Date;
}

export type RefusalReason = Extract<
  RuleCode,
  | 'thread_closed'
  | 'consent_not_requested'
  | 'consent_declined'
  | 'contact_not_on_whatsapp'
  | 'consent_pending'
>;

export type SendDecision =
  | { readonly action: 'send' }
  | { readonly action: 'queue'; readonly waitingFor: 'consent' | 'resume'; readonly requestResume: boolean }
  | { readonly action: 'refuse'; readonly reason: RefusalReason };

const refuse = (reason: RefusalReason): SendDecision => ({ action: 'refuse', reason });

/** Decides what happens to a business message the moment a Teams user sends it. */
export function decideSend(kind: SendKind, context: SendContext): SendDecision {
  const { consent } = context;
  if (context.threadStatus === 'closed') return refuse('thread_closed');
  switch (consent.state) {
    case 'none':
      return refuse('consent_not_requested');
    case 'declined':
      return refuse('consent_declined');
    case 'failed':
      if (consent.failureReason === 'not_on_whatsapp') return refuse('contact_not_on_whatsapp');
      return kind === 'template'
        ? refuse('consent_pending')
        : { action: 'queue', waitingFor: 'consent', requestResume: false };
    case 'requested':
      // Before consent the only business-initiated message is the opt-in request itself.
      return kind === 'template'
        ? refuse('consent_pending')
        : { action: 'queue', waitingFor: 'consent', requestResume: false };
    case 'granted':
      if (kind === 'template' || isWindowOpen(context.lastInboundAt, context.now)) return { action: 'send' };
      // The resume request goes out once; a failed one is tried again by the next message.
      return { action: 'queue', waitingFor: 'resume', requestResume: context.resumeState !== 'requested' };
  }
}
