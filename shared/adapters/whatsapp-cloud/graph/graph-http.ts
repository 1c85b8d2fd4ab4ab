import type { WhatsAppSendError } from '../../../ports/whatsapp-gateway.js';
import { sendErrorFromAnswer, transportError } from './graph-errors.js';

type LogFn = (fields: object, message?: string) => void;

/** What the Graph clients log: never the token, never a request or answer body. A pino Logger satisfies it. */
export interface GraphLogger {
  readonly warn: LogFn;
}

/** The access token, or where to find the token for the id a request is about (phone number or WABA). */
export type GraphAccessToken = string | ((id: string) => string | Promise<string>);

/** What every Graph client takes: where Graph is, how long to wait for it, how often to try at once. */
export interface GraphHttpOptions {
  readonly accessToken: GraphAccessToken;
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

/** A 2xx answer from Graph, its body parsed as JSON (undefined when empty or not JSON). */
export interface GraphAnswer {
  readonly status: number;
  readonly body: unknown;
}

export interface GraphRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly token: string;
  /** A JSON string (sent as application/json) or a FormData (multipart, boundary set by fetch). */
  readonly body?: string | FormData;
  /** Logged with failures. */
  readonly operation: string;
  /** The id the request is about (phone number, media, WABA), logged with failures. */
  readonly subject: Readonly<Record<string, string>>;
  /**
   * A request that cannot have an effect twice (a GET): a timeout is tried again at once. A timed-out POST
   * may have reached WhatsApp, so its next try is left to the job, after its backoff.
   */
  readonly idempotent?: boolean;
}

/** A non-2xx answer or no answer, as the port's typed error, plus what helps to tell why. */
export interface GraphFailure {
  readonly error: WhatsAppSendError;
  /** The HTTP status, when Graph answered. */
  readonly status?: number;
  /** Graph's `error.error_subcode`, when it sent one. */
  readonly subcode?: number;
}

/** Thrown by GraphHttp.request: the typed error with the HTTP status and subcode behind it. */
export class GraphRequestError extends Error {
  constructor(readonly failure: GraphFailure) {
    super(failure.error.message, { cause: failure.error });
    this.name = 'GraphRequestError';
  }
}

/** One try: a value, or why it failed and whether to try again at once. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly failure: GraphFailure;
      /** A network error or a 5xx: worth another try at once. */
      readonly immediately: boolean;
      readonly fbtraceId?: string;
    };

export type Failed = Extract<Outcome<unknown>, { ok: false }>;

/**
 * The part every Graph client shares: URLs, token resolution, the per-request timeout, immediate retries of
 * network errors and 5xx, Graph's error answers as typed errors. Logs neither tokens nor bodies.
 */
export class GraphHttp {
  readonly baseUrl: string;
  readonly apiVersion: string;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger: GraphLogger;
  private readonly immediateRetries: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(private readonly options: GraphHttpOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
    this.apiVersion = options.apiVersion ?? DEFAULT_GRAPH_API_VERSION;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.immediateRetries = options.immediateRetries ?? 2;
    this.retryDelaysMs = options.retryDelaysMs ?? [250, 1000];
    this.fetch = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? realSleep;
    this.logger = options.logger ?? silent;
  }

  /** `{baseUrl}/{version}/{segment}/...`, each segment URL-encoded. */
  url(...segments: readonly string[]): string {
    return [this.baseUrl, this.apiVersion, ...segments.map(encodeURIComponent)].join('/');
  }

  async token(id: string): Promise<string> {
    const source = this.options.accessToken;
    return typeof source === 'string' ? source : source(id);
  }

  /** A 2xx answer, or a GraphRequestError after the immediate retries. */
  async request(request: GraphRequest): Promise<GraphAnswer> {
    return this.retrying(request, () => this.attempt(request));
  }

  /** Runs `attempt` until it succeeds, fails for good, or the immediate retries run out (GraphRequestError). */
  async retrying<T>(
    about: Pick<GraphRequest, 'operation' | 'subject'>,
    attempt: () => Promise<Outcome<T>>,
  ): Promise<T> {
    for (let n = 0; ; n++) {
      const outcome = await attempt();
      if (outcome.ok) return outcome.value;
      const { error } = outcome.failure;
      const again = outcome.immediately && n < this.immediateRetries;
      this.logger.warn(
        {
          operation: about.operation,
          ...about.subject,
          code: error.code,
          retryable: error.retryable,
          attempt: n + 1,
          ...(outcome.fbtraceId ? { fbtraceId: outcome.fbtraceId } : {}),
        },
        again ? 'WhatsApp request failed; retrying' : `WhatsApp request failed: ${error.title}`,
      );
      if (!again) throw new GraphRequestError(outcome.failure);
      await this.sleep(this.retryDelaysMs[Math.min(n, this.retryDelaysMs.length - 1)] ?? 0);
    }
  }

  private async attempt(request: GraphRequest): Promise<Outcome<GraphAnswer>> {
    let response: Response;
    let body: unknown;
    try {
      response = await this.fetch(request.url, {
        method: request.method,
        headers: {
          authorization: `Bearer ${request.token}`,
          ...(typeof request.body === 'string' ? { 'content-type': 'application/json' } : {}),
        },
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = await readJson(response);
    } catch (error) {
      return noAnswer(error, request.idempotent === true);
    }
    if (response.ok) return { ok: true, value: { status: response.status, body } };
    return failedAnswer(response, body);
  }
}

/**
 * A request that got no answer. A timed-out request may have reached WhatsApp: unless it is idempotent, the
 * next try is left to the job, after its backoff. A network error is worth another try at once.
 */
export function noAnswer(error: unknown, idempotent: boolean): Failed {
  if (isTimeout(error))
    return { ok: false, failure: { error: transportError('timeout') }, immediately: idempotent };
  return {
    ok: false,
    failure: { error: transportError('network', networkDetail(error)) },
    immediately: true,
  };
}

/** A non-2xx answer as an outcome: a 5xx is worth another try at once, unless Graph said how long to wait. */
export function failedAnswer(response: Response, body: unknown): Failed {
  const error = sendErrorFromAnswer(response.status, body, response.headers.get('retry-after'));
  const fbtraceId = fbtraceIdOf(body);
  const subcode = subcodeOf(body);
  return {
    ok: false,
    failure: { error, status: response.status, ...(subcode === undefined ? {} : { subcode }) },
    immediately: error.retryable && response.status >= 500 && error.retryAfterMs === undefined,
    ...(fbtraceId ? { fbtraceId } : {}),
  };
}

export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function fbtraceIdOf(body: unknown): string | undefined {
  const id = (body as { error?: { fbtrace_id?: unknown } } | undefined)?.error?.fbtrace_id;
  return typeof id === 'string' ? id : undefined;
}

function subcodeOf(body: unknown): number | undefined {
  const subcode = (body as { error?: { error_subcode?: unknown } } | undefined)?.error?.error_subcode;
  return typeof subcode === 'number' ? subcode : undefined;
}

export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** The system error code of a failed fetch (ECONNREFUSED, ENOTFOUND...), never the request. */
export function networkDetail(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}
