import { describe, expect, it } from 'vitest';
import type { ThreadDetail } from '../../../shared/contract/threads.js';
import {
  formatRemaining,
  reminderAvailability,
  windowRemainingMs,
} from '../../../tab/src/features/thread/window-time.js';

const now = new Date('2026-11-29T10:00:00.000Z');
const HOUR = 3_600_000;

function thread(
  consent: Partial<ThreadDetail['consent']>,
  overrides: Partial<ThreadDetail> = {},
): ThreadDetail {
  return {
    id: '5c1c8f0e-1111-4222-8333-944445555666',
    channel: 'whatsapp',
    contact: {
      id: '5c1c8f0e-1111-4222-8333-944445555667',
      displayName: 'Ana',
      phoneE164: null,
      whatsappName: null,
    },
    status: 'open',
    state: 'awaiting_consent',
    windowEndsAt: null,
    lastMessage: null,
    openedAt: now.toISOString(),
    closedAt: null,
    access: 'participant',
    unreadCount: 0,
    consent: { state: 'requested', lastRequestedAt: null, grantedAt: null, declinedAt: null, ...consent },
    closedReason: null,
    previousThreadId: null,
    openedBy: null,
    participants: [],
    ...overrides,
  };
}

describe("the 24-hour window's time left", () => {
  it('counts down to zero and stays there', () => {
    expect(windowRemainingMs(null, now)).toBeUndefined();
    expect(windowRemainingMs(new Date(now.getTime() + 2 * HOUR).toISOString(), now)).toBe(2 * HOUR);
    expect(windowRemainingMs(new Date(now.getTime() - 1).toISOString(), now)).toBe(0);
    // This computer's clock a few seconds behind the server's: still 24 hours at most.
    expect(windowRemainingMs(new Date(now.getTime() + 24 * HOUR + 5_000).toISOString(), now)).toBe(24 * HOUR);
  });

  it('writes hours and minutes in the locale, rounded up to the minute', () => {
    expect(formatRemaining('en', 23 * HOUR + 5 * 60_000)).toBe('23 hr 5 min');
    expect(formatRemaining('en', 2 * HOUR)).toBe('2 hr');
    expect(formatRemaining('en', 30_000)).toBe('1 min');
    expect(formatRemaining('de', 23 * HOUR + 59 * 60_000 + 1)).toBe('24 Std.');
    expect(formatRemaining('ja', 3 * HOUR + 5 * 60_000)).toMatch(/3\s?時間\s?5\s?分/);
  });
});

describe('when the opt-in reminder may be sent', () => {
  it('24 hours after the last request, not before', () => {
    const asked = (hoursAgo: number) =>
      thread({ lastRequestedAt: new Date(now.getTime() - hoursAgo * HOUR).toISOString() });
    expect(reminderAvailability(asked(2), now)).toEqual({
      kind: 'later',
      availableAt: new Date(now.getTime() + 22 * HOUR).toISOString(),
    });
    expect(reminderAvailability(asked(24), now)).toEqual({ kind: 'now' });
  });

  it('never once answered, on SMS, in a closed thread or for a reader', () => {
    const at = new Date(now.getTime() - 30 * HOUR).toISOString();
    expect(reminderAvailability(thread({ state: 'granted', lastRequestedAt: at }), now).kind).toBe('none');
    expect(reminderAvailability(thread({ state: 'none' }), now).kind).toBe('none');
    expect(reminderAvailability(thread({ lastRequestedAt: at }, { channel: 'sms' }), now).kind).toBe('none');
    expect(reminderAvailability(thread({ lastRequestedAt: at }, { status: 'closed' }), now).kind).toBe(
      'none',
    );
    expect(reminderAvailability(thread({ lastRequestedAt: at }, { access: 'compliance' }), now).kind).toBe(
      'none',
    );
  });
});
