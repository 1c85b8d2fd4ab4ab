import { DomainRuleViolation } from '../shared/domain-error.js';
import { DAY_MS, addMs } from '../shared/time.js';
import { NOT_ON_WHATSAPP_ERROR } from '../messaging/whatsapp-error-codes.js';
import type { Consent, ConsentEventType } from './consent.js';

/** What the caller must do after a consent transition. */
export type ConsentEffect =
  | { readonly type: 'send_opt_in_request' }
  | { readonly type: 'send_opt_in_reminder' }
  | { readonly type: 'schedule_opt_in_retry'; readonly at: Date }
  | { readonly type: 'offer_sms' }
  | { readonly type: 'close_thread' }
  | { readonly type: 'tell_contact_how_to_opt_in_again' }
  | { readonly type: 'flush_queue' };

export interface ConsentTransition {
  readonly consent: Consent;
  readonly event: ConsentEventType;
  readonly effects: readonly ConsentEffect[];
}

export const REMINDER_INTERVAL_MS = DAY_MS;
export const OPT_IN_RETRY_DELAY_MS = DAY_MS;
/** One automatic retry after a failed opt-in delivery; the second failure closes the thread. */
export const MAX_OPT_IN_DELIVERY_FAILURES = 2;

export function requestOptIn(consent: Consent, at: Date, by: string): ConsentTransition {
  switch (consent.state) {
    case 'requested':
      throw new DomainRuleViolation('consent_already_requested');
    case 'granted':
      throw new DomainRuleViolation('consent_already_granted');
    case 'declined':
      // Only the contact can opt back in (by answering YES), the business may not ask again.
      throw new DomainRuleViolation('consent_declined');
    case 'none':
    case 'failed':
      return {
        consent: {
          ...consent,
          state: 'requested',
          requestedBy: by,
          firstRequestedAt: consent.firstRequestedAt ?? at,
          lastRequestedAt: at,
          failureCount: 0,
          failureCode: null,
          failureReason: null,
          failedAt: null,
          retryAt: null,
        },
        event: 'requested',
        effects: [{ type: 'send_opt_in_request' }],
      };
  }
}

/** When a reminder may be sent, or null when no reminder applies to this state. */
export function reminderAvailableAt(consent: Consent): Date | null {
  if (consent.state !== 'requested' || !consent.lastRequestedAt) return null;
  return addMs(consent.lastRequestedAt, REMINDER_INTERVAL_MS);
}

export function sendOptInReminder(consent: Consent, at: Date): ConsentTransition {
  const availableAt = reminderAvailableAt(consent);
  if (!availableAt) throw new DomainRuleViolation('reminder_not_allowed', { state: consent.state });
  if (at.getTime() < availableAt.getTime())
    throw new DomainRuleViolation('reminder_too_early', { availableAt: availableAt.toISOString() });
  return {
    consent: { ...consent, lastRequestedAt: at, remindersSent: consent.remindersSent + 1 },
    event: 'reminder_sent',
    effects: [{ type: 'send_opt_in_reminder' }],
  };
}

/** The contact answered the opt-in (quick reply, or YES/NO typed). Null when nothing changes. */
export function recordOptInAnswer(
  consent: Consent,
  answer: 'yes' | 'no',
  at: Date,
): ConsentTransition | null {
  if (answer === 'yes') {
    if (consent.state === 'granted') return null;
    return {
      consent: { ...consent, state: 'granted', grantedAt: at, retryAt: null },
      event: 'granted',
      effects: [{ type: 'flush_queue' }],
    };
  }
  if (consent.state === 'declined') return null;
  return {
    consent: { ...consent, state: 'declined', declinedAt: at, retryAt: null },
    event: 'declined',
    effects: [{ type: 'tell_contact_how_to_opt_in_again' }],
  };
}

/** The contact wrote STOP (or an equivalent): business messages stop until they opt in again. */
export function recordOptOut(consent: Consent, at: Date): ConsentTransition | null {
  if (consent.state === 'declined' || consent.state === 'none') return null;
  return {
    consent: { ...consent, state: 'declined', declinedAt: at, retryAt: null },
    event: 'opted_out',
    effects: [{ type: 'tell_contact_how_to_opt_in_again' }],
  };
}

/** WhatsApp reported that the opt-in request (or its reminder/retry) never reached the contact. */
export function recordOptInDeliveryFailure(
  consent: Consent,
  errorCode: number,
  at: Date,
): ConsentTransition | null {
  // A late failure after the contact already answered changes nothing.
  if (consent.state !== 'requested') return null;
  if (errorCode === NOT_ON_WHATSAPP_ERROR) {
    return {
      consent: {
        ...consent,
        state: 'failed',
        failureCount: consent.failureCount + 1,
        failureCode: errorCode,
        failureReason: 'not_on_whatsapp',
        failedAt: at,
        retryAt: null,
      },
      event: 'delivery_failed',
      effects: [{ type: 'offer_sms' }],
    };
  }
  const failureCount = consent.failureCount + 1;
  const failed: Consent = {
    ...consent,
    state: 'failed',
    failureCount,
    failureCode: errorCode,
    failureReason: 'undeliverable',
    failedAt: at,
    retryAt: null,
  };
  if (failureCount >= MAX_OPT_IN_DELIVERY_FAILURES)
    return { consent: failed, event: 'closed_after_failure', effects: [{ type: 'close_thread' }] };
  const retryAt = addMs(at, OPT_IN_RETRY_DELAY_MS);
  return {
    consent: { ...failed, retryAt },
    event: 'delivery_failed',
    effects: [{ type: 'schedule_opt_in_retry', at: retryAt }],
  };
}

/** The scheduled retry of a failed opt-in request. Null when it no longer applies. */
export function retryOptIn(consent: Consent, at: Date): ConsentTransition | null {
  if (consent.state !== 'failed' || consent.failureReason !== 'undeliverable' || !consent.retryAt)
    return null;
  if (at.getTime() < consent.retryAt.getTime()) return null;
  return {
    consent: { ...consent, state: 'requested', lastRequestedAt: at, retryAt: null },
    event: 'retried',
    effects: [{ type: 'send_opt_in_request' }],
  };
}
