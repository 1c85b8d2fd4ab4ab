import type { OutboundRequest, WhatsAppGateway } from '../../../ports/whatsapp-gateway.js';
import type { WhatsAppSendError } from '../../../ports/whatsapp-gateway.js';
import { invalidRequestError, sendErrorFromAnswer, transportError } from './graph-errors.js';
import { markReadBody, messageBody } from './message-bodies.js';

type LogFn = (fields: object, message?: string) => void;

/** What the gateway logs: never the token, never a message body. A pino Logger satisfies it. */
export interface GraphLogger {
  readonly warn: LogFn;
}

export interface GraphWhatsAppGatewayOptions {
  /** The system user's access token, or where to find the token of a phone number (multi-tenant). */
  readonly accessToken: string | ((phoneNumberId: string) => string | Promise<string>);
  /** Default https://graph.facebook.com */
  readonly baseUrl?: string;
  /** Default v23.0 */
  readonly apiVersion?: string;
  /** Default 15 s per request. */
  readonly timeoutMs?: number;
  /** Immediate retries after a network error or a 5xx, before the job's own retries take over. Default 2. */
  readonly immediateRetries?: number;
  /** Wait before each immediate retry; the last entry repeats. Default [250, 1000] ms. */
  readonly retryDelaysMs?: readonly number[];
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly logger?: GraphLogger;
}

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.facebook.com';
export const DEFAULT_GRAPH_API_VERSION = 'v23.0';

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const silent: GraphLogger = { warn: () => undefined };

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** The WhatsApp Cloud API over HTTPS: POST {baseUrl}/{version}/{phone-number-id}/messages with a Bearer token. */
export class GraphWhatsAppGateway implements WhatsAppGateway {
  private readonly baseUrl: string;
  private readonly apiVersion: string;
  private readonly timeoutMs: number;
  private readonly immediateRetries: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly logger: GraphLogger;

  constructor(private readonly options: GraphWhatsAppGatewayOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
    this.apiVersion = options.apiVersion ?? DEFAULT_GRAPH_API_VERSION;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.immediateRetries = options.immediateRetries ?? 2;
    this.retryDelaysMs = options.retryDelaysMs ?? [250, 1000];
    this.fetch = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? realSleep;
    this.logger = options.logger ?? silent;
  }

  async send(request: OutboundRequest): Promise<{ readonly wamid: string }> {
    let body: object;
    try {
      body = messageBody(request);
    } catch (error) {
      throw invalidRequestError(error instanceof Error ? error.message : String(error));
    }
    const answer = await this.post(request.phoneNumberId, body, 'send');
    const wamid = wamidOf(answer.body);
    if (!wamid) throw new Error(`WhatsApp accepted the message but its answer has no messages[0].id`);
    return { wamid };
  }

  async markRead(phoneNumberId: string, wamid: string): Promise<void> {
    await this.post(phoneNumberId, markReadBody(wamid), 'markRead');
  }

  /** POSTs to /messages; a 2xx answer, or a WhatsAppSendError after the immediate retries. */
  private async post(phoneNumberId: string, body: object, operation: string): Promise<Answer> {
    const url = `${this.baseUrl}/${this.apiVersion}/${encodeURIComponent(phoneNumberId)}/messages`;
    const token =
      typeof this.options.accessToken === 'string'
        ? this.options.accessToken
        : await this.options.accessToken(phoneNumberId);
    const payload = JSON.stringify(body);
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(url, token, payload);
      if (outcome.ok) return outcome.answer;
      const again = outcome.immediately && attempt < this.immediateRetries;
      this.logger.warn(
        {
          operation,
          phoneNumberId,
          code: outcome.error.code,
          retryable: outcome.error.retryable,
          attempt: attempt + 1,
          ...(outcome.fbtraceId ? { fbtraceId: outcome.fbtraceId } : {}),
        },
        again ? 'WhatsApp request failed; retrying' : `WhatsApp request failed: ${outcome.error.title}`,
      );
      if (!again) throw outcome.error;
      await this.sleep(this.retryDelaysMs[Math.min(attempt, this.retryDelaysMs.length - 1)] ?? 0);
    }
  }

  private async attempt(url: string, token: string, payload: string): Promise<Outcome> {
    let response: Response;
    let body: unknown;
    try {
      response = await this.fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: payload,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = await readJson(response);
    } catch (error) {
      if (isTimeout(error))
        // The request may have reached WhatsApp: leave the next try to the job, after its backoff.
        return { ok: false, error: transportError('timeout'), immediately: false };
      return { ok: false, error: transportError('network', networkDetail(error)), immediately: true };
    }
    if (response.ok) return { ok: true, answer: { status: response.status, body } };
    const error = sendErrorFromAnswer(response.status, body, response.headers.get('retry-after'));
    const fbtraceId = fbtraceIdOf(body);
    return {
      ok: false,
      error,
      // A 5xx is worth another try at once, unless Graph said how long to wait.
      immediately: error.retryable && response.status >= 500 && error.retryAfterMs === undefined,
      ...(fbtraceId ? { fbtraceId } : {}),
    };
  }
}

type Outcome =
  | { readonly ok: true; readonly answer: Answer }
  | {
      readonly ok: false;
      readonly error: WhatsAppSendError;
      /** A network error or a 5xx: worth another try at once. */
      readonly immediately: boolean;
      readonly fbtraceId?: string;
    };

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function wamidOf(body: unknown): string | undefined {
  const messages = (body as { messages?: unknown } | undefined)?.messages;
  const id = Array.isArray(messages) ? (messages[0] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

function fbtraceIdOf(body: unknown): string | undefined {
  const id = (body as { error?: { fbtrace_id?: unknown } } | undefined)?.error?.fbtrace_id;
  return typeof id === 'string' ? id : undefined;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** The system error code of a failed fetch (ECONNREFUSED, ENOTFOUND...), never the request. */
function networkDetail(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}
