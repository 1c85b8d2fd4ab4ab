import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenants, users } from '../../../shared/adapters/store/schema.js';
import { entraClaims, signToken } from '../../builders/entra-tokens.js';
import { FakeEntra } from './fake-entra.js';
import { CLIENT_ID, startIdentityServer, type IdentityServer } from './identity-server.js';

const CONTOSO = '11111111-1111-4111-8111-111111111111';
const FABRIKAM = '22222222-2222-4222-8222-222222222222';
const ANN = 'aaaaaaaa-0000-4000-8000-000000000001';
const CARL = 'aaaaaaaa-0000-4000-8000-000000000002';
const FIONA = 'ffffffff-0000-4000-8000-000000000001';

let entra: FakeEntra;
let server: IdentityServer;

beforeAll(async () => {
  entra = await new FakeEntra().start();
  // Multi-tenant (no AAD_TENANT_ID), with an allow-list of two tenants.
  server = await startIdentityServer({
    AAD_CLIENT_ID: CLIENT_ID,
    AAD_OPENID_CONFIG_URL: entra.openIdConfigUrl,
    AAD_ALLOWED_TENANTS: `${CONTOSO},${FABRIKAM}`,
  });
});

afterAll(async () => {
  await server?.close();
  await entra?.close();
});

const token = (claims: Parameters<typeof entraClaims>[0], audience = CLIENT_ID, expiresIn = 3600) =>
  signToken(entra.key, entraClaims(claims), { issuer: entra.issuer, audience, expiresIn });

const userRow = async (tenantId: string, userId: string) =>
  (
    await server.database.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)))
  )[0];
const tenantRow = async (tenantId: string) =>
  (await server.database.db.select().from(tenants).where(eq(tenants.id, tenantId)))[0];

describe('a good token', () => {
  it("creates the tenant (WhatsApp disabled) and the user (not licensed) on the tenant's first sign-in", async () => {
    const res = await server.get('/api/v1/me', await token({ tid: CONTOSO, oid: ANN, name: 'Ann Advisor' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({
      userId: ANN,
      tenantId: CONTOSO,
      displayName: 'Ann Advisor',
      roles: [],
      licensed: false,
      whatsappEnabled: false,
    });
    expect(await tenantRow(CONTOSO)).toMatchObject({ id: CONTOSO, whatsappEnabled: false });
    expect(await userRow(CONTOSO, ANN)).toMatchObject({
      displayName: 'Ann Advisor',
      email: 'ann@contoso.example',
      roles: [],
      whatsappLicensed: false,
      locale: 'en',
    });
    expect(server.logs.join('\n')).toContain('tenant created by its first user');
  });

  it('maps the app roles Admin and Compliance, and drops roles the connector does not know', async () => {
    const res = await server.get(
      '/api/v1/me',
      await token({ tid: CONTOSO, oid: CARL, name: 'Carl Admin', roles: ['Compliance', 'Admin', 'Reader'] }),
    );
    expect(res.body).toMatchObject({ userId: CARL, roles: ['admin', 'compliance'] });
    expect((await userRow(CONTOSO, CARL))?.roles).toEqual(['admin', 'compliance']);
  });

  it('takes roles and name from every token, and keeps the licence and enablement an admin set', async () => {
    await server.database.db
      .update(users)
      .set({ whatsappLicensed: true })
      .where(and(eq(users.tenantId, CONTOSO), eq(users.id, CARL)));
    await server.database.db.update(tenants).set({ whatsappEnabled: true }).where(eq(tenants.id, CONTOSO));

    const res = await server.get(
      '/api/v1/me',
      await token({ tid: CONTOSO, oid: CARL, name: 'Carl Renamed', roles: [] }),
    );
    expect(res.body).toEqual({
      userId: CARL,
      tenantId: CONTOSO,
      displayName: 'Carl Renamed',
      roles: [],
      licensed: true,
      whatsappEnabled: true,
    });
    expect(await userRow(CONTOSO, CARL)).toMatchObject({
      displayName: 'Carl Renamed',
      roles: [],
      whatsappLicensed: true,
    });
  });

  it('accepts the Application ID URI as audience, and an expiry within the 60 s clock tolerance', async () => {
    const apiAudience = await token({ tid: CONTOSO, oid: ANN }, `api://tab.contoso.example/${CLIENT_ID}`);
    expect((await server.get('/api/v1/me', apiAudience)).status).toBe(200);
    const justExpired = await token({ tid: CONTOSO, oid: ANN }, CLIENT_ID, -30);
    expect((await server.get('/api/v1/me', justExpired)).status).toBe(200);
  });

  it("keeps the request's language as the user's locale", async () => {
    await server.get('/api/v1/me', await token({ tid: CONTOSO, oid: ANN }), { 'accept-language': 'ja-JP' });
    expect((await userRow(CONTOSO, ANN))?.locale).toBe('ja');
    const caller = await server.identity.authenticate(
      fakeRequest(await token({ tid: CONTOSO, oid: ANN }), 'fr'),
    );
    expect(caller).toMatchObject({ tenantId: CONTOSO, userId: ANN, locale: 'fr' });
  });
});

describe('tenant isolation', () => {
  it("a second tenant's user gets their own tenant, and sees only it", async () => {
    const res = await server.get(
      '/api/v1/me',
      await token({
        tid: FABRIKAM,
        oid: FIONA,
        name: 'Fiona Fabrikam',
        preferred_username: 'fiona@fabrikam.example',
      }),
    );
    expect(res.body).toEqual({
      userId: FIONA,
      tenantId: FABRIKAM,
      displayName: 'Fiona Fabrikam',
      roles: [],
      licensed: false,
      // Contoso has WhatsApp enabled by now; Fabrikam does not.
      whatsappEnabled: false,
    });
    expect(await tenantRow(FABRIKAM)).toMatchObject({ whatsappEnabled: false });
  });

  it('the same object id in two tenants is two users, each with their own row', async () => {
    const inFabrikam = await server.get(
      '/api/v1/me',
      await token({ tid: FABRIKAM, oid: CARL, name: 'Carl F' }),
    );
    expect(inFabrikam.body).toMatchObject({ tenantId: FABRIKAM, userId: CARL, licensed: false, roles: [] });
    // Carl of Contoso keeps his licence and name.
    expect(await userRow(CONTOSO, CARL)).toMatchObject({
      displayName: 'Carl Renamed',
      whatsappLicensed: true,
    });
    expect(await userRow(FABRIKAM, CARL)).toMatchObject({ displayName: 'Carl F', whatsappLicensed: false });
  });

  it("a tenant's many first requests at once create it once", async () => {
    const tenant = '55555555-5555-4555-8555-555555555555';
    const open = await startIdentityServer({
      AAD_CLIENT_ID: CLIENT_ID,
      AAD_OPENID_CONFIG_URL: entra.openIdConfigUrl,
      AAD_ALLOWED_TENANTS: tenant,
    });
    try {
      const tokens = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          token({ tid: tenant, oid: `eeeeeeee-0000-4000-8000-00000000000${i % 4}`, name: `User ${i % 4}` }),
        ),
      );
      const answers = await Promise.all(tokens.map((t) => open.get('/api/v1/me', t)));
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      expect(await open.counts()).toEqual({ tenants: 1, users: 4 });
    } finally {
      await open.close();
    }
  });
});

describe('configuration', () => {
  it('with AAD_TENANT_ID and no allow-list, only that tenant is accepted', async () => {
    const single = await startIdentityServer({
      AAD_CLIENT_ID: CLIENT_ID,
      AAD_TENANT_ID: CONTOSO,
      AAD_OPENID_CONFIG_URL: entra.openIdConfigUrl,
    });
    try {
      expect((await single.get('/api/v1/me', await token({ tid: CONTOSO, oid: ANN }))).status).toBe(200);
      expect((await single.get('/api/v1/me', await token({ tid: FABRIKAM, oid: FIONA }))).status).toBe(401);
      expect(single.logs.join('\n')).toContain('"reason":"tenant_not_allowed"');
    } finally {
      await single.close();
    }
  });

  it('answers 503 service_unavailable, localized, while the OpenID configuration cannot be fetched', async () => {
    const down = await startIdentityServer(
      {
        AAD_CLIENT_ID: CLIENT_ID,
        AAD_OPENID_CONFIG_URL: `${entra.url}/nowhere/.well-known/openid-configuration`,
      },
      { validation: { timeoutMs: 1000 } },
    );
    try {
      const res = await down.get('/api/v1/me', await token({ tid: CONTOSO, oid: ANN }), {
        'accept-language': 'de',
      });
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ error: { code: 'service_unavailable' } });
      expect(await down.counts()).toEqual({ tenants: 0, users: 0 });
    } finally {
      await down.close();
    }
  });
});

/** The slice of a restify request the authenticate function reads. */
function fakeRequest(
  bearer: string,
  acceptLanguage: string,
): Parameters<IdentityServer['identity']['authenticate']>[0] {
  const headers: Record<string, string> = {
    authorization: `Bearer ${bearer}`,
    'accept-language': acceptLanguage,
  };
  return { header: (name: string) => headers[name.toLowerCase()] } as unknown as Parameters<
    IdentityServer['identity']['authenticate']
  >[0];
}
