import type { SendPacer } from '../../ports/send-pacer.js';
import {
  WhatsAppSendError,
  type OutboundRequest,
  type WhatsAppGateway,
} from '../../ports/whatsapp-gateway.js';

/** The wait after a throughput error that does not say how long. */
export const DEFAULT_THROTTLE_PENALTY_MS = 1_000;

/** Graph's answers that mean "this number sends too fast": 130429 throughput, 4 app calls, 80007 WABA, HTTP 429. */
const THROTTLE_CODES: ReadonlySet<number> = new Set([130429, 4, 80007, 429]);

export function isThrottled(error: unknown): error is WhatsAppSendError {
  return error instanceof WhatsAppSendError && THROTTLE_CODES.has(error.code);
}

/**
 * Sends through `inner` no faster than the pacer allows for the sending number. When WhatsApp says the number
 * sends too fast anyway, the number is penalized, so every instance backs off, and the error goes back to the
 * job, which retries later. Marking read is not paced.
 */
export class PacedWhatsAppGateway implements WhatsAppGateway {
  constructor(
    private readonly inner: WhatsAppGateway,
    private readonly pacer: SendPacer,
    /** The tenant that owns a phone number (the pacer's rows belong to a tenant). */
    private readonly resolveTenant: (phoneNumberId: string) => string | Promise<string>,
  ) {}

  async send(request: OutboundRequest): Promise<{ readonly wamid: string }> {
    const tenantId = await this.resolveTenant(request.phoneNumberId);
    await this.pacer.acquire(tenantId, request.phoneNumberId);
    try {
      return await this.inner.send(request);
    } catch (error) {
      if (isThrottled(error))
        // A pacer that cannot record the penalty must not hide WhatsApp's answer: the job retries either way.
        await this.pacer
          .penalize(tenantId, request.phoneNumberId, error.retryAfterMs ?? DEFAULT_THROTTLE_PENALTY_MS)
          .catch(() => undefined);
      throw error;
    }
  }

  markRead(phoneNumberId: string, wamid: string): Promise<void> {
    return this.inner.markRead(phoneNumberId, wamid);
  }
}
