import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/**
 * MSAL's HTTP client over fetch: it follows the URLs of the authority metadata as given (http or https),
 * which MSAL's own client does not, so tests can point it at a local token endpoint. A network failure
 * rejects; any HTTP answer, error or not, goes back to MSAL to read.
 */
export function fetchNetworkClient(timeoutMs: number, fetchImpl: typeof fetch = fetch): INetworkModule {
  async function send<T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions) {
    const response = await fetchImpl(url, {
      method,
      headers: options?.headers ?? {},
      ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: unknown = {};
    try {
      body = text ? (JSON.parse(text) as unknown) : {};
    } catch {
      body = { error: 'invalid_response', error_description: `HTTP ${response.status}, not JSON` };
    }
    const answer: NetworkResponse<T> = {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: body as T,
    };
    return answer;
  }
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
