import { describe, expect, it } from 'vitest';
import { threadState } from '../../../shared/domain/thread/thread-state.js';
import { ConsentBuilder, T0, at, hours } from '../../builders/consent-builder.js';

const now = at(hours(10));

describe('thread state shown in the inbox', () => {
  it.each([
    ['open, consent requested', 'open', ConsentBuilder.requested().build(), null, 'awaiting_consent', null],
    ['open, no consent yet', 'open', ConsentBuilder.none().build(), null, 'awaiting_consent', null],
    [
      'open, granted, contact wrote 2 h ago',
      'open',
      ConsentBuilder.granted().build(),
      at(hours(8)),
      'active',
      at(hours(32)),
    ],
    [
      'open, granted, contact wrote 10 h ago',
      'open',
      ConsentBuilder.granted().build(),
      T0,
      'active',
      at(hours(24)),
    ],
    [
      'open, granted, silent for a day',
      'open',
      ConsentBuilder.granted().build(),
      at(hours(-20)),
      'paused',
      null,
    ],
    ['open, declined', 'open', ConsentBuilder.declined().build(), null, 'declined', null],
    [
      'open, not on WhatsApp',
      'open',
      ConsentBuilder.failed('not_on_whatsapp').build(),
      null,
      'not_on_whatsapp',
      null,
    ],
    [
      'open, opt-in failing',
      'open',
      ConsentBuilder.failed('undeliverable').build(),
      null,
      'consent_failed',
      null,
    ],
    ['closed', 'closed', ConsentBuilder.granted().build(), at(hours(9)), 'closed', at(hours(33))],
  ] as const)('%s -> %s', (_label, status, consent, lastInboundAt, state, windowEndsAt) => {
    expect(threadState({ status, lastInboundAt }, consent, now)).toEqual({ state, windowEndsAt });
  });
});
