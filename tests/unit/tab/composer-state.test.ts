import { describe, expect, it } from 'vitest';
import type { ThreadDetail } from '../../../shared/contract/threads.js';
import { composerState } from '../../../tab/src/features/thread/composer-state.js';

const at = '2026-11-29T10:00:00.000Z';
function thread(
  overrides: Partial<ThreadDetail> = {},
  consent: ThreadDetail['consent']['state'] = 'granted',
) {
  return {
    id: '5c1c8f0e-1111-4222-8333-944445555666',
    channel: 'whatsapp',
    contact: {
      id: '5c1c8f0e-1111-4222-8333-944445555667',
      displayName: 'Ana',
      phoneE164: '+15550100001',
      whatsappName: null,
    },
    status: 'open',
    state: 'active',
    windowEndsAt: null,
    lastMessage: null,
    openedAt: at,
    closedAt: null,
    access: 'participant',
    unreadCount: 0,
    consent: { state: consent, lastRequestedAt: null, grantedAt: null, declinedAt: null },
    closedReason: null,
    previousThreadId: null,
    openedBy: null,
    participants: [],
    ...overrides,
  } satisfies ThreadDetail;
}

describe('what the composer allows and says', () => {
  it.each([
    ['active', {}, 'granted', true, undefined],
    ['never asked', { state: 'awaiting_consent' }, 'none', true, 'optInNeeded'],
    ['opt-in requested', { state: 'awaiting_consent' }, 'requested', true, 'queuedConsent'],
    ['window closed', { state: 'paused' }, 'granted', true, 'queuedWindow'],
    ['declined on WhatsApp', { state: 'declined' }, 'declined', false, 'declinedWhatsApp'],
    ['STOP on SMS', { state: 'declined', channel: 'sms' }, 'declined', false, 'declinedSms'],
    ['not on WhatsApp', { state: 'not_on_whatsapp' }, 'failed', false, 'notOnWhatsApp'],
    ['opt-in failed', { state: 'consent_failed' }, 'failed', false, 'consentFailed'],
    ['closed', { state: 'closed', status: 'closed' }, 'granted', false, 'closedThread'],
    ['former participant', { access: 'former_participant' }, 'granted', false, 'readOnlyThread'],
    ['compliance reviewer', { access: 'compliance' }, 'granted', false, 'readOnlyThread'],
  ] as const)('%s', (_name, overrides, consent, enabled, hint) => {
    const state = composerState(thread(overrides, consent));
    expect(state.enabled).toBe(enabled);
    expect(state.hint?.key).toBe(hint);
    expect(state.canAskPermission).toBe(hint === 'optInNeeded');
  });
});
