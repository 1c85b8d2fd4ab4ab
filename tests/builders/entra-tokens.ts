import { createHmac } from 'node:crypto';
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';

/** An RS256 signing key as Entra has them: a key id, the private half, the public JWK and PEM. */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
  /** The public key as PEM (SPKI): its bytes are what an "HS256 with the public key" attack uses. */
  readonly publicPem: string;
}

let keyCount = 0;

export async function makeSigningKey(kid = `test-key-${++keyCount}`): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}

export interface TokenOptions {
  readonly issuer: string;
  readonly audience: string | string[];
  /** Seconds from now; negative for an expired token. Default 3600. */
  readonly expiresIn?: number;
  /** Seconds from now of `nbf`; default -60. */
  readonly notBefore?: number;
  /** Header `kid`; default the key's. */
  readonly kid?: string;
}

/** The claims of an Entra v2.0 access token for the tab (Teams SSO); override any of them. */
export function entraClaims(overrides: JWTPayload = {}): JWTPayload {
  return {
    tid: '11111111-1111-4111-8111-111111111111',
    oid: 'aaaaaaaa-0000-4000-8000-000000000001',
    name: 'Ann Advisor',
    preferred_username: 'ann@contoso.example',
    scp: 'access_as_user',
    roles: [],
    ver: '2.0',
    ...overrides,
  };
}

/** Signs `claims` as Entra would (RS256); `issuer` may hold `{tenantid}`, filled with the claims' `tid`. */
export async function signToken(key: SigningKey, claims: JWTPayload, options: TokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? key.kid })
    .setIssuer(options.issuer.split('{tenantid}').join(String(claims.tid)))
    .setAudience(options.audience)
    .setIssuedAt(now - 60)
    .setNotBefore(now + (options.notBefore ?? -60))
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsecured token (`alg: none`) carrying `payload`. */
export function unsignedToken(payload: JWTPayload): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
}

/** The classic key-confusion attack: HS256, with the RSA public key's PEM bytes as the HMAC secret. */
export function hs256Token(payload: JWTPayload, secret: string, kid?: string): string {
  const signingInput = `${b64({ alg: 'HS256', typ: 'JWT', ...(kid ? { kid } : {}) })}.${b64(payload)}`;
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

/** The token with its payload changed and the original signature kept. */
export function tamperedToken(token: string, change: (payload: JWTPayload) => JWTPayload): string {
  const [header, payload, signature] = token.split('.');
  const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as JWTPayload;
  return `${header}.${b64(change(decoded))}.${signature}`;
}

/** The payload of a token, unverified (for building attacks from a good token). */
export function payloadOf(token: string): JWTPayload {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as JWTPayload;
}
