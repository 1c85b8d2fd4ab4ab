import { IdentityProviderUnavailableError } from './token-rejection.js';

/** The two fields of an OpenID Provider configuration the validator needs. */
export interface OpenIdConfiguration {
  /** May hold Entra's `{tenantid}` template for multi-tenant endpoints (`common`, `organizations`). */
  readonly issuer: string;
  readonly jwksUri: string;
}

/** Entra ID's v2.0 OpenID configuration for a tenant, or for any work account (`organizations`). */
export function entraOpenIdConfigUrl(tenantId: string | undefined): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId ?? 'organizations')}/v2.0/.well-known/openid-configuration`;
}

/** Fetches and checks an OpenID configuration; throws IdentityProviderUnavailableError when it cannot. */
export async function fetchOpenIdConfiguration(
  url: string,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<OpenIdConfiguration> {
  let body: unknown;
  try {
    const res = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    body = await res.json();
  } catch (error) {
    throw new IdentityProviderUnavailableError(`the OpenID configuration could not be fetched`, {
      cause: error,
    });
  }
  const { issuer, jwks_uri: jwksUri } = (body ?? {}) as { issuer?: unknown; jwks_uri?: unknown };
  if (typeof issuer !== 'string' || issuer === '' || typeof jwksUri !== 'string' || !isHttpUrl(jwksUri))
    throw new IdentityProviderUnavailableError('the OpenID configuration has no issuer or jwks_uri');
  return { issuer, jwksUri };
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
