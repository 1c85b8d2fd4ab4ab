import type { ThreadState } from '../../../../shared/contract/threads.js';
import type { TabTextKey } from '../../../../shared/i18n/tab/index.js';

/** The badge a thread state shows in the inbox and the thread header; none for an active thread. */
export const STATE_BADGES: Readonly<
  Record<ThreadState, { key: TabTextKey; color: 'warning' | 'danger' | 'informative' | 'subtle' } | undefined>
> = {
  active: undefined,
  awaiting_consent: { key: 'stateAwaitingConsent', color: 'warning' },
  paused: { key: 'statePaused', color: 'informative' },
  declined: { key: 'stateDeclined', color: 'danger' },
  not_on_whatsapp: { key: 'stateNotOnWhatsApp', color: 'danger' },
  consent_failed: { key: 'stateConsentFailed', color: 'danger' },
  closed: { key: 'stateClosed', color: 'subtle' },
};
