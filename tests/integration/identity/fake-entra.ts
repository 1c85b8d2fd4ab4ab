import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeSigningKey, type SigningKey } from '../../builders/entra-tokens.js';

/**
 * A local stand-in for Entra ID's v2.0 endpoints over real HTTP: the multi-tenant OpenID configuration
 * (issuer with the `{tenantid}` template) and the JWKS, with key rotation and request counts.
 */
export class FakeEntra {
  url = '';
  /** Keys the JWKS serves; the first signs new tokens. */
  keys: SigningKey[] = [];
  jwksRequests = 0;
  configRequests = 0;
  private server: Server | undefined;

  get openIdConfigUrl(): string {
    return `${this.url}/organizations/v2.0/.well-known/openid-configuration`;
  }

  /** The issuer template, as Entra's multi-tenant configuration spells it. */
  get issuer(): string {
    return `${this.url}/{tenantid}/v2.0`;
  }

  get key(): SigningKey {
    const key = this.keys[0];
    if (!key) throw new Error('the fake Entra is not started');
    return key;
  }

  async start(): Promise<this> {
    this.keys = [await makeSigningKey()];
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const json = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (path === '/organizations/v2.0/.well-known/openid-configuration') {
        this.configRequests++;
        json({
          issuer: this.issuer,
          jwks_uri: `${this.url}/organizations/discovery/v2.0/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      } else if (path === '/organizations/discovery/v2.0/keys') {
        this.jwksRequests++;
        json({ keys: this.keys.map((key) => key.publicJwk) });
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Entra rolls its keys: a new key signs from now on; `keepOld` keeps serving the previous ones too. */
  async rotate(keepOld = false): Promise<SigningKey> {
    const key = await makeSigningKey();
    this.keys = keepOld ? [key, ...this.keys] : [key];
    return key;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
