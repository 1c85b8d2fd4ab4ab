import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEntraTokenValidator,
  type EntraTokenValidatorOptions,
} from '../../../shared/adapters/identity/entra-token-validator.js';
import { TokenRejectedError } from '../../../shared/adapters/identity/token-rejection.js';
import { entraClaims, makeSigningKey, signToken } from '../../builders/entra-tokens.js';
import { FakeEntra } from './fake-entra.js';
import { CLIENT_ID } from './identity-server.js';

let entra: FakeEntra;

beforeAll(async () => {
  entra = await new FakeEntra().start();
});

afterAll(() => entra?.close());

const validator = (options: Partial<EntraTokenValidatorOptions> = {}) =>
  createEntraTokenValidator({
    clientId: CLIENT_ID,
    openIdConfigUrl: entra.openIdConfigUrl,
    allowedTenants: 'any',
    ...options,
  });

const sign = (key = entra.key) =>
  signToken(key, entraClaims(), { issuer: entra.issuer, audience: CLIENT_ID });

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TokenRejectedError) return error.reason;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('the OpenID configuration and the JWKS', () => {
  it('are fetched once and cached across tokens', async () => {
    const configs = entra.configRequests;
    const jwks = entra.jwksRequests;
    const v = validator();
    for (let i = 0; i < 5; i++) expect((await v.validate(await sign())).tenantId).toBe(entraClaims().tid);
    expect(entra.configRequests - configs).toBe(1);
    expect(entra.jwksRequests - jwks).toBe(1);
  });

  it('an unknown kid refetches the JWKS at most once per cooldown, so a flood of them cannot hammer Entra', async () => {
    const v = validator({ jwksCooldownMs: 30_000 });
    await v.validate(await sign());
    const before = entra.jwksRequests;
    const stranger = await makeSigningKey('flood');
    for (let i = 0; i < 5; i++) expect(await reasonOf(v.validate(await sign(stranger)))).toBe('unknown_key');
    expect(entra.jwksRequests - before).toBeLessThanOrEqual(1);
  });

  it('after a rotation that keeps the old key published, tokens of both keys are accepted', async () => {
    const v = validator({ jwksCooldownMs: 0 });
    const oldKey = entra.key;
    await v.validate(await sign(oldKey));
    const newKey = await entra.rotate(true);
    await expect(v.validate(await sign(newKey))).resolves.toMatchObject({ userId: entraClaims().oid });
    await expect(v.validate(await sign(oldKey))).resolves.toMatchObject({ userId: entraClaims().oid });
  });

  it('without a client id nothing is accepted', async () => {
    expect(await reasonOf(validator({ clientId: undefined }).validate(await sign()))).toBe('bad_audience');
  });
});
