import { describe, expect, it } from 'vitest';
import {
  applySmsKeyword,
  assertSmsAllowed,
  composeSmsText,
  SMS_DEFAULT_CONSENT,
  SMS_MAX_LENGTH,
  smsKeywordOf,
  type SmsConsent,
} from '../../../shared/domain/sms/sms-consent.js';
import { ruleOf } from '../../support/rule-of.js';

const AT = new Date('2026-11-21T10:00:00Z');
const OUT: SmsConsent = { state: 'opted_out', changedAt: AT, keyword: 'STOP' };

describe('SMS keywords', () => {
  it.each(['STOP', 'stop', ' Stop ', 'STOPALL', 'unsubscribe', 'CANCEL', 'end', 'Quit', 'stop.', 'STOP!'])(
    '%j opts out',
    (text) => expect(smsKeywordOf(text)).toBe('stop'),
  );

  it.each(['START', 'start', 'UNSTOP', ' unstop! '])('%j opts back in', (text) =>
    expect(smsKeywordOf(text)).toBe('start'),
  );

  it.each(['please stop calling', 'stop it', 'started', 'YES', 'no', '', 'S T O P'])(
    '%j is no keyword (only the whole message counts)',
    (text) => expect(smsKeywordOf(text)).toBeNull(),
  );
});

describe('SMS consent', () => {
  it('a contact is reachable until they say STOP', () => {
    expect(SMS_DEFAULT_CONSENT.state).toBe('opted_in');
    expect(ruleOf(() => assertSmsAllowed(SMS_DEFAULT_CONSENT))).toBeUndefined();
  });

  it('STOP opts out with the keyword and time, and sends are refused', () => {
    const change = applySmsKeyword(SMS_DEFAULT_CONSENT, 'unsubscribe', AT);
    expect(change).toEqual({
      consent: { state: 'opted_out', changedAt: AT, keyword: 'UNSUBSCRIBE' },
      notice: 'sms_opted_out',
    });
    expect(ruleOf(() => assertSmsAllowed(change!.consent))).toBe('sms_opted_out');
  });

  it('START after STOP opts back in', () => {
    const later = new Date(AT.getTime() + 60_000);
    expect(applySmsKeyword(OUT, 'Start', later)).toEqual({
      consent: { state: 'opted_in', changedAt: later, keyword: 'START' },
      notice: 'sms_opted_in',
    });
  });

  it('a keyword repeating the state changes nothing and posts no notice', () => {
    expect(applySmsKeyword(OUT, 'QUIT', AT)).toEqual({ consent: OUT, notice: null });
    expect(applySmsKeyword(SMS_DEFAULT_CONSENT, 'UNSTOP', AT)).toEqual({
      consent: SMS_DEFAULT_CONSENT,
      notice: null,
    });
  });

  it('an ordinary message is no change at all', () => {
    expect(applySmsKeyword(OUT, 'Thanks', AT)).toBeNull();
  });
});

describe('SMS text', () => {
  it('names the sender when several people share the thread', () => {
    expect(composeSmsText(' Hi ', 'Alice', 2)).toBe('Alice: Hi');
    expect(composeSmsText('Hi', 'Alice', 1)).toBe('Hi');
  });

  it('refuses empty and overlong texts', () => {
    expect(ruleOf(() => composeSmsText('  ', 'Alice', 1))).toBe('message_empty');
    expect(ruleOf(() => composeSmsText('x'.repeat(SMS_MAX_LENGTH + 1), 'Alice', 1))).toBe('message_too_long');
  });
});
