/**
 * Spaces the sends of one phone number so they stay under WhatsApp's throughput limit, across every instance of
 * the connector that sends from that number.
 */
export interface SendPacer {
  /** Resolves when this caller may send one message from the number. */
  acquire(tenantId: string, phoneNumberId: string): Promise<void>;
  /** No send from the number for at least `ms` from now (after WhatsApp said the number sends too fast). */
  penalize(tenantId: string, phoneNumberId: string, ms: number): Promise<void>;
}
