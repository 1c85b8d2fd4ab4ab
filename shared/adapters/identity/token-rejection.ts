/** Why a bearer token was refused. Logged, never told to the client (it would guide an attacker). */
export const TOKEN_REJECTION_REASONS = [
  'expired',
  'not_yet_valid',
  'bad_audience',
  'bad_issuer',
  'tenant_not_allowed',
  'unknown_key',
  'bad_signature',
  'bad_algorithm',
  'missing_scope',
  'malformed',
] as const;
export type TokenRejectionReason = (typeof TOKEN_REJECTION_REASONS)[number];

/** The token is not acceptable; `reason` says which check failed. The message never contains the token. */
export class TokenRejectedError extends Error {
  override readonly name = 'TokenRejectedError';

  constructor(readonly reason: TokenRejectionReason) {
    super(`token rejected: ${reason}`);
  }
}

/**
 * The token could not be checked because the identity provider (OpenID configuration or JWKS) did not
 * answer: the caller is not at fault, so this is answered 503, not 401.
 */
export class IdentityProviderUnavailableError extends Error {
  override readonly name = 'IdentityProviderUnavailableError';
}
