import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../../../bot/http/errors.js';
import type { ReadinessState } from '../../../bot/http/health.js';
import { createHttpServer, type HttpServer } from '../../../bot/http/server.js';

let state: ReadinessState = { ready: true };
let http: HttpServer;
let base: string;

beforeAll(async () => {
  http = createHttpServer({ logger: pino({ level: 'silent' }), readiness: { check: async () => state } });
  http.restify.get('/test/http-error', async () => {
    throw new HttpError(409, 'conflict_here', 'Explained conflict.');
  });
  http.restify.get('/test/crash', async () => {
    throw new Error('secret internal detail');
  });
  base = await http.listen(0, '127.0.0.1');
});

afterAll(() => http.close());

async function get(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; type: string; body: unknown }> {
  const res = await fetch(`${base}${path}`, init);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.json() };
}

describe('health routes', () => {
  it('GET /healthz answers ok', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('GET /readyz answers ready when the probe says so', async () => {
    state = { ready: true };
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
  });

  it('GET /readyz answers 503 with the probe code', async () => {
    state = { ready: false, code: 'database_unavailable', message: 'The database is not reachable.' };
    expect(await get('/readyz')).toEqual({
      status: 503,
      type: 'application/json',
      body: { error: { code: 'database_unavailable', message: 'The database is not reachable.' } },
    });
  });
});

describe('error answers all have the {error:{code,message}} shape', () => {
  it('unknown route: 404 not_found', async () => {
    const res = await get('/no/such/route');
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/json');
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('unknown route asking for text/html still gets JSON', async () => {
    const res = await get('/nope', { headers: { accept: 'text/html' } });
    expect(res).toMatchObject({
      status: 404,
      type: 'application/json',
      body: { error: { code: 'not_found' } },
    });
  });

  it('wrong method: 405 method_not_allowed', async () => {
    const res = await get('/healthz', { method: 'POST' });
    expect(res).toMatchObject({ status: 405, body: { error: { code: 'method_not_allowed' } } });
  });

  it('HttpError keeps its status, code and message', async () => {
    expect(await get('/test/http-error')).toMatchObject({
      status: 409,
      body: { error: { code: 'conflict_here', message: 'Explained conflict.' } },
    });
  });

  it('an unexpected exception is a 500 without internal details', async () => {
    const res = await get('/test/crash');
    expect(res).toMatchObject({ status: 500, body: { error: { code: 'internal_error' } } });
    expect(JSON.stringify(res.body)).not.toContain('secret internal detail');
  });
});
