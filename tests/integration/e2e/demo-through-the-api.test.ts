import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp, type RunningApp } from '../../../bot/app.js';
import { loadConfig } from '../../../bot/config/config.js';
import { WHATSAPP_WEBHOOK_PATH } from '../../../bot/http/whatsapp/whatsapp-webhook-routes.js';
import { emulatorConnection } from '../../../bot/whatsapp/local-emulator.js';
import { startEmulator, type RunningEmulator } from '../../../emulator/index.js';
import { ConnectorClient } from '../../../shared/client/connector-client.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';
import { waitFor } from '../../support/wait-for.js';

// What `AUTH_MODE=dev npm start` gives a newcomer: a demo advisor signs in, and reaches a phone in the
// emulator through the public API only — consent, the client's Yes, a message, its receipts.

vi.setConfig({ testTimeout: 120_000 });

let app: RunningApp | undefined;
let emulator: RunningEmulator | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  await app?.stop();
  await emulator?.stop();
  await database?.dispose();
});

async function signIn(url: string, userId: string): Promise<string> {
  const res = await fetch(`${url}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

describe('the local demo, through the API', () => {
  it('a demo advisor asks a client for consent, the client taps Yes, and the message arrives read', async () => {
    database = await openTestDatabase();
    emulator = await startEmulator({ port: 0, webhookRetryDelaysMs: [50, 100, 200] });
    app = await startApp(
      { ...loadConfig({ LOG_LEVEL: 'silent', AUTH_MODE: 'dev' }), port: 0 },
      {
        database,
        whatsapp: emulatorConnection(emulator.url, 'v23.0'),
        host: '127.0.0.1',
        pollIntervalMs: 50,
        logger: pino({ level: 'silent' }),
      },
    );
    emulator.control.setWebhookUrl(`${app.url}${WHATSAPP_WEBHOOK_PATH}`);
    await app.ready;
    await app.connector()!.syncTemplates();
    const phone = emulator.control;
    const token = await signIn(app.url, 'dev-alice');
    const client = new ConnectorClient({ baseUrl: app.url, token: () => token });

    const contact = await client.createContact({ displayName: 'Alice Example', phone: '+15550100001' });
    const started = await client.startThread(contact.id);
    expect(started).toMatchObject({ created: true, needsOptIn: true });
    await client.requestOptIn(started.threadId);

    const delivered = () =>
      phone.chat('15550100001').some((m) => m.direction === 'outbound' && m.status === 'read');
    await waitFor(delivered, 30_000);
    const optIn = phone.chat('15550100001').find((m) => m.direction === 'outbound')!;
    expect(optIn).toMatchObject({ template: { name: 'mlm_opt_in_request' } });
    phone.tap('15550100001', optIn.wamid, 0);
    await waitFor(async () => (await client.getThread(started.threadId)).state === 'active', 30_000);

    const sent = await client.sendMessage(started.threadId, {
      clientMessageId: crypto.randomUUID(),
      content: { type: 'text', body: 'Hello from Teams' },
    });
    await waitFor(async () => (await client.getMessage(sent.message.id)).message.status === 'read', 30_000);
    const onPhone = phone.chat('15550100001').filter((m) => m.direction === 'outbound');
    expect(onPhone.at(-1)).toMatchObject({ type: 'text', text: 'Hello from Teams' });
  });
});
