import { describe, expect, it } from 'vitest';
import type { Message } from '../../../shared/contract/messages.js';
import { groupByDay, withLatest, withOlder } from '../../../tab/src/features/thread/thread-history.js';

function message(id: string, createdAt: string, overrides: Partial<Message> = {}): Message {
  return {
    id,
    threadId: 'thread',
    direction: 'outbound',
    kind: 'text',
    sender: null,
    body: id,
    template: null,
    image: null,
    notice: null,
    status: 'sent',
    clientMessageId: null,
    createdAt,
    receivedAt: null,
    failure: null,
    ...overrides,
  };
}

const a = message('a', '2026-11-28T09:00:00.000Z');
const b = message('b', '2026-11-28T10:00:00.000Z');
const c = message('c', '2026-11-29T09:00:00.000Z');
const d = message('d', '2026-11-29T10:00:00.000Z');
const ids = (messages: readonly Message[]) => messages.map((m) => m.id);

describe('withOlder', () => {
  it('puts an older page first, without repeating a message already shown', () => {
    expect(ids(withOlder([c, d], [a, b, c]))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('withLatest', () => {
  it('keeps the older history loaded and takes the new copy of every message of the page', () => {
    const readC = { ...c, status: 'read' as const };
    const next = withLatest([a, b, c], [readC, d]);
    expect(ids(next)).toEqual(['a', 'b', 'c', 'd']);
    expect(next[2]?.status).toBe('read');
  });

  it('keeps a message the composer just put in place when the page was fetched before it', () => {
    const justSent = message('e', '2026-11-29T11:00:00.000Z');
    expect(ids(withLatest([b, c, d, justSent], [c, d]))).toEqual(['b', 'c', 'd', 'e']);
  });

  it('shows the page alone when it does not reach back to anything shown', () => {
    expect(ids(withLatest([a], [c, d]))).toEqual(['c', 'd']);
    expect(ids(withLatest([a, b], []))).toEqual(['a', 'b']);
  });
});

describe('groupByDay', () => {
  it("cuts by the local day, using the contact's own send time for what they sent", () => {
    const late = message('late', '2026-11-30T08:00:00.000Z', {
      direction: 'inbound',
      receivedAt: '2026-11-29T10:30:00.000Z',
    });
    const days = groupByDay([a, b, c, late, d]);
    expect(days.map((day) => ids(day.items))).toEqual([
      ['a', 'b'],
      ['c', 'late', 'd'],
    ]);
    expect(days[1]?.at).toBe(c.createdAt);
  });
});
