import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../../bot/app.js';
import { loadConfig } from '../../../bot/config/config.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';

// The identity routes as npm start wires them: dev sign-in only with AUTH_MODE=dev, /api/v1/me behind a token.

let app: RunningApp | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  await app?.stop();
  await database?.dispose();
  app = undefined;
  database = undefined;
});

async function start(env: Record<string, string>): Promise<string> {
  database = await openTestDatabase();
  app = await startApp(
    { ...loadConfig({ LOG_LEVEL: 'silent', ...env }), port: 0 },
    { database, host: '127.0.0.1', logger: pino({ level: 'silent' }) },
  );
  await app.ready;
  return app.url;
}

describe('identity in the running app', () => {
  it('AUTH_MODE=dev: a demo user signs in and /api/v1/me knows them; no token is 401', async () => {
    const url = await start({ AUTH_MODE: 'dev' });
    expect((await fetch(`${url}/dev/sign-in`)).status).toBe(200);
    const token = await fetch(`${url}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'dev-alice' }),
    });
    const { accessToken } = (await token.json()) as { accessToken: string };
    const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ userId: 'dev-alice', tenantId: 'dev-tenant' });

    const anonymous = await fetch(`${url}/api/v1/me`, { headers: { 'accept-language': 'de' } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('without AUTH_MODE the dev sign-in does not exist', async () => {
    const url = await start({});
    expect((await fetch(`${url}/dev/sign-in`)).status).toBe(404);
    expect((await fetch(`${url}/dev/token`, { method: 'POST' })).status).toBe(404);
  });
});
