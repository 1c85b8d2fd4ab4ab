import { notice, type SystemNotice } from '../thread/system-notice.js';
import type { ConsentTransition } from './consent-transitions.js';

/** The system message that tells the thread's participants about a consent transition. */
export function consentNotice(transition: ConsentTransition): SystemNotice {
  const { consent, event, effects } = transition;
  switch (event) {
    case 'requested':
      return notice('opt_in_requested', { by: consent.requestedBy ?? '' });
    case 'reminder_sent':
      return notice('opt_in_reminder_sent');
    case 'granted':
      return notice('opt_in_granted');
    case 'declined':
      return notice('opt_in_declined');
    case 'opted_out':
      return notice('opted_out');
    case 'retried':
      return notice('opt_in_retried');
    case 'closed_after_failure':
      return notice('opt_in_failed_thread_closed');
    case 'delivery_failed': {
      const retry = effects.find((effect) => effect.type === 'schedule_opt_in_retry');
      return retry
        ? notice('opt_in_failed_will_retry', { retryAt: retry.at.toISOString() })
        : notice('contact_not_on_whatsapp');
    }
  }
}
