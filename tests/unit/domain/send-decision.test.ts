import { describe, expect, it } from 'vitest';
import {
  decideSend,
  type SendContext,
  type SendDecision,
} from '../../../shared/domain/messaging/send-decision.js';
import { ConsentBuilder, T0, at, hours } from '../../builders/consent-builder.js';

const now = at(hours(100));
const openWindow = at(hours(99)); // contact wrote an hour ago
const closedWindow = at(hours(70)); // 30 hours ago

function context(changes: Partial<SendContext>): SendContext {
  return {
    threadStatus: 'open',
    consent: ConsentBuilder.granted(T0).build(),
    lastInboundAt: openWindow,
    resumeState: null,
    now,
    ...changes,
  };
}

const send: SendDecision = { action: 'send' };
const queueForConsent: SendDecision = { action: 'queue', waitingFor: 'consent', requestResume: false };
const queueAndResume: SendDecision = { action: 'queue', waitingFor: 'resume', requestResume: true };
const queueOnly: SendDecision = { action: 'queue', waitingFor: 'resume', requestResume: false };
const refuse = (reason: string): SendDecision => ({ action: 'refuse', reason }) as SendDecision;

describe('send decision', () => {
  it.each([
    ['granted, window open', {}, send, send],
    ['granted, never wrote', { lastInboundAt: null }, queueAndResume, send],
    ['granted, window closed', { lastInboundAt: closedWindow }, queueAndResume, send],
    [
      'granted, window closed, resume already requested',
      { lastInboundAt: closedWindow, resumeState: 'requested' },
      queueOnly,
      send,
    ],
    [
      'granted, window closed, resume failed before',
      { lastInboundAt: closedWindow, resumeState: 'failed' },
      queueAndResume,
      send,
    ],
    [
      'consent requested',
      { consent: ConsentBuilder.requested().build() },
      queueForConsent,
      refuse('consent_pending'),
    ],
    [
      'opt-in failed, retry pending',
      { consent: ConsentBuilder.failed('undeliverable').build() },
      queueForConsent,
      refuse('consent_pending'),
    ],
    [
      'consent never requested',
      { consent: ConsentBuilder.none().build() },
      refuse('consent_not_requested'),
      refuse('consent_not_requested'),
    ],
    [
      'consent declined',
      { consent: ConsentBuilder.declined().build() },
      refuse('consent_declined'),
      refuse('consent_declined'),
    ],
    [
      'not on WhatsApp',
      { consent: ConsentBuilder.failed('not_on_whatsapp').build() },
      refuse('contact_not_on_whatsapp'),
      refuse('contact_not_on_whatsapp'),
    ],
    ['thread closed', { threadStatus: 'closed' }, refuse('thread_closed'), refuse('thread_closed')],
  ] as [string, Partial<SendContext>, SendDecision, SendDecision][])(
    '%s: free-form -> %j, template -> %j',
    (_label, changes, freeForm, template) => {
      expect(decideSend('free_form', context(changes))).toEqual(freeForm);
      expect(decideSend('template', context(changes))).toEqual(template);
    },
  );

  it('a business message does not keep the window open: only the inbound time counts', () => {
    const lastInbound = at(hours(0));
    expect(decideSend('free_form', context({ lastInboundAt: lastInbound, now: at(hours(23)) }))).toEqual(
      send,
    );
    expect(decideSend('free_form', context({ lastInboundAt: lastInbound, now: at(hours(24)) }))).toEqual(
      queueAndResume,
    );
  });
});
