import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_USERS } from '../../../shared/adapters/identity/dev-users.js';
import { tenants, users } from '../../../shared/adapters/store/schema.js';
import { errorText } from '../../../shared/i18n/error-texts.js';
import { entraClaims, payloadOf, signToken, tamperedToken } from '../../builders/entra-tokens.js';
import { FakeEntra } from './fake-entra.js';
import { startIdentityServer, type IdentityServer } from './identity-server.js';

const EMULATOR_NUMBER = '106540352242922';

let dev: IdentityServer;
let plain: IdentityServer;
let entra: FakeEntra;

beforeAll(async () => {
  entra = await new FakeEntra().start();
  [dev, plain] = await Promise.all([
    startIdentityServer(
      { AUTH_MODE: 'dev', PUBLIC_URL: 'http://localhost:3978', AAD_OPENID_CONFIG_URL: entra.openIdConfigUrl },
      { devSenderPhoneNumberId: () => EMULATOR_NUMBER },
    ),
    startIdentityServer({ AAD_CLIENT_ID: 'dev-client', AAD_OPENID_CONFIG_URL: entra.openIdConfigUrl }),
  ]);
});

afterAll(async () => {
  await Promise.all([dev?.close(), plain?.close(), entra?.close()]);
});

async function devToken(server: IdentityServer, userId: unknown, acceptLanguage = 'en') {
  const res = await fetch(`${server.base}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': acceptLanguage },
    body: JSON.stringify({ userId }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('AUTH_MODE=dev', () => {
  it('GET /dev/sign-in is a self-contained page with a button per demo user', async () => {
    const res = await fetch(`${dev.base}/dev/sign-in`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    for (const name of ['Alice Martin', 'Bob Chen', 'Carla Admin', 'Dan Compliance', 'Erin Other'])
      expect(html).toContain(name);
    expect(html).toContain('dev-tenant-2');
    expect(html.match(/<button /g)).toHaveLength(DEV_USERS.length);
    expect(html).not.toMatch(/<(script|link|img)[^>]+src=/);
  });

  it('POST /dev/token issues a 1 h RS256 token, with the access_as_user scope and the app roles', async () => {
    const { status, body } = await devToken(dev, 'dev-carla');
    expect(status).toBe(200);
    expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    const token = String(body.accessToken);
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as {
      alg: string;
    };
    expect(header.alg).toBe('RS256');
    const claims = payloadOf(token);
    expect(claims).toMatchObject({
      iss: 'http://localhost:3978/dev-auth/dev-tenant/v2.0',
      aud: 'dev-client',
      tid: 'dev-tenant',
      oid: 'dev-carla',
      scp: 'access_as_user',
      roles: ['Admin'],
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
  });

  it('a dev token is accepted by /api/v1/me: demo users are licensed, dev-tenant enabled on the emulator number', async () => {
    const { body } = await devToken(dev, 'dev-carla');
    const res = await dev.get('/api/v1/me', String(body.accessToken));
    expect(res.body).toEqual({
      userId: 'dev-carla',
      tenantId: 'dev-tenant',
      displayName: 'Carla Admin',
      roles: ['admin'],
      licensed: true,
      whatsappEnabled: true,
    });
    expect(
      (await dev.database.db.select().from(tenants).where(eq(tenants.id, 'dev-tenant')))[0],
    ).toMatchObject({
      whatsappEnabled: true,
      senderPhoneNumberId: EMULATOR_NUMBER,
    });
  });

  it("a demo user's licence, once revoked by an admin, stays revoked on their next requests", async () => {
    const { body } = await devToken(dev, 'dev-bob');
    const token = String(body.accessToken);
    expect((await dev.get('/api/v1/me', token)).body).toMatchObject({ userId: 'dev-bob', licensed: true });
    await dev.database.db
      .update(users)
      .set({ whatsappLicensed: false })
      .where(and(eq(users.tenantId, 'dev-tenant'), eq(users.id, 'dev-bob')));
    expect((await dev.get('/api/v1/me', token)).body).toMatchObject({ userId: 'dev-bob', licensed: false });
  });

  it('the second demo tenant is separate and stays disabled', async () => {
    const { body } = await devToken(dev, 'dev-erin');
    const res = await dev.get('/api/v1/me', String(body.accessToken));
    expect(res.body).toMatchObject({
      tenantId: 'dev-tenant-2',
      userId: 'dev-erin',
      licensed: true,
      whatsappEnabled: false,
    });
    const dan = await devToken(dev, 'dev-dan');
    expect((await dev.get('/api/v1/me', String(dan.body.accessToken))).body).toMatchObject({
      tenantId: 'dev-tenant',
      roles: ['compliance'],
    });
  });

  it('dev tokens go through the same checks: a tampered one is refused', async () => {
    const { body } = await devToken(dev, 'dev-alice');
    const forged = tamperedToken(String(body.accessToken), (p) => ({ ...p, roles: ['Admin'] }));
    expect((await dev.get('/api/v1/me', forged)).status).toBe(401);
    expect(dev.logs.join('\n')).toContain('"reason":"bad_signature"');
  });

  it("the dev audience is the dev issuer's only: an Entra token for 'dev-client' is refused", async () => {
    const token = await signToken(entra.key, entraClaims(), { issuer: entra.issuer, audience: 'dev-client' });
    expect((await dev.get('/api/v1/me', token)).status).toBe(401);
    expect(dev.logs.join('\n')).toContain('"reason":"bad_audience"');
  });

  it('an unknown user or a malformed body is a 400 naming the field, localized', async () => {
    const unknown = await devToken(dev, 'dev-mallory', 'es');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({
      error: { code: 'invalid_request', message: errorText('es', 'invalid_request', { field: 'userId' }) },
    });
    const res = await fetch(`${dev.base}/dev/token`, { method: 'POST', body: '{not json' });
    expect(res.status).toBe(400);
  });

  it('serves the public key set of the dev issuer, without the private key', async () => {
    const res = await fetch(`${dev.base}/dev-auth/keys`);
    const jwks = (await res.json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('AUTH_MODE unset', () => {
  it('the dev sign-in routes do not exist', async () => {
    expect((await fetch(`${plain.base}/dev/sign-in`)).status).toBe(404);
    expect((await fetch(`${plain.base}/dev-auth/keys`)).status).toBe(404);
    const token = await devToken(plain, 'dev-carla');
    expect(token.status).toBe(404);
    expect(token.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it("a dev server's token is refused, even with the same audience: the dev issuer is not trusted", async () => {
    const { body } = await devToken(dev, 'dev-carla');
    const res = await plain.get('/api/v1/me', String(body.accessToken));
    expect(res.status).toBe(401);
    expect(plain.logs.join('\n')).toContain('"reason":"bad_issuer"');
    expect(await plain.counts()).toEqual({ tenants: 0, users: 0 });
  });
});
