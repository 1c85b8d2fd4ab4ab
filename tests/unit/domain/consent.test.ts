import { describe, expect, it } from 'vitest';
import type { ConsentState } from '../../../shared/domain/consent/consent.js';
import {
  recordOptInAnswer,
  recordOptInDeliveryFailure,
  recordOptOut,
  reminderAvailableAt,
  requestOptIn,
  retryOptIn,
  sendOptInReminder,
} from '../../../shared/domain/consent/consent-transitions.js';
import { consentNotice } from '../../../shared/domain/consent/consent-notice.js';
import { ruleOf } from '../../support/rule-of.js';
import { ConsentBuilder, T0, at, hours } from '../../builders/consent-builder.js';

const byState = {
  none: () => ConsentBuilder.none().build(),
  requested: () => ConsentBuilder.requested().build(),
  granted: () => ConsentBuilder.granted().build(),
  declined: () => ConsentBuilder.declined().build(),
  failed_not_on_whatsapp: () => ConsentBuilder.failed('not_on_whatsapp').build(),
  failed_undeliverable: () => ConsentBuilder.failed('undeliverable').build(),
};

describe('requesting opt-in', () => {
  it.each([
    ['none', 'requested'],
    ['failed_not_on_whatsapp', 'requested'],
    ['failed_undeliverable', 'requested'],
  ] as const)('from %s moves to %s and sends the opt-in template', (from, to) => {
    const transition = requestOptIn(byState[from](), at(hours(30)), 'user-bob');
    expect(transition.consent.state).toBe<ConsentState>(to);
    expect(transition.consent.requestedBy).toBe('user-bob');
    expect(transition.consent.lastRequestedAt).toEqual(at(hours(30)));
    expect(transition.consent.failureReason).toBeNull();
    expect(transition.event).toBe('requested');
    expect(transition.effects).toEqual([{ type: 'send_opt_in_request' }]);
  });

  it('keeps the first request time as evidence when asking again after a failure', () => {
    const transition = requestOptIn(byState.failed_undeliverable(), at(hours(50)), 'user-bob');
    expect(transition.consent.firstRequestedAt).toEqual(T0);
  });

  it.each([
    ['requested', 'consent_already_requested'],
    ['granted', 'consent_already_granted'],
    ['declined', 'consent_declined'],
  ] as const)('from %s is refused with %s', (from, code) => {
    expect(ruleOf(() => requestOptIn(byState[from](), at(hours(1)), 'user-bob'))).toBe(code);
  });
});

describe('opt-in reminder', () => {
  it.each([
    ['just after the request', hours(0), 'reminder_too_early'],
    ['one minute before 24 h', hours(24) - 60_000, 'reminder_too_early'],
    ['exactly 24 h later', hours(24), undefined],
    ['two days later', hours(48), undefined],
  ])('%s: %s', (_label, elapsed, expected) => {
    expect(ruleOf(() => sendOptInReminder(byState.requested(), at(elapsed)))).toBe(expected);
  });

  it('says when the reminder becomes available', () => {
    expect(reminderAvailableAt(byState.requested())).toEqual(at(hours(24)));
    expect(() => sendOptInReminder(byState.requested(), at(hours(1)))).toThrow(
      expect.objectContaining({ details: { availableAt: at(hours(24)).toISOString() } }),
    );
  });

  it('restarts the 24 h clock from the reminder and counts reminders', () => {
    const first = sendOptInReminder(byState.requested(), at(hours(25)));
    expect(first.consent.remindersSent).toBe(1);
    expect(first.effects).toEqual([{ type: 'send_opt_in_reminder' }]);
    expect(ruleOf(() => sendOptInReminder(first.consent, at(hours(48))))).toBe('reminder_too_early');
    expect(sendOptInReminder(first.consent, at(hours(49))).consent.remindersSent).toBe(2);
  });

  it.each(['none', 'granted', 'declined', 'failed_undeliverable'] as const)(
    'is not allowed when consent is %s',
    (state) => {
      expect(reminderAvailableAt(byState[state]())).toBeNull();
      expect(ruleOf(() => sendOptInReminder(byState[state](), at(hours(100))))).toBe('reminder_not_allowed');
    },
  );
});

describe('the contact answers', () => {
  it.each([
    ['requested', 'yes', 'granted', 'granted'],
    ['requested', 'no', 'declined', 'declined'],
    ['declined', 'yes', 'granted', 'granted'],
    ['none', 'yes', 'granted', 'granted'],
    ['failed_undeliverable', 'yes', 'granted', 'granted'],
    ['granted', 'no', 'declined', 'declined'],
  ] as const)('%s + %s -> %s', (from, answer, to, event) => {
    const transition = recordOptInAnswer(byState[from](), answer, at(hours(2)));
    expect(transition?.consent.state).toBe(to);
    expect(transition?.event).toBe(event);
  });

  it('a YES flushes the queue, a NO tells the contact they can opt in any time', () => {
    expect(recordOptInAnswer(byState.requested(), 'yes', at(1))?.effects).toEqual([{ type: 'flush_queue' }]);
    expect(recordOptInAnswer(byState.requested(), 'no', at(1))?.effects).toEqual([
      { type: 'tell_contact_how_to_opt_in_again' },
    ]);
  });

  it('records when consent was granted or declined', () => {
    expect(recordOptInAnswer(byState.requested(), 'yes', at(hours(3)))?.consent.grantedAt).toEqual(
      at(hours(3)),
    );
    expect(recordOptInAnswer(byState.requested(), 'no', at(hours(3)))?.consent.declinedAt).toEqual(
      at(hours(3)),
    );
  });

  it('repeating the same answer changes nothing', () => {
    expect(recordOptInAnswer(byState.granted(), 'yes', at(1))).toBeNull();
    expect(recordOptInAnswer(byState.declined(), 'no', at(1))).toBeNull();
  });

  it('STOP opts out of a granted or pending consent, and a later YES grants again', () => {
    const stopped = recordOptOut(byState.granted(), at(hours(5)));
    expect(stopped?.consent.state).toBe('declined');
    expect(stopped?.event).toBe('opted_out');
    expect(recordOptOut(byState.requested(), at(1))?.consent.state).toBe('declined');
    expect(recordOptOut(byState.declined(), at(1))).toBeNull();
    expect(recordOptOut(byState.none(), at(1))).toBeNull();
    expect(recordOptInAnswer(stopped!.consent, 'yes', at(hours(6)))?.consent.state).toBe('granted');
  });
});

describe('opt-in delivery failure', () => {
  it('not on WhatsApp (131026): failed, SMS offered, no retry', () => {
    const transition = recordOptInDeliveryFailure(byState.requested(), 131026, at(hours(1)));
    expect(transition?.consent).toMatchObject({
      state: 'failed',
      failureReason: 'not_on_whatsapp',
      retryAt: null,
    });
    expect(transition?.effects).toEqual([{ type: 'offer_sms' }]);
    expect(consentNotice(transition!).code).toBe('contact_not_on_whatsapp');
  });

  it('another failure: retried once after 24 h, the second failure closes the thread', () => {
    const first = recordOptInDeliveryFailure(byState.requested(), 131049, at(hours(1)))!;
    expect(first.consent).toMatchObject({ state: 'failed', failureReason: 'undeliverable', failureCount: 1 });
    expect(first.effects).toEqual([{ type: 'schedule_opt_in_retry', at: at(hours(25)) }]);
    expect(consentNotice(first)).toEqual({
      code: 'opt_in_failed_will_retry',
      params: { retryAt: at(hours(25)).toISOString() },
    });

    expect(retryOptIn(first.consent, at(hours(24)))).toBeNull();
    const retried = retryOptIn(first.consent, at(hours(25)))!;
    expect(retried.consent.state).toBe('requested');
    expect(retried.effects).toEqual([{ type: 'send_opt_in_request' }]);

    const second = recordOptInDeliveryFailure(retried.consent, 131049, at(hours(26)))!;
    expect(second.consent).toMatchObject({ state: 'failed', failureCount: 2, retryAt: null });
    expect(second.event).toBe('closed_after_failure');
    expect(second.effects).toEqual([{ type: 'close_thread' }]);
  });

  it('a late failure after the contact answered changes nothing', () => {
    expect(recordOptInDeliveryFailure(byState.granted(), 131049, at(1))).toBeNull();
    expect(recordOptInDeliveryFailure(byState.declined(), 131026, at(1))).toBeNull();
  });

  it('the retry does nothing once the contact has answered or when nothing is scheduled', () => {
    expect(retryOptIn(byState.granted(), at(hours(48)))).toBeNull();
    expect(retryOptIn(byState.failed_not_on_whatsapp(), at(hours(48)))).toBeNull();
    expect(retryOptIn(ConsentBuilder.failed('undeliverable', T0, 2).build(), at(hours(48)))).toBeNull();
  });
});

describe('every transition has a notice for the participants', () => {
  it.each([
    [() => requestOptIn(byState.none(), at(1), 'user-a'), 'opt_in_requested'],
    [() => sendOptInReminder(byState.requested(), at(hours(24))), 'opt_in_reminder_sent'],
    [() => recordOptInAnswer(byState.requested(), 'yes', at(1))!, 'opt_in_granted'],
    [() => recordOptInAnswer(byState.requested(), 'no', at(1))!, 'opt_in_declined'],
    [() => recordOptOut(byState.granted(), at(1))!, 'opted_out'],
    [() => retryOptIn(byState.failed_undeliverable(), at(hours(24)))!, 'opt_in_retried'],
  ])('%#: %s', (transition, code) => {
    expect(consentNotice(transition()).code).toBe(code);
  });
});
