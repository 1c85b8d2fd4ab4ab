import type { MessageStatus } from './delivery-status.js';

export interface QueuedMessage {
  readonly id: string;
  readonly seq: bigint | number;
  readonly status: MessageStatus;
}

/** Messages held while consent or resume was pending go out in the order they were written. */
export function queueFlushOrder<T extends QueuedMessage>(messages: readonly T[]): T[] {
  return messages
    .filter((message) => message.status === 'pending')
    .sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : BigInt(a.seq) > BigInt(b.seq) ? 1 : 0));
}
