import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../../bot/app.js';
import { loadConfig } from '../../../bot/config/config.js';
import { WHATSAPP_WEBHOOK_PATH } from '../../../bot/http/whatsapp/whatsapp-webhook-routes.js';
import { emulatorConnection } from '../../../bot/whatsapp/local-emulator.js';
import { startEmulator, type RunningEmulator } from '../../../emulator/index.js';
import { jobs, messages } from '../../../shared/adapters/store/schema.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';
import { waitFor } from '../../support/wait-for.js';

// JOB_CONCURRENCY=0: an instance that only takes webhooks and API calls; what it stores, another runs.

const running: RunningApp[] = [];
let emulator: RunningEmulator | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  for (const app of running.splice(0)) await app.stop();
  await emulator?.stop();
  await database?.dispose();
});

async function instance(jobConcurrency: string): Promise<RunningApp> {
  const app = await startApp(
    { ...loadConfig({ LOG_LEVEL: 'silent', JOB_CONCURRENCY: jobConcurrency }), port: 0 },
    {
      database: database!,
      whatsapp: emulatorConnection(emulator!.url, 'v23.0'),
      host: '127.0.0.1',
      pollIntervalMs: 50,
      logger: pino({ level: 'silent' }),
    },
  );
  running.push(app);
  await app.ready;
  return app;
}

describe('a web-only instance', () => {
  it('stores webhook events without running them; a worker instance then applies them', async () => {
    database = await openTestDatabase();
    emulator = await startEmulator({ port: 0, webhookRetryDelaysMs: [50] });
    const web = await instance('0');
    emulator.control.setWebhookUrl(`${web.url}${WHATSAPP_WEBHOOK_PATH}`);
    emulator.control.userSends('15550100001', { type: 'text', body: 'Hello, anyone?' });
    expect(await emulator.control.drain(10_000)).toBe(true);

    const stored = await database.db.select().from(jobs).where(eq(jobs.kind, 'whatsapp.inbound'));
    expect(stored.map((job) => job.state)).toEqual(['queued']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await database.db.select().from(messages)).toEqual([]);

    await instance('4');
    await waitFor(
      async () => (await database!.db.select().from(messages)).some((m) => m.body === 'Hello, anyone?'),
      20_000,
    );
  });
});
