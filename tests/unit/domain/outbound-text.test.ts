import { describe, expect, it } from 'vitest';
import {
  checkCaption,
  composeOutboundText,
  MAX_TEXT_LENGTH,
} from '../../../shared/domain/messaging/outbound-text.js';
import { queueFlushOrder } from '../../../shared/domain/messaging/outbound-queue.js';

describe('outbound text', () => {
  it('is sent as written when one Teams user is in the thread', () => {
    expect(composeOutboundText('Hello', 'Alice Martin', 1)).toBe('Hello');
  });

  it('carries the sender name when several Teams users share the thread', () => {
    expect(composeOutboundText('Hello', 'Alice Martin', 2)).toBe('*Alice Martin*: Hello');
    expect(composeOutboundText('Hi', '*Bob_*', 3)).toBe('*Bob*: Hi');
  });

  it('refuses empty text and text over 4096 characters, prefix included', () => {
    expect(() => composeOutboundText('   ', 'A', 1)).toThrow('message_empty');
    expect(composeOutboundText('x'.repeat(MAX_TEXT_LENGTH), 'A', 1)).toHaveLength(MAX_TEXT_LENGTH);
    expect(() => composeOutboundText('x'.repeat(MAX_TEXT_LENGTH), 'A', 2)).toThrow('message_too_long');
  });

  it('limits captions to 1024 characters', () => {
    expect(() => checkCaption('x'.repeat(1024))).not.toThrow();
    expect(() => checkCaption(null)).not.toThrow();
    expect(() => checkCaption('x'.repeat(1025))).toThrow('caption_too_long');
  });
});

describe('queue flush order', () => {
  it('sends held messages in the order they were written and skips the rest', () => {
    const messages = [
      { id: 'c', seq: 30n, status: 'pending' as const },
      { id: 'a', seq: 10n, status: 'pending' as const },
      { id: 'x', seq: 15n, status: 'sent' as const },
      { id: 'b', seq: 20, status: 'pending' as const },
    ];
    expect(queueFlushOrder(messages).map((message) => message.id)).toEqual(['a', 'b', 'c']);
  });
});
