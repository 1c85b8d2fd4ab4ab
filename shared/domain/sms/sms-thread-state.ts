import type { ThreadStatus } from '../messaging/send-decision.js';
import type { ThreadStateView } from '../thread/thread-state.js';
import type { SmsConsent } from './sms-consent.js';

/**
 * What the inbox shows for an SMS thread: SMS has no opt-in and no service window, so an open thread is
 * active until the contact texts STOP (declined), and START makes it active again.
 */
export function smsThreadState(
  thread: { readonly status: ThreadStatus },
  consent: SmsConsent,
): ThreadStateView {
  if (thread.status === 'closed') return { state: 'closed', windowEndsAt: null };
  return { state: consent.state === 'opted_out' ? 'declined' : 'active', windowEndsAt: null };
}
