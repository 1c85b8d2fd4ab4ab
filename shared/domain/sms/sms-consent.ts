import { DomainRuleViolation } from '../shared/domain-error.js';

/**
 * SMS consent per (business SMS number, contact), kept apart from WhatsApp consent: carriers require
 * STOP to end SMS at once, and START (or UNSTOP) to allow it again. Contacts are reachable until they say STOP.
 */
export type SmsConsentState = 'opted_in' | 'opted_out';

export interface SmsConsent {
  readonly state: SmsConsentState;
  /** When the state last changed, by the carrier's timestamp of the keyword; null for the default. */
  readonly changedAt: Date | null;
  /** The keyword that changed it, as the contact typed it (upper-cased). */
  readonly keyword: string | null;
}

export const SMS_DEFAULT_CONSENT: SmsConsent = { state: 'opted_in', changedAt: null, keyword: null };

export type SmsKeyword = 'stop' | 'start';

const STOP_KEYWORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
const START_KEYWORDS = new Set(['START', 'UNSTOP']);

/** Normalises a message the way carriers match keywords: the whole message, case and edge blanks aside. */
function keywordText(text: string): string {
  return text
    .trim()
    .replace(/[.!]+$/u, '')
    .trim()
    .toUpperCase();
}

/** Whether the whole message is an opt-out or opt-in keyword (a keyword inside a sentence does not count). */
export function smsKeywordOf(text: string): SmsKeyword | null {
  const word = keywordText(text);
  if (STOP_KEYWORDS.has(word)) return 'stop';
  if (START_KEYWORDS.has(word)) return 'start';
  return null;
}

export interface SmsConsentChange {
  readonly consent: SmsConsent;
  /** The notice for the participants; null when the keyword changed nothing (a second STOP). */
  readonly notice: 'sms_opted_out' | 'sms_opted_in' | null;
}

/** Applies a keyword the contact sent; a keyword that repeats the current state changes nothing. */
export function applySmsKeyword(current: SmsConsent, text: string, at: Date): SmsConsentChange | null {
  const keyword = smsKeywordOf(text);
  if (!keyword) return null;
  const state: SmsConsentState = keyword === 'stop' ? 'opted_out' : 'opted_in';
  if (state === current.state) return { consent: current, notice: null };
  return {
    consent: { state, changedAt: at, keyword: keywordText(text) },
    notice: state === 'opted_out' ? 'sms_opted_out' : 'sms_opted_in',
  };
}

/** A business SMS may go to a contact who has not opted out; otherwise the send is refused with the reason. */
export function assertSmsAllowed(consent: SmsConsent): void {
  if (consent.state === 'opted_out') throw new DomainRuleViolation('sms_opted_out');
}

/** SMS bodies are plain text: at most this many characters (ACS splits long texts into segments). */
export const SMS_MAX_LENGTH = 1600;

export function checkSmsBody(body: string): string {
  const text = body.trim();
  if (text.length === 0) throw new DomainRuleViolation('message_empty');
  if (text.length > SMS_MAX_LENGTH)
    throw new DomainRuleViolation('message_too_long', { max: SMS_MAX_LENGTH });
  return text;
}

/** What the contact receives: in a thread shared by several Teams users, each SMS names its sender. */
export function composeSmsText(body: string, senderName: string, activeParticipants: number): string {
  const name = senderName.trim();
  const text = checkSmsBody(body);
  return checkSmsBody(activeParticipants > 1 && name ? `${name}: ${text}` : text);
}
