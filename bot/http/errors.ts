/** An error an HTTP handler may throw to answer with `{error:{code,message}}` and the given status. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** The values the message was built from, answered with it for clients that word errors themselves. */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}

export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly params?: Readonly<Record<string, string | number>>;
  };
}

/** Codes and client-safe messages for errors raised by restify itself (routing, content negotiation). */
const BY_STATUS: Readonly<Record<number, { code: string; message: string }>> = {
  400: { code: 'bad_request', message: 'The request is malformed.' },
  401: { code: 'unauthorized', message: 'Authentication is required.' },
  403: { code: 'forbidden', message: 'You are not allowed to do this.' },
  404: { code: 'not_found', message: 'There is nothing at this address.' },
  405: { code: 'method_not_allowed', message: 'This address does not accept that method.' },
  406: { code: 'not_acceptable', message: 'The requested response format is not available.' },
  408: { code: 'request_timeout', message: 'The request took too long.' },
  413: { code: 'payload_too_large', message: 'The request body is too large.' },
  415: { code: 'unsupported_media_type', message: 'The request body has an unsupported content type.' },
  429: { code: 'too_many_requests', message: 'Too many requests; slow down.' },
  503: { code: 'service_unavailable', message: 'The service is not available right now.' },
};

const INTERNAL = { code: 'internal_error', message: 'Something went wrong on the server.' };

/** The HTTP status an error answers with: its numeric statusCode, else 500. */
export function statusOf(error: unknown): number {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}

/**
 * The one place that turns any error into the response body. HttpError keeps its code and message;
 * other errors get a generic code and message for their status, so internal details never leak.
 */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof HttpError) {
    const { code, message, params } = error;
    return { error: Object.keys(params).length > 0 ? { code, message, params } : { code, message } };
  }
  const status = statusOf(error);
  return { error: BY_STATUS[status] ?? INTERNAL };
}
