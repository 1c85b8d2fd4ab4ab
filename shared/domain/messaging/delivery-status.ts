/** Outbound: pending (queued) -> sending -> sent -> delivered -> read, or failed. Inbound messages are 'received'. */
export type MessageStatus = 'pending' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'received';

export interface DeliveryRecord {
  readonly status: MessageStatus;
  readonly queuedAt: Date | null;
  readonly sendingAt: Date | null;
  readonly sentAt: Date | null;
  readonly deliveredAt: Date | null;
  readonly readAt: Date | null;
  readonly failedAt: Date | null;
  readonly failureCode: number | null;
  readonly failureTitle: string | null;
}

export type Receipt =
  | { readonly status: 'sent' | 'delivered' | 'read'; readonly at: Date }
  | { readonly status: 'failed'; readonly at: Date; readonly code: number; readonly title: string };

const RANK: Record<MessageStatus, number> = {
  pending: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: -1,
  received: -1,
};

const TIMESTAMP_OF = { sent: 'sentAt', delivered: 'deliveredAt', read: 'readAt' } as const;

/** Receipts arrive late, twice and out of order: each status keeps the earliest time reported for it. */
function earliest(current: Date | null, at: Date): Date {
  return current && current.getTime() <= at.getTime() ? current : at;
}

function sameRecord(a: DeliveryRecord, b: DeliveryRecord): boolean {
  return (Object.keys(a) as (keyof DeliveryRecord)[]).every((key) => {
    const x = a[key];
    const y = b[key];
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  });
}

function withTimestamps(
  record: DeliveryRecord,
  receipt: Receipt & { status: 'sent' | 'delivered' | 'read' },
) {
  const next = {
    ...record,
    [TIMESTAMP_OF[receipt.status]]: earliest(record[TIMESTAMP_OF[receipt.status]], receipt.at),
  };
  // Read implies delivered, and both imply sent: fill what the missing receipts would have said.
  if (receipt.status === 'read') next.deliveredAt = earliest(next.deliveredAt, receipt.at);
  if (receipt.status !== 'sent') next.sentAt = earliest(next.sentAt, next.deliveredAt ?? receipt.at);
  return next;
}

/**
 * Applies a WhatsApp status receipt. Statuses only move forward; read without delivered is accepted;
 * a delivered or read after failed wins (the message evidently arrived). Returns null when nothing changes.
 */
export function applyReceipt(current: DeliveryRecord, receipt: Receipt): DeliveryRecord | null {
  const record = deliveryFieldsOf(current);
  if (record.status === 'received') return null;
  let next: DeliveryRecord;
  if (receipt.status === 'failed') {
    if (record.status === 'failed' || record.status === 'delivered' || record.status === 'read') return null;
    next = {
      ...record,
      status: 'failed',
      failedAt: receipt.at,
      failureCode: receipt.code,
      failureTitle: receipt.title,
    };
  } else {
    next = withTimestamps(record, receipt);
    const movesForward =
      record.status === 'failed' ? receipt.status !== 'sent' : RANK[receipt.status] > RANK[record.status];
    if (movesForward) next = { ...next, status: receipt.status };
  }
  return sameRecord(record, next) ? null : next;
}

/** Only the delivery fields of a larger record (a stored message carries much more). */
export function deliveryFieldsOf(record: DeliveryRecord): DeliveryRecord {
  const { status, queuedAt, sendingAt, sentAt, deliveredAt, readAt, failedAt, failureCode, failureTitle } =
    record;
  return { status, queuedAt, sendingAt, sentAt, deliveredAt, readAt, failedAt, failureCode, failureTitle };
}

export function isFinalStatus(status: MessageStatus): boolean {
  return status === 'read' || status === 'failed' || status === 'received';
}
