// The server the tab's Playwright suite runs against: `npm start`'s composition (connector + in-process
// emulator) with AUTH_MODE=dev and PGlite in a temporary DATA_DIR, removed when the process ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(tmpdir(), 'mlm-tab-e2e-'));
const port = Number(process.env.TAB_E2E_PORT ?? 39_780);
Object.assign(process.env, {
  AUTH_MODE: 'dev',
  DATA_DIR: dataDir,
  PORT: String(port),
  EMULATOR_PORT: String(port + 1),
  LOG_LEVEL: process.env.TAB_E2E_LOG ?? 'warn',
});
delete process.env.DATABASE_URL;
delete process.env.WHATSAPP_PHONE_NUMBER_ID;
delete process.env.WHATSAPP_ACCESS_TOKEN;
delete process.env.WHATSAPP_APP_SECRET;
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

await import('../../../bot/main.js');
