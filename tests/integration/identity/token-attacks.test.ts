import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tenants, users } from '../../../shared/adapters/store/schema.js';
import { errorText } from '../../../shared/i18n/error-texts.js';
import {
  entraClaims,
  hs256Token,
  makeSigningKey,
  payloadOf,
  signToken,
  tamperedToken,
  unsignedToken,
  type SigningKey,
} from '../../builders/entra-tokens.js';
import { FakeEntra } from './fake-entra.js';
import { CLIENT_ID, startIdentityServer, type IdentityServer } from './identity-server.js';

// Every token here claims to be Mallory of an allowed tenant: none of them may create her or her tenant.
const ATTACK_TENANT = '33333333-3333-4333-8333-333333333333';
const OTHER_TENANT = '44444444-4444-4444-8444-444444444444';
const MALLORY = 'bbbbbbbb-0000-4000-8000-0000000000ad';

let entra: FakeEntra;
let server: IdentityServer;

beforeAll(async () => {
  entra = await new FakeEntra().start();
  server = await startIdentityServer(
    {
      AAD_CLIENT_ID: CLIENT_ID,
      AAD_OPENID_CONFIG_URL: entra.openIdConfigUrl,
      AAD_ALLOWED_TENANTS: `${ATTACK_TENANT}, 11111111-1111-4111-8111-111111111111`,
    },
    // No cooldown, so that a rotated key is fetched at once (the cooldown has its own test).
    { validation: { jwksCooldownMs: 0 } },
  );
});

afterAll(async () => {
  await server?.close();
  await entra?.close();
});

const claims = (overrides = {}) =>
  entraClaims({ tid: ATTACK_TENANT, oid: MALLORY, name: 'Mallory', roles: ['Admin'], ...overrides });
const sign = (overrides = {}, options: Partial<Parameters<typeof signToken>[2]> = {}, key?: SigningKey) =>
  signToken(key ?? entra.key, claims(overrides), { issuer: entra.issuer, audience: CLIENT_ID, ...options });

/** Asserts the 401 answer, the logged reason, that the token is in no log, and that nothing was stored. */
async function expectRejected(token: string, reason: string) {
  const logsBefore = server.logs.length;
  const res = await server.get('/api/v1/me', token);
  expect(res.status).toBe(401);
  expect(res.body).toEqual({ error: { code: 'unauthorized', message: errorText('en', 'unauthorized') } });
  expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  const newLogs = server.logs.slice(logsBefore).join('\n');
  expect(newLogs).toContain(`"reason":"${reason}"`);
  if (token.length > 0) expect(newLogs).not.toContain(token.split('.')[2] || token);
  expect(await server.database.db.select().from(tenants).where(eq(tenants.id, ATTACK_TENANT))).toEqual([]);
  expect(await server.database.db.select().from(users).where(eq(users.id, MALLORY))).toEqual([]);
}

describe('the token-attack suite: every token is refused with 401 and creates nothing', () => {
  it('a good token of the attack tenant would be accepted (the attacks below differ in one thing only)', async () => {
    // Checked on another user, so that Mallory's rows stay absent for the attacks.
    const token = await sign({ oid: 'cccccccc-0000-4000-8000-00000000000c', name: 'Control' });
    expect((await server.get('/api/v1/me', token)).status).toBe(200);
    await server.database.db.delete(users).where(eq(users.tenantId, ATTACK_TENANT));
    await server.database.db.delete(tenants).where(eq(tenants.id, ATTACK_TENANT));
  });

  it('expired (beyond the 60 s clock tolerance)', async () => {
    await expectRejected(await sign({}, { expiresIn: -120 }), 'expired');
  });

  it('not yet valid (nbf beyond the 60 s clock tolerance)', async () => {
    await expectRejected(await sign({}, { notBefore: 300 }), 'not_yet_valid');
  });

  it('wrong audience: another app, and an Application ID URI of another client id', async () => {
    await expectRejected(await sign({}, { audience: 'https://graph.microsoft.com' }), 'bad_audience');
    await expectRejected(
      await sign({}, { audience: `api://bot.example.com/${CLIENT_ID}-other` }),
      'bad_audience',
    );
  });

  it('wrong issuer: another authority, and a tenant issuer that does not match the token tid', async () => {
    await expectRejected(
      await sign({}, { issuer: 'https://evil.example.com/{tenantid}/v2.0' }),
      'bad_issuer',
    );
    await expectRejected(await sign({}, { issuer: `${entra.url}/${OTHER_TENANT}/v2.0` }), 'bad_issuer');
  });

  it('tenant not in AAD_ALLOWED_TENANTS', async () => {
    await expectRejected(await sign({ tid: OTHER_TENANT }), 'tenant_not_allowed');
    expect(await server.database.db.select().from(tenants).where(eq(tenants.id, OTHER_TENANT))).toEqual([]);
  });

  it('unknown kid: signed by a key the JWKS does not have', async () => {
    const stranger = await makeSigningKey('not-in-the-jwks');
    await expectRejected(await sign({}, {}, stranger), 'unknown_key');
  });

  it('a known kid on a token signed by another key: bad signature', async () => {
    const stranger = await makeSigningKey();
    await expectRejected(await sign({}, { kid: entra.key.kid }, stranger), 'bad_signature');
  });

  it('alg none', async () => {
    const good = payloadOf(await sign());
    await expectRejected(unsignedToken(good), 'bad_algorithm');
  });

  it('HS256 signed with the public key bytes (key confusion)', async () => {
    const good = payloadOf(await sign());
    await expectRejected(hs256Token(good, entra.key.publicPem, entra.key.kid), 'bad_algorithm');
    await expectRejected(hs256Token(good, JSON.stringify(entra.key.publicJwk)), 'bad_algorithm');
  });

  it('tampered payload: roles, tenant or expiry changed after signing', async () => {
    const token = await sign({ roles: [] });
    await expectRejected(
      tamperedToken(token, (p) => ({ ...p, roles: ['Admin'] })),
      'bad_signature',
    );
    await expectRejected(
      tamperedToken(token, (p) => ({ ...p, exp: Number(p.exp) + 86400 })),
      'bad_signature',
    );
  });

  it('missing access_as_user scope (another scope, or none)', async () => {
    await expectRejected(await sign({ scp: 'User.Read' }), 'missing_scope');
    await expectRejected(await sign({ scp: undefined }), 'missing_scope');
    await expectRejected(await sign({ scp: 'access_as_user_not' }), 'missing_scope');
  });

  it('malformed: garbage, two parts, bad base64, no tid, no oid', async () => {
    await expectRejected('not-a-jwt', 'malformed');
    await expectRejected('abc.def', 'malformed');
    await expectRejected('eyJ.eyJ.sig', 'malformed');
    await expectRejected(await sign({ tid: undefined }), 'malformed');
    await expectRejected(await sign({ oid: undefined }), 'malformed');
  });

  it('no token, or a scheme that is not Bearer: 401 with a plain Bearer challenge', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Basic bWFsbG9yeTpwdw==' },
      { authorization: 'Bearer' },
      { authorization: 'Bearer two tokens' },
    ];
    for (const headers of attempts) {
      const res = await server.get('/api/v1/me', undefined, headers);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'unauthorized', message: errorText('en', 'unauthorized') } });
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect(await server.counts()).toEqual({ tenants: 0, users: 0 });
  });

  it('the 401 message follows Accept-Language and never names the failed check', async () => {
    const expired = await sign({}, { expiresIn: -120 });
    for (const [header, locale] of [
      ['fr-FR,fr;q=0.9', 'fr'],
      ['ja', 'ja'],
      ['pt-BR', 'pt-BR'],
      ['de-CH', 'de'],
      ['es-MX', 'es'],
    ] as const) {
      const res = await server.get('/api/v1/me', expired, { 'accept-language': header });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: { code: 'unauthorized', message: errorText(locale, 'unauthorized') },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/expired/);
    }
  });
});

describe('key rotation', () => {
  it('a token signed with a new key is accepted once the JWKS is refetched for its unknown kid', async () => {
    const before = entra.jwksRequests;
    const oldKey = entra.key;
    const newKey = await entra.rotate();
    // Another allowed tenant, so that the attack tenant stays absent.
    const token = await sign(
      { tid: '11111111-1111-4111-8111-111111111111', oid: 'dddddddd-0000-4000-8000-00000000000d' },
      {},
      newKey,
    );
    const res = await server.get('/api/v1/me', token);
    expect(res.status).toBe(200);
    expect(entra.jwksRequests).toBe(before + 1);
    // The old key is gone from the JWKS: its tokens are refused from now on.
    await expectRejected(await sign({}, {}, oldKey), 'unknown_key');
  });
});
