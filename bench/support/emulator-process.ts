import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import type { ChatItem, EmulatorOptions, EmulatorState, EmulatorStats } from '../../emulator/types.js';

const MAIN = fileURLToPath(new URL('./emulator-process-main.ts', import.meta.url));

/** The emulator in a child process, driven through its JSON control API (`/_emulator/...`). */
export interface EmulatorProcess {
  readonly url: string;
  setWebhookUrl(url: string | null): Promise<void>;
  userSends(waId: string, message: { type: 'text'; body: string }): Promise<void>;
  drain(timeoutMs: number): Promise<boolean>;
  stats(): Promise<EmulatorStats>;
  chats(): Promise<(readonly ChatItem[])[]>;
  stop(): Promise<void>;
}

async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/_emulator/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok && response.status !== 408)
    throw new Error(`emulator ${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Starts the emulator with these options in a process of its own (the same loader as this one). */
export async function startEmulatorProcess(options: EmulatorOptions): Promise<EmulatorProcess> {
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, MAIN, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  if (!child.stdout) throw new Error('the emulator process has no output to read');
  const lines = createInterface({ input: child.stdout });
  const url = await Promise.race([
    (async () => {
      for await (const line of lines) {
        if (line.startsWith('{"url"')) return (JSON.parse(line) as { url: string }).url;
      }
      throw new Error('the emulator process closed its output before it listened');
    })(),
    exited.then(([code]) => {
      throw new Error(`the emulator process exited with ${String(code)} before it listened`);
    }),
  ]);
  return {
    url,
    setWebhookUrl: async (webhookUrl) => void (await call(url, 'PUT', 'webhook', { url: webhookUrl })),
    userSends: async (waId, message) =>
      void (await call(url, 'POST', `users/${encodeURIComponent(waId)}/messages`, message)),
    drain: async (timeoutMs) =>
      (await call<{ drained: boolean }>(url, 'POST', `webhooks/drain?timeoutMs=${timeoutMs}`)).drained,
    stats: () => call<EmulatorStats>(url, 'GET', 'stats'),
    chats: async () => (await call<EmulatorState>(url, 'GET', 'state')).users.map((user) => user.chat),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
