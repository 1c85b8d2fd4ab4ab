import type { StartedThread, ThreadState } from '../../../../shared/contract/threads.js';

/** What follows `POST /threads`: the SMS offer, the opt-in confirmation, or the thread itself. */
export type WhatsAppStep = 'offerSms' | 'confirmOptIn' | 'open';

/** Only a failed consent may mean "not on WhatsApp"; the thread's state tells (fetched only then). */
export function needsStateCheck(started: Pick<StartedThread, 'consentState'>): boolean {
  return started.consentState === 'failed';
}

export function whatsAppStep(
  started: Pick<StartedThread, 'needsOptIn' | 'consentState'>,
  state: ThreadState | undefined,
): WhatsAppStep {
  if (needsStateCheck(started) && state === 'not_on_whatsapp') return 'offerSms';
  return started.needsOptIn ? 'confirmOptIn' : 'open';
}

/** After the opt-in request went out: WhatsApp's 131026 shows as `not_on_whatsapp`; any other change ends the wait. */
export function watchStep(state: ThreadState): 'offerSms' | 'keepWatching' | 'stop' {
  if (state === 'not_on_whatsapp') return 'offerSms';
  return state === 'awaiting_consent' ? 'keepWatching' : 'stop';
}
