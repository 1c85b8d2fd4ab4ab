import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../bot/http/server.js';
import { registerTabRoutes } from '../../../bot/http/tab/tab-static-routes.js';

describe('the tab at /tab/', () => {
  let dir: string;
  let http: HttpServer;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mlm-tab-static-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>tab</title>');
    await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(path.join(tmpdir(), 'mlm-tab-outside.txt'), 'secret');
    http = createHttpServer({
      logger: pino({ level: 'silent' }),
      readiness: { check: async () => ({ ready: true }) },
    });
    registerTabRoutes(http.restify, { dir });
    url = await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await http.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('redirects /tab to /tab/ and answers index.html, never cached, framable by Teams only', async () => {
    const redirect = await fetch(`${url}/tab`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tab/');
    const index = await fetch(`${url}/tab/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://teams.microsoft.com",
    );
    expect(await index.text()).toContain('<title>tab</title>');
  });

  it('answers index.html for client routes', async () => {
    const route = await fetch(`${url}/tab/threads/5c1c8f0e-1111-4222-8333-944445555666`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>tab</title>');
  });

  it('serves hashed assets with a year of cache, and 404 for a missing one', async () => {
    const asset = await fetch(`${url}/tab/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${url}/tab/assets/missing-000.js`)).status).toBe(404);
  });

  it('never answers a file outside the build', async () => {
    const escaped = await fetch(`${url}/tab/..%2fmlm-tab-outside.txt`);
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('secret');
  });
});

describe('the tab before it is built', () => {
  it('answers 503 saying how to build it', async () => {
    const http = createHttpServer({
      logger: pino({ level: 'silent' }),
      readiness: { check: async () => ({ ready: true }) },
    });
    registerTabRoutes(http.restify, { dir: path.join(tmpdir(), 'mlm-no-such-tab-build') });
    const url = await http.listen(0, '127.0.0.1');
    try {
      const response = await fetch(`${url}/tab/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:tab');
    } finally {
      await http.close();
    }
  });
});
