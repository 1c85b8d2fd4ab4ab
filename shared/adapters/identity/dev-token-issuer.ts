import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
} from 'jose';
import { ACCESS_AS_USER } from './entra-token-validator.js';
import { DEV_USERS, type DevUser } from './dev-users.js';
import { issuerFor, TENANT_PLACEHOLDER, type TrustedIssuer } from './trusted-issuer.js';

/** Dev tokens live as long as Entra's usually do. */
export const DEV_TOKEN_LIFETIME_SECONDS = 3600;

export interface DevTokenIssuerOptions {
  /** The server's public URL, without a trailing slash: the issuer is `{publicUrl}/dev-auth/{tenant}/v2.0`. */
  readonly publicUrl: string;
  /** The `aud` of the tokens: the app's client id, or DEV_CLIENT_ID. */
  readonly audience: string;
  readonly now?: () => Date;
}

export interface IssuedDevToken {
  readonly accessToken: string;
  readonly expiresIn: number;
}

/**
 * The dev sign-in's local identity provider: an RS256 key pair made at start and kept in memory only,
 * signing Entra-shaped access tokens for the demo users. The validator trusts it as one more issuer,
 * so dev tokens take the same validation path as Entra's.
 */
export interface DevTokenIssuer {
  /** The issuer template, with `{tenantid}`. */
  readonly issuer: string;
  /** What the token validator is given: this issuer, its keys, and only the demo tenants. */
  readonly trustedIssuer: TrustedIssuer;
  /** The public key set (served at /dev-auth/keys). */
  jwks(): Promise<JSONWebKeySet>;
  issue(user: DevUser): Promise<IssuedDevToken>;
}

export function createDevTokenIssuer(options: DevTokenIssuerOptions): DevTokenIssuer {
  const issuer = `${options.publicUrl}/dev-auth/${TENANT_PLACEHOLDER}/v2.0`;
  const kid = `dev-${randomUUID()}`;
  const keys = (async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
    const jwks: JSONWebKeySet = { keys: [publicJwk] };
    return { privateKey: pair.privateKey as CryptoKey, jwks, verify: createLocalJWKSet(jwks) };
  })();

  return {
    issuer,
    trustedIssuer: {
      issuer,
      audience: options.audience,
      keys: async (header, token) => (await keys).verify(header, token),
      allowedTenants: new Set(DEV_USERS.map((user) => user.tenantId)),
    },
    jwks: async () => structuredClone((await keys).jwks),
    async issue(user) {
      const { privateKey } = await keys;
      const now = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
      const accessToken = await new SignJWT({
        tid: user.tenantId,
        oid: user.id,
        name: user.displayName,
        preferred_username: user.upn,
        scp: ACCESS_AS_USER,
        roles: [...user.appRoles],
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
        .setIssuer(issuerFor(issuer, user.tenantId))
        .setAudience(options.audience)
        .setSubject(user.id)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + DEV_TOKEN_LIFETIME_SECONDS)
        .setJti(randomUUID())
        .sign(privateKey);
      return { accessToken, expiresIn: DEV_TOKEN_LIFETIME_SECONDS };
    },
  };
}
