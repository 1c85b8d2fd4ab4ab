import { describe, expect, it } from 'vitest';
import { consentNotice } from '../../../shared/domain/consent/consent-notice.js';
import {
  recordOptInDeliveryFailure,
  requestOptIn,
} from '../../../shared/domain/consent/consent-transitions.js';
import { NO_CONSENT } from '../../../shared/domain/consent/consent.js';
import {
  addParticipant,
  contactNotNotifiedNotice,
  leaveThread,
  removeParticipant,
  transferThread,
} from '../../../shared/domain/group/participants.js';
import type {
  NoticeParams,
  SystemNotice,
  SystemNoticeCode,
} from '../../../shared/domain/thread/system-notice.js';
import { CATALOGS } from '../../../shared/i18n/catalogs/index.js';
import { failureReasonText } from '../../../shared/i18n/failure-reason-texts.js';
import { type Locale, SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';
import { noticeText } from '../../../shared/i18n/notice-texts.js';
import { T0 } from '../../builders/consent-builder.js';
import { UNFILLED } from './helpers.js';

const NAMES: Record<string, string> = { 'user-alice': 'Alice Martin', 'user-bob': 'Bob Chen' };
const names = (id: string) => NAMES[id] ?? '';
const RETRY_AT = '2026-03-03T09:00:00.000Z';

/** The params each notice is documented to carry. */
const DOCUMENTED = {
  opt_in_requested: { by: 'user-alice' },
  opt_in_reminder_sent: {},
  opt_in_reminder_available: {},
  opt_in_granted: {},
  opt_in_declined: {},
  opted_out: {},
  opt_in_failed_will_retry: { retryAt: RETRY_AT },
  opt_in_retried: {},
  opt_in_failed_thread_closed: {},
  contact_not_on_whatsapp: {},
  resume_requested: {},
  resume_failed: {},
  conversation_resumed: { delivered: 3 },
  can_continue: {},
  participant_added: { userId: 'user-bob', by: 'user-alice' },
  participant_removed: { userId: 'user-bob', by: 'user-alice' },
  participant_left: { userId: 'user-bob' },
  conversation_transferred: { from: 'user-alice', to: 'user-bob' },
  contact_not_notified_participant_added: { userId: 'user-bob' },
  contact_not_notified_participant_removed: { userId: 'user-bob' },
  contact_not_notified_participant_left: { userId: 'user-bob' },
  contact_not_notified_conversation_transferred: { userId: 'user-bob' },
  conversation_restarted: { previousThreadId: 'thread-1' },
  thread_closed: {},
  message_failed: { messageId: 'message-1', code: 131026 },
  sms_thread_started: { smsThreadId: 'thread-2' },
  sms_opted_out: { keyword: 'STOP' },
  sms_opted_in: { keyword: 'START' },
} satisfies Record<SystemNoticeCode, NoticeParams>;

const CODES = Object.keys(DOCUMENTED) as SystemNoticeCode[];

describe.each(SUPPORTED_LOCALES)('notice texts in %s', (locale) => {
  it.each(CODES)('%s is filled with its documented params', (code) => {
    const text = noticeText(locale, code, DOCUMENTED[code], names);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(UNFILLED);
    expect(text).not.toContain('user-');
  });

  it('shows the names of the users involved', () => {
    const text = noticeText(locale, 'conversation_transferred', DOCUMENTED.conversation_transferred, names);
    expect(text).toContain('Alice Martin');
    expect(text).toContain('Bob Chen');
  });

  it('renders retryAt as Intl renders a medium date and short time in the locale', () => {
    const timeZone = 'Asia/Tokyo';
    const expected = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(RETRY_AT));
    const text = noticeText(locale, 'opt_in_failed_will_retry', { retryAt: RETRY_AT }, names, { timeZone });
    expect(text).toContain(expected);
    expect(text).not.toContain(RETRY_AT);
  });

  it('explains a failed message with the reason for its WhatsApp code', () => {
    const text = noticeText(locale, 'message_failed', { messageId: 'message-1', code: 131047 });
    expect(text).toContain(failureReasonText(locale, 131047));
  });
});

describe('user names', () => {
  it('falls back to the user id without a name lookup, or when the lookup knows no name', () => {
    expect(noticeText('en', 'participant_left', { userId: 'user-zed' })).toBe(
      'user-zed left the conversation.',
    );
    expect(noticeText('en', 'participant_left', { userId: 'user-zed' }, names)).toBe(
      'user-zed left the conversation.',
    );
  });

  it('says “a team member” when the user id is empty', () => {
    const text = noticeText('de', 'opt_in_requested', { by: '' }, names);
    expect(text.startsWith(CATALOGS.de.someone)).toBe(true);
  });
});

describe('plurals', () => {
  it('counts held messages with the right English form', () => {
    expect(noticeText('en', 'conversation_resumed', { delivered: 1 })).toBe(
      'The contact resumed the conversation. 1 held message was delivered.',
    );
    expect(noticeText('en', 'conversation_resumed', { delivered: 5 })).toBe(
      'The contact resumed the conversation. 5 held messages were delivered.',
    );
  });

  it.each(['es', 'fr', 'de', 'pt-BR'] as const)('distinguishes one from many in %s', (locale) => {
    const one = noticeText(locale, 'conversation_resumed', { delivered: 1 });
    const five = noticeText(locale, 'conversation_resumed', { delivered: 5 });
    expect(one.replace('1', 'N')).not.toBe(five.replace('5', 'N'));
  });

  it('has a single form in Japanese', () => {
    const one = noticeText('ja', 'conversation_resumed', { delivered: 1 });
    expect(one.replace('1', 'N')).toBe(
      noticeText('ja', 'conversation_resumed', { delivered: 5 }).replace('5', 'N'),
    );
  });

  it('groups digits of large counts the locale’s way', () => {
    expect(noticeText('en', 'conversation_resumed', { delivered: 1200 })).toContain('1,200 held messages');
    expect(noticeText('de', 'conversation_resumed', { delivered: 1200 })).toContain('1.200 zurückgehaltene');
  });
});

describe('dates', () => {
  it('shows the Japanese date with Intl’s year/month/day separators', () => {
    const text = noticeText('ja', 'opt_in_failed_will_retry', { retryAt: RETRY_AT }, names, {
      timeZone: 'UTC',
    });
    expect(text).toContain('2026/03/03 9:00');
  });

  it('uses the given time zone', () => {
    const utc = noticeText('en', 'opt_in_failed_will_retry', { retryAt: RETRY_AT }, names, {
      timeZone: 'UTC',
    });
    const paris = noticeText('en', 'opt_in_failed_will_retry', { retryAt: RETRY_AT }, names, {
      timeZone: 'Europe/Paris',
    });
    expect(utc).toContain('Mar 3, 2026, 9:00 AM');
    expect(paris).toContain('Mar 3, 2026, 10:00 AM');
  });

  it('does not throw on an unknown time zone or a value that is not a date', () => {
    expect(() =>
      noticeText('fr', 'opt_in_failed_will_retry', { retryAt: RETRY_AT }, names, {
        timeZone: 'Mars/Olympus',
      }),
    ).not.toThrow();
    expect(noticeText('en', 'opt_in_failed_will_retry', { retryAt: 'soon' })).toContain('on soon');
  });
});

describe('notices produced by the domain', () => {
  const alice = 'user-alice';
  const bob = 'user-bob';
  const requested = requestOptIn(NO_CONSENT, T0, alice);
  const notices: SystemNotice[] = [
    consentNotice(requested),
    consentNotice(recordOptInDeliveryFailure(requested.consent, 131000, T0)!),
    consentNotice(recordOptInDeliveryFailure(requested.consent, 131026, T0)!),
    addParticipant('open', [alice], bob, alice).notice,
    removeParticipant('open', [alice, bob], bob, alice).notice,
    leaveThread('open', [alice, bob], bob).notice,
    transferThread('open', [alice], alice, bob).notice,
    contactNotNotifiedNotice('participant_added', bob),
    contactNotNotifiedNotice('participant_removed', bob),
    contactNotNotifiedNotice('participant_left', bob),
    contactNotNotifiedNotice('conversation_transferred', bob),
  ];

  it.each(SUPPORTED_LOCALES)('render completely in %s', (locale: Locale) => {
    for (const { code, params } of notices) {
      const text = noticeText(locale, code, params, names);
      expect(text, code).not.toMatch(UNFILLED);
      expect(text, code).not.toContain('user-');
    }
  });
});

describe('robustness', () => {
  it('shows the code of a notice this catalog does not know instead of throwing', () => {
    expect(noticeText('en', 'brand_new_notice' as SystemNoticeCode, {})).toBe('brand_new_notice');
  });

  it('falls back to English for a locale it does not ship', () => {
    expect(noticeText('it' as Locale, 'thread_closed', {})).toBe(noticeText('en', 'thread_closed', {}));
  });
});
