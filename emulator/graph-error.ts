/** Graph's error answers, in Meta's shape. */

export interface GraphAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface GraphErrorSpec {
  readonly status: number;
  readonly code: number;
  readonly message: string;
  readonly details?: string;
  readonly subcode?: number;
}

/** Meta's titles of the codes the emulator answers with. */
export const ERROR_TITLES: Readonly<Record<number, string>> = {
  100: 'Invalid parameter',
  131008: 'Required parameter is missing',
  131026: 'Message undeliverable',
  131047: 'Re-engagement message',
  131051: 'Message type unknown',
  131053: 'Media upload error',
  130429: 'Rate limit hit',
  132000: 'Number of parameters does not match the expected number of params',
  132001: 'Template name does not exist in the translation',
  132015: 'Template is Paused',
  132016: 'Template is disabled',
  132018: 'There was an issue with the parameters in your template.',
};

export class GraphError extends Error {
  constructor(readonly spec: GraphErrorSpec) {
    super(spec.message);
  }
}

/** A `(#code) title` error; `status` defaults to 400. */
export function graphError(code: number, details?: string, status = 400, subcode?: number): GraphError {
  const title = ERROR_TITLES[code] ?? 'Error';
  return new GraphError({
    status,
    code,
    message: `(#${code}) ${title}`,
    ...(details !== undefined ? { details } : {}),
    ...(subcode !== undefined ? { subcode } : {}),
  });
}

export function invalidParameter(details: string): GraphError {
  return graphError(100, details);
}

export function errorBody(spec: GraphErrorSpec, fbtraceId: string): unknown {
  return {
    error: {
      message: spec.message,
      type: 'OAuthException',
      code: spec.code,
      ...(spec.subcode !== undefined ? { error_subcode: spec.subcode } : {}),
      error_data: { messaging_product: 'whatsapp', details: spec.details ?? spec.message },
      fbtrace_id: fbtraceId,
    },
  };
}

/** The answer to a missing or wrong access token (HTTP 401, code 190, no error_data). */
export function authErrorBody(fbtraceId: string): unknown {
  return {
    error: {
      message: 'Invalid OAuth access token - Cannot parse access token',
      type: 'OAuthException',
      code: 190,
      fbtrace_id: fbtraceId,
    },
  };
}

/** Graph's answer to an id it does not know (code 100, subcode 33). */
export function unknownObject(id: string, method: 'get' | 'post'): GraphError {
  return new GraphError({
    status: 400,
    code: 100,
    subcode: 33,
    message: `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  });
}
