import pino from 'pino';
import { loadConfig, type Environment } from '../../../bot/config/config.js';
import {
  registerIdentityRoutes,
  type Identity,
  type IdentityDeps,
} from '../../../bot/http/auth/identity-routes.js';
import { createHttpServer, type HttpServer } from '../../../bot/http/server.js';
import { tenants, users } from '../../../shared/adapters/store/schema.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';

export const CLIENT_ID = 'c0ffee00-0000-4000-8000-00000000c1d0';

export interface IdentityServer {
  readonly base: string;
  readonly database: TestDatabase;
  readonly identity: Identity;
  /** Every log line the server wrote, as JSON text. */
  readonly logs: string[];
  /** GET with an optional bearer token and headers; answers status, headers and the JSON body. */
  get(
    path: string,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: unknown }>;
  counts(): Promise<{ tenants: number; users: number }>;
  close(): Promise<void>;
}

/** The HTTP server with only the identity routes, on a fresh test database, configured from `env`. */
export async function startIdentityServer(
  env: Environment,
  extra: Pick<IdentityDeps, 'devSenderPhoneNumberId' | 'validation'> = {},
): Promise<IdentityServer> {
  const logs: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(line) });
  const database = await openTestDatabase();
  const http: HttpServer = createHttpServer({ logger, readiness: { check: async () => ({ ready: true }) } });
  const config = loadConfig(env);
  const identity = registerIdentityRoutes(http.restify, {
    config,
    logger,
    database: () => database,
    ...extra,
  });
  const base = await http.listen(0, '127.0.0.1');
  return {
    base,
    database,
    identity,
    logs,
    async get(path, token, headers = {}) {
      const res = await fetch(`${base}${path}`, {
        headers: { ...headers, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
      });
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
    },
    async counts() {
      const [tenantRows, userRows] = await Promise.all([
        database.db.select().from(tenants),
        database.db.select().from(users),
      ]);
      return { tenants: tenantRows.length, users: userRows.length };
    },
    async close() {
      await http.close();
      await database.dispose();
    },
  };
}
