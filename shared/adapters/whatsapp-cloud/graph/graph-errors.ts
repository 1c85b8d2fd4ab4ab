import { WhatsAppSendError } from '../../../ports/whatsapp-gateway.js';

/** The code of a send that never got an answer from Graph (connection failed, timed out). */
export const TRANSPORT_ERROR_CODE = -2;
/** The code of a request refused before it went out, because WhatsApp would refuse it (limits, lengths). */
export const INVALID_REQUEST_CODE = -3;

/** Graph's error answer: `{error: {message, type, code, error_subcode, error_data?: {details}, fbtrace_id}}`. */
export interface GraphErrorBody {
  readonly message?: string;
  readonly type?: string;
  readonly code?: number;
  readonly error_subcode?: number;
  readonly error_data?: { readonly details?: string };
  readonly fbtrace_id?: string;
}

interface Rule {
  readonly title: string;
  readonly retryable: boolean;
  /** The wait when Graph sends no Retry-After. */
  readonly defaultRetryAfterMs?: number;
}

const NEEDS_ADMIN = 'the WhatsApp connection needs an admin';

/**
 * The codes the rules act on (Meta's error-code reference, docs/whatsapp-platform.md). Everything not listed:
 * retryable on HTTP 5xx and 429, final on any other 4xx.
 */
const RULES: ReadonlyMap<number, Rule> = new Map<number, Rule>([
  // Authorization: no retry helps until someone reconnects the account.
  [0, { title: `${NEEDS_ADMIN}: authentication failed`, retryable: false }],
  [3, { title: `${NEEDS_ADMIN}: the app lacks the capability or permission`, retryable: false }],
  [10, { title: `${NEEDS_ADMIN}: permission not granted or removed`, retryable: false }],
  [190, { title: `${NEEDS_ADMIN}: the access token expired or is invalid`, retryable: false }],
  // Throttling and temporary states: the job tries again later.
  [4, { title: 'app API call rate limit reached', retryable: true }],
  [80007, { title: 'WhatsApp Business Account rate limit reached', retryable: true }],
  [130429, { title: 'throughput limit reached', retryable: true }],
  // About one message per 6 s to the same user.
  [
    131056,
    {
      title: 'too many messages to this user (pair rate limit)',
      retryable: true,
      defaultRetryAfterMs: 6_000,
    },
  ],
  // The account is in maintenance mode, e.g. during a throughput upgrade: minutes, not seconds.
  [131057, { title: 'business account in maintenance mode', retryable: true, defaultRetryAfterMs: 60_000 }],
  [131000, { title: 'unknown WhatsApp error', retryable: true }],
  [131016, { title: 'WhatsApp service temporarily unavailable', retryable: true }],
  // Final for this message.
  [131026, { title: 'message undeliverable (not on WhatsApp or an old app)', retryable: false }],
  [131047, { title: 'more than 24 hours since the customer last replied', retryable: false }],
  [131048, { title: 'spam rate limit: too many messages from this number were blocked', retryable: false }],
  [132000, { title: 'template parameter count mismatch', retryable: false }],
  [
    132001,
    { title: 'template does not exist in that name and language, or is not approved', retryable: false },
  ],
  [131053, { title: 'media upload error', retryable: false }],
]);

function isPermissionCode(code: number): boolean {
  return code >= 200 && code <= 299;
}

function ruleFor(code: number): Rule | undefined {
  if (isPermissionCode(code)) return { title: `${NEEDS_ADMIN}: API permission missing`, retryable: false };
  return RULES.get(code);
}

/** `Retry-After` as delay-seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function graphError(body: unknown): GraphErrorBody | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as GraphErrorBody) : undefined;
}

/** A non-2xx answer from Graph as the port's error: retryable or final, with the wait when known. */
export function sendErrorFromAnswer(
  status: number,
  body: unknown,
  retryAfterHeader: string | null,
): WhatsAppSendError {
  const error = graphError(body);
  const code = typeof error?.code === 'number' ? error.code : status;
  const rule = error && typeof error.code === 'number' ? ruleFor(error.code) : undefined;
  const retryable = rule?.retryable ?? (status >= 500 || status === 429);
  const graphTitle = error?.error_data?.details ?? error?.message;
  const title = rule?.title ?? graphTitle ?? `Graph answered HTTP ${status}`;
  const wait = retryable ? (retryAfterMs(retryAfterHeader) ?? rule?.defaultRetryAfterMs) : undefined;
  return new WhatsAppSendError(code, title, retryable, wait);
}

/** A request that got no answer: always worth another try by the job. */
export function transportError(reason: 'timeout' | 'network', detail?: string): WhatsAppSendError {
  const title =
    reason === 'timeout'
      ? 'no answer from WhatsApp in time'
      : `could not reach WhatsApp${detail ? ` (${detail})` : ''}`;
  return new WhatsAppSendError(TRANSPORT_ERROR_CODE, title, true);
}

/** A request the body builder refused: no try will ever succeed, so the message fails at once. */
export function invalidRequestError(reason: string): WhatsAppSendError {
  return new WhatsAppSendError(INVALID_REQUEST_CODE, reason, false);
}
