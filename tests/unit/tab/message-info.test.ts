import { describe, expect, it } from 'vitest';
import type { MessageInfo } from '../../../shared/contract/messages.js';
import { statusRows } from '../../../tab/src/features/thread/message-info.js';
import { formatStatusTime } from '../../../tab/src/features/thread/thread-dates.js';

const message: MessageInfo['message'] = {
  id: 'm',
  threadId: 't',
  direction: 'outbound',
  kind: 'text',
  sender: null,
  body: 'Hello',
  template: null,
  image: null,
  notice: null,
  status: 'failed',
  clientMessageId: null,
  createdAt: '2026-11-29T10:00:00.000Z',
  receivedAt: null,
  failure: { code: 131047, title: 'Re-engagement message', reason: 'The 24-hour window is closed.' },
};

describe('statusRows', () => {
  it('lists every status in time order (within a second, in their natural order) with its label, the reason on the failed row', () => {
    const rows = statusRows({
      message,
      statuses: [
        { status: 'sent', at: '2026-11-29T10:00:02.000Z' },
        { status: 'sending', at: '2026-11-29T10:00:02.300Z' },
        { status: 'pending', at: '2026-11-29T10:00:00.000Z' },
        { status: 'failed', at: '2026-11-29T10:00:05.000Z' },
      ],
    });
    expect(rows).toEqual([
      { status: 'pending', label: 'infoQueued', at: '2026-11-29T10:00:00.000Z' },
      { status: 'sending', label: 'statusSending', at: '2026-11-29T10:00:02.300Z' },
      { status: 'sent', label: 'statusSent', at: '2026-11-29T10:00:02.000Z' },
      {
        status: 'failed',
        label: 'infoFailed',
        at: '2026-11-29T10:00:05.000Z',
        reason: 'The 24-hour window is closed.',
      },
    ]);
  });
});

describe('formatStatusTime', () => {
  it('shows the date and the time to the second in the given locale', () => {
    const iso = '2026-11-29T10:00:05.000Z';
    const expected = new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );
    expect(formatStatusTime('de', iso)).toBe(expected);
    expect(expected).toMatch(/29\.11\.2026/);
    expect(expected).toMatch(/:05/);
  });
});
