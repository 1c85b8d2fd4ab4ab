import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import {
  entraOpenIdConfigUrl,
  fetchOpenIdConfiguration,
  type OpenIdConfiguration,
} from './openid-configuration.js';
import { IdentityProviderUnavailableError, TokenRejectedError } from './token-rejection.js';
import { issuerFor, issuerMatches, type TrustedIssuer } from './trusted-issuer.js';
import { rolesFromAppRoles, type VerifiedIdentity } from './verified-identity.js';

/** The delegated scope the tab's app registration exposes for Teams SSO. */
export const ACCESS_AS_USER = 'access_as_user';

/** Only RSA signatures, as Entra issues: never `none`, never a shared-secret (HS*) algorithm. */
const ALGORITHMS = ['RS256'];

/** Longer tokens are refused before any parsing. Entra's access tokens are a few kilobytes. */
const MAX_TOKEN_LENGTH = 16 * 1024;

export interface EntraTokenValidatorOptions {
  /** The app's client id: the accepted audience is it or any `api://…/<clientId>`. Unset: nothing is accepted. */
  readonly clientId: string | undefined;
  /** Default: Entra's v2.0 configuration for `tenantId`, or `organizations` when there is none. */
  readonly openIdConfigUrl?: string | undefined;
  /** Used for the default OpenID configuration URL. */
  readonly tenantId?: string | undefined;
  /** Tenants whose tokens Entra's issuer may present; `'any'` for every tenant. */
  readonly allowedTenants: readonly string[] | 'any';
  /** More issuers, checked by the same code (the dev sign-in's local issuer). */
  readonly extraIssuers?: readonly TrustedIssuer[];
  /** Seconds of clock skew allowed on `exp` and `nbf`; default 60. */
  readonly clockToleranceSeconds?: number;
  /** Timeout of the OpenID configuration and JWKS requests; default 5 s. */
  readonly timeoutMs?: number;
  /** After a JWKS fetch, how long an unknown `kid` waits before it may cause another; default 30 s. */
  readonly jwksCooldownMs?: number;
  /** How long fetched keys are trusted without refetching; default 10 min. */
  readonly jwksMaxAgeMs?: number;
  /** How long the OpenID configuration is kept; default 24 h. */
  readonly configMaxAgeMs?: number;
  readonly now?: () => Date;
  readonly fetch?: typeof fetch;
}

export interface TokenValidator {
  /**
   * The identity a bearer token proves. Throws TokenRejectedError (with the failed check) for a token
   * that is not acceptable, IdentityProviderUnavailableError when the keys could not be fetched.
   */
  validate(token: string): Promise<VerifiedIdentity>;
}

/**
 * Validates Teams SSO access tokens (Entra ID v2.0) with jose: RS256 signature against the JWKS of the
 * OpenID configuration (keys cached, refetched on an unknown `kid` after a cooldown), issuer (the
 * `{tenantid}` template filled with the token's `tid`), audience, `exp`/`nbf` with clock tolerance,
 * the tenant allow-list and the `access_as_user` scope.
 */
export function createEntraTokenValidator(options: EntraTokenValidatorOptions): TokenValidator {
  const configUrl = options.openIdConfigUrl ?? entraOpenIdConfigUrl(options.tenantId);
  const timeoutMs = options.timeoutMs ?? 5_000;
  const configMaxAgeMs = options.configMaxAgeMs ?? 24 * 60 * 60 * 1000;
  const entraTenants = options.allowedTenants === 'any' ? undefined : new Set<string>(options.allowedTenants);
  const extraIssuers = options.extraIssuers ?? [];

  let entra: { issuer: Promise<TrustedIssuer>; loadedAt: number; jwksUri?: string } | undefined;
  let keys: { uri: string; set: ReturnType<typeof createRemoteJWKSet> } | undefined;

  const remoteKeys = (configuration: OpenIdConfiguration) => {
    if (keys?.uri !== configuration.jwksUri) {
      keys = {
        uri: configuration.jwksUri,
        set: createRemoteJWKSet(new URL(configuration.jwksUri), {
          timeoutDuration: timeoutMs,
          cooldownDuration: options.jwksCooldownMs ?? 30_000,
          cacheMaxAge: options.jwksMaxAgeMs ?? 10 * 60 * 1000,
        }),
      };
    }
    return keys.set;
  };

  /** Entra's issuer, from its OpenID configuration; fetched once, again after configMaxAgeMs or a failure. */
  const entraIssuer = (): Promise<TrustedIssuer> => {
    if (!entra || Date.now() - entra.loadedAt > configMaxAgeMs) {
      const issuer = fetchOpenIdConfiguration(configUrl, timeoutMs, options.fetch).then((configuration) => ({
        issuer: configuration.issuer,
        keys: remoteKeys(configuration),
        allowedTenants: entraTenants,
      }));
      const loading = { issuer, loadedAt: Date.now() };
      entra = loading;
      issuer.catch(() => {
        if (entra === loading) entra = undefined;
      });
    }
    return entra.issuer;
  };

  const trustedIssuerOf = async (iss: string): Promise<TrustedIssuer> => {
    const extra = extraIssuers.find((candidate) => issuerMatches(candidate.issuer, iss));
    if (extra) return extra;
    const fromEntra = await entraIssuer();
    if (issuerMatches(fromEntra.issuer, iss)) return fromEntra;
    throw new TokenRejectedError('bad_issuer');
  };

  return {
    async validate(token) {
      try {
        if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) throw new TokenRejectedError('malformed');
        // Unverified: only picks which issuer's keys to verify with; every claim is checked again below.
        const unverified = decodeJwt(token);
        if (typeof unverified.iss !== 'string') throw new TokenRejectedError('malformed');
        const trusted = await trustedIssuerOf(unverified.iss);
        const { payload } = await jwtVerify(token, trusted.keys, {
          algorithms: ALGORITHMS,
          clockTolerance: options.clockToleranceSeconds ?? 60,
          requiredClaims: ['exp', 'iss', 'aud', 'tid', 'oid'],
          ...(options.now ? { currentDate: options.now() } : {}),
        });
        return checkClaims(payload, trusted, options.clientId);
      } catch (error) {
        throw asValidationError(error);
      }
    },
  };
}

function checkClaims(payload: JWTPayload, trusted: TrustedIssuer, clientId: string | undefined) {
  const tenantId = nonEmpty(payload.tid);
  const userId = nonEmpty(payload.oid);
  if (!tenantId || !userId) throw new TokenRejectedError('malformed');
  if (payload.iss !== issuerFor(trusted.issuer, tenantId)) throw new TokenRejectedError('bad_issuer');
  if (!audienceMatches(payload.aud, trusted.audience ?? clientId))
    throw new TokenRejectedError('bad_audience');
  if (trusted.allowedTenants && !trusted.allowedTenants.has(tenantId))
    throw new TokenRejectedError('tenant_not_allowed');
  const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
  if (!scopes.includes(ACCESS_AS_USER)) throw new TokenRejectedError('missing_scope');

  const upn = nonEmpty(payload.preferred_username);
  const locale = nonEmpty(payload.xms_pl) ?? nonEmpty(payload.xms_tpl);
  const identity: VerifiedIdentity = {
    issuer: payload.iss,
    tenantId,
    userId,
    displayName: nonEmpty(payload.name) ?? upn ?? userId,
    upn,
    roles: rolesFromAppRoles(payload.roles),
    ...(locale ? { locale } : {}),
  };
  return identity;
}

/** The client id itself, or an Application ID URI of the form `api://<anything>/<clientId>`. */
function audienceMatches(aud: unknown, clientId: string | undefined): boolean {
  if (!clientId) return false;
  const audiences = Array.isArray(aud) ? aud : [aud];
  return audiences.some(
    (value) =>
      typeof value === 'string' &&
      (value === clientId || (value.startsWith('api://') && value.endsWith(`/${clientId}`))),
  );
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** jose's errors as the validator's: a rejection with its reason, or the provider being unavailable. */
function asValidationError(error: unknown): Error {
  if (error instanceof TokenRejectedError || error instanceof IdentityProviderUnavailableError) return error;
  if (error instanceof errors.JWTExpired) return new TokenRejectedError('expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return new TokenRejectedError('not_yet_valid');
    return new TokenRejectedError('malformed');
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return new TokenRejectedError('bad_algorithm');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return new TokenRejectedError('unknown_key');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenRejectedError('bad_signature');
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JWKInvalid
  )
    return new TokenRejectedError('malformed');
  // A JWKS that timed out, did not answer 200 or was not a key set; or the network failed.
  return new IdentityProviderUnavailableError('the signing keys could not be fetched', { cause: error });
}
