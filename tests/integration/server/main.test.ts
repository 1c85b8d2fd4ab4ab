import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, getJson, spawnBot, waitForStatus, type BotProcess } from './bot-process.js';
import { createEmptyPostgresDatabase } from '../../support/database.js';
import { waitFor } from '../../support/wait-for.js';

// `npm start` as a real process: configuration, HTTP, database, migrations, signals.

const SHUTDOWN_TIMEOUT_MS = 10_000;
let dataDir: string;
const running: BotProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'bot-server-'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((bot) => bot.kill()));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function start(
  env: Record<string, string>,
): Promise<{ bot: BotProcess; base: string; emulator: string }> {
  const port = await freePort();
  const emulatorPort = await freePort();
  const bot = spawnBot({
    PORT: String(port),
    EMULATOR_PORT: String(emulatorPort),
    SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    ...env,
  });
  running.push(bot);
  return { bot, base: `http://127.0.0.1:${port}`, emulator: `http://127.0.0.1:${emulatorPort}` };
}

describe('npm start', () => {
  // CI runs the suite a second time with DATABASE_URL set: then this uses a fresh PostgreSQL database.
  let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> | undefined;
  const databaseEnv = (): Record<string, string> =>
    database ? { DATABASE_URL: database.url } : { DATA_DIR: path.join(dataDir, 'ready') };

  beforeAll(async () => {
    if (process.env.DATABASE_URL) database = await createEmptyPostgresDatabase(process.env.DATABASE_URL);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it(`serves health, becomes ready once migrated, and stops on SIGTERM (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const { bot, base, emulator } = await start(databaseEnv());

    expect(await waitForStatus(`${base}/healthz`, 200, bot)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await waitForStatus(`${base}/readyz`, 200, bot)).toEqual({
      status: 200,
      body: { status: 'ready' },
    });
    if (!database) expect((await stat(path.join(dataDir, 'ready', 'pglite'))).isDirectory()).toBe(true);

    const missing = await getJson(`${base}/no/such/route`);
    expect(missing).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: expect.any(String) } },
    });

    // No WhatsApp credentials: the emulator runs beside the connector, and its webhooks are accepted.
    expect((await fetch(emulator)).status).toBe(200);
    const verify = await fetch(
      `${base}/api/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=emulator-verify-token&hub.challenge=7`,
    );
    expect(await verify.text()).toBe('7');
    const wrote = await fetch(`${emulator}/_emulator/users/15550100001/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'text', body: 'Hello from the phone' }),
    });
    expect(wrote.status).toBe(201);
    await fetch(`${emulator}/_emulator/webhooks/drain?timeoutMs=10000`, { method: 'POST' });
    expect(await (await fetch(`${emulator}/_emulator/webhooks`)).json()).toMatchObject({
      delivered: 1,
      failedAttempts: 0,
    });

    // And its SMS side: a text from a phone reaches the connector's Event Grid endpoint and is accepted.
    const texted = await fetch(`${emulator}/_emulator/sms/+15550100003/messages`.replace('+', '%2B'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Hello by SMS' }),
    });
    expect(texted.status).toBeLessThan(300);
    await fetch(`${emulator}/_emulator/sms/drain?timeoutMs=10000`, { method: 'POST' });
    const sms = (await (await fetch(`${emulator}/_emulator/sms`)).json()) as { events: unknown };
    expect(sms.events).toMatchObject({ delivered: 1, failedAttempts: 0 });

    // The template sync runs after ready, without holding it up.
    await waitFor(() => bot.logs().some((line) => line.msg === 'templates synced'), 20_000);
    const messages = bot.logs().map((line) => line.msg);
    expect(messages).toEqual(
      expect.arrayContaining([
        'starting',
        'listening',
        'database connected',
        'database migrations applied',
        'ready',
        'templates synced',
      ]),
    );

    const started = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(bot.logs().map((line) => line.msg)).toContain('stopped');
  });
});

describe('invalid configuration', () => {
  it('exits non-zero and names the bad variable on stderr', async () => {
    const { bot } = await start({ PORT: 'abc', DATA_DIR: path.join(dataDir, 'never') });
    expect((await bot.exited).code).toBe(1);
    expect(bot.stderr()).toContain('PORT: must be a whole number');
  });

  it('names missing WhatsApp credentials without printing the secret that was given', async () => {
    const { bot } = await start({
      WHATSAPP_ACCESS_TOKEN: 'EAAG-token-that-must-not-leak',
      DATA_DIR: path.join(dataDir, 'never'),
    });
    expect((await bot.exited).code).toBe(1);
    expect(bot.stderr()).toContain('WHATSAPP_PHONE_NUMBER_ID');
    expect(bot.stderr()).toContain('WHATSAPP_APP_SECRET');
    expect(bot.stderr() + bot.stdout()).not.toContain('EAAG-token-that-must-not-leak');
  });
});

describe('database unreachable', () => {
  it('keeps serving /healthz, answers 503 on /readyz, keeps retrying without crashing, and stops on SIGTERM', async () => {
    const { bot, base } = await start({ DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/x' });

    expect(await waitForStatus(`${base}/healthz`, 200, bot)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await getJson(`${base}/readyz`)).toEqual({
      status: 503,
      body: { error: { code: 'database_unavailable', message: expect.any(String) } },
    });

    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(bot.child.exitCode).toBeNull();
    expect((await getJson(`${base}/readyz`)).status).toBe(503);

    const warnings = bot.logs().filter((line) => line.msg === 'database not reachable; retrying');
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings[0]).toMatchObject({ level: 40, database: 'postgres://postgres:***@127.0.0.1:1/x' });
    expect(bot.stdout() + bot.stderr()).not.toContain('hunter2');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
  });
});
