import type { Consent } from '../consent/consent.js';
import type { ThreadStatus } from '../messaging/send-decision.js';
import { isWindowOpen, windowEndsAt } from '../window/service-window.js';

/** What the inbox shows for a thread. */
export type ThreadState =
  'awaiting_consent' | 'active' | 'paused' | 'declined' | 'not_on_whatsapp' | 'consent_failed' | 'closed';

export interface ThreadStateView {
  readonly state: ThreadState;
  /** When the free-form window closes, while it is open. */
  readonly windowEndsAt: Date | null;
}

export function threadState(
  thread: { readonly status: ThreadStatus; readonly lastInboundAt: Date | null },
  consent: Consent,
  now: Date,
): ThreadStateView {
  const open = isWindowOpen(thread.lastInboundAt, now);
  const view = (state: ThreadState): ThreadStateView => ({
    state,
    windowEndsAt: open ? windowEndsAt(thread.lastInboundAt) : null,
  });
  if (thread.status === 'closed') return view('closed');
  switch (consent.state) {
    case 'none':
    case 'requested':
      return view('awaiting_consent');
    case 'declined':
      return view('declined');
    case 'failed':
      return view(consent.failureReason === 'not_on_whatsapp' ? 'not_on_whatsapp' : 'consent_failed');
    case 'granted':
      return view(open ? 'active' : 'paused');
  }
}
