import type { ThreadDetail } from '../../../../shared/contract/threads.js';
import type { TabTextKey } from '../../../../shared/i18n/tab/index.js';

export interface ComposerState {
  /** Whether the user may write and send. */
  readonly enabled: boolean;
  /** What the composer explains above the text box, if anything. */
  readonly hint?: { readonly key: TabTextKey; readonly intent: 'info' | 'warning' | 'error' };
  /** Whether the opt-in request can be sent from here (never asked yet). */
  readonly canAskPermission: boolean;
}

/** What the composer allows and says for the thread's state, as the conversation rules decide it. */
export function composerState(thread: ThreadDetail): ComposerState {
  const none = { canAskPermission: false } as const;
  if (thread.access !== 'participant')
    return { ...none, enabled: false, hint: { key: 'readOnlyThread', intent: 'info' } };
  if (thread.status === 'closed')
    return { ...none, enabled: false, hint: { key: 'closedThread', intent: 'info' } };
  switch (thread.state) {
    case 'declined':
      return {
        ...none,
        enabled: false,
        hint: { key: thread.channel === 'sms' ? 'declinedSms' : 'declinedWhatsApp', intent: 'error' },
      };
    case 'not_on_whatsapp':
      return { ...none, enabled: false, hint: { key: 'notOnWhatsApp', intent: 'warning' } };
    case 'consent_failed':
      return { ...none, enabled: false, hint: { key: 'consentFailed', intent: 'error' } };
    case 'awaiting_consent':
      return thread.consent.state === 'none'
        ? { enabled: true, canAskPermission: true, hint: { key: 'optInNeeded', intent: 'warning' } }
        : { ...none, enabled: true, hint: { key: 'queuedConsent', intent: 'info' } };
    case 'paused':
      return { ...none, enabled: true, hint: { key: 'queuedWindow', intent: 'info' } };
    case 'closed':
      return { ...none, enabled: false, hint: { key: 'closedThread', intent: 'info' } };
    case 'active':
      return { ...none, enabled: true };
  }
}
