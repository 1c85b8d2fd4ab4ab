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

/** Every status the message reached, in the order it reached them, with the failure's reason on its row. */
export function statusRows(info: MessageInfo): StatusRow[] {
  return [...info.statuses]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((entry) => ({
      status: entry.status,
      label: LABELS[entry.status],
      at: entry.at,
      ...(entry.status === 'failed' && info.message.failure ? { reason: info.message.failure.reason } : {}),
    }));
}
