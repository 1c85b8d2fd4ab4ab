import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Workers inherit the environment, so they all see the port the main process picked.
process.env.TAB_E2E_PORT ??= String(40_000 + Math.floor(Math.random() * 10_000) * 2);
const port = Number(process.env.TAB_E2E_PORT);
const root = path.resolve(import.meta.dirname, '../../..');

/**
 * The tab in Debian's Chromium (never a downloaded browser) against the real server: `npm run test:e2e`
 * builds the tab first. One worker: the tests share one server and its emulator.
 */
export default defineConfig({
  testDir: import.meta.dirname,
  testMatch: '*.spec.ts',
  outputDir: path.join(root, 'test-results', 'tab'),
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx tsx ${path.join('tests', 'e2e', 'tab', 'tab-server.ts')}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/readyz`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
