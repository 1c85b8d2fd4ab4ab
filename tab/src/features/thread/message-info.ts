import type { MessageInfo, MessageStatus } from '../../../../shared/contract/messages.js';
import type { TabTextKey } from '../../../../shared/i18n/tab/index.js';

export interface StatusRow {
  readonly status: MessageStatus;
  readonly label: TabTextKey;
  readonly at: string;
  /** Why it failed, in the user's language (failed only). */
  readonly reason?: string;
}

const LABELS: Record<MessageStatus, TabTextKey> = {
  pending: 'infoQueued',
  sending: 'statusSending',
  sent: 'statusSent',
  delivered: 'statusDelivered',
  read: 'statusRead',
  failed: 'infoFailed',
  received: 'statusDelivered',
};

const RANK: Record<MessageStatus, number> = {
  pending: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
  received: 3,
};

const second = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * Every status the message reached, in the order it reached them, with the failure's reason on its row.
 * WhatsApp times its receipts to the second while ours have milliseconds, so within one second the
 * statuses go in their natural order (a "sent" stamped 10:00:05 comes after a "sending" at 10:00:05.300).
 */
export function statusRows(info: MessageInfo): StatusRow[] {
  return [...info.statuses]
    .sort((a, b) => second(a.at) - second(b.at) || RANK[a.status] - RANK[b.status])
    .map((entry) => ({
      status: entry.status,
      label: LABELS[entry.status],
      at: entry.at,
      ...(entry.status === 'failed' && info.message.failure ? { reason: info.message.failure.reason } : {}),
    }));
}
