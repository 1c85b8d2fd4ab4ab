import type { Response } from 'restify';
import type { Locale } from '../../../shared/i18n/locales.js';
import type { SendLimiter } from '../../../shared/ports/send-limiter.js';
import type { Caller } from './caller.js';
import { apiError } from './error-mapping.js';

export interface LimitedSend {
  readonly caller: Caller;
  readonly locale: Locale;
  readonly res: Response;
  readonly limiter: SendLimiter;
  readonly clientMessageId: string;
}

/**
 * Runs a send within the caller's send limit: over it, 429 `rate_limited` with Retry-After (whole seconds,
 * at least 1). A send that turns out to be a replay, or that is refused, gives its place back, so only
 * messages the server accepted count.
 */
export async function withinSendLimit<T extends { readonly replayed: boolean }>(
  limited: LimitedSend,
  send: () => Promise<T>,
): Promise<T> {
  const { caller, limiter } = limited;
  const allowance = await limiter.take(caller.tenantId, caller.userId, limited.clientMessageId);
  if (!allowance.allowed) {
    const retryAfterSeconds = Math.max(1, Math.ceil(allowance.retryAfterMs / 1000));
    limited.res.header('Retry-After', String(retryAfterSeconds));
    throw apiError(429, 'rate_limited', limited.locale, { retryAfterSeconds });
  }
  let sent: T;
  try {
    sent = await send();
  } catch (error) {
    // The refusal is what the caller must hear; a place not given back only costs them one send.
    if (allowance.counted) await limiter.giveBack(caller.tenantId, caller.userId).catch(() => undefined);
    throw error;
  }
  if (sent.replayed && allowance.counted) await limiter.giveBack(caller.tenantId, caller.userId);
  return sent;
}
