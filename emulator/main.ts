/** `npm run emulator`: the WhatsApp emulator on EMULATOR_PORT (default 3979), phones at its root URL. */
import { EMULATOR_DEFAULTS, SMS_EMULATOR_DEFAULTS, startEmulator } from './index.js';

const env = (name: string): string | undefined => {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
};

function positiveInteger(name: string, fallback: number): number {
  const raw = env(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number >= 0`);
    process.exit(2);
  }
  return value;
}

const log =
  (level: string) =>
  (fields: object, message?: string): void => {
    process.stdout.write(
      `${JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields })}\n`,
    );
  };

const emulator = await startEmulator({
  port: positiveInteger('EMULATOR_PORT', 3979),
  host: env('EMULATOR_HOST') ?? '127.0.0.1',
  accessToken: env('WHATSAPP_ACCESS_TOKEN') ?? EMULATOR_DEFAULTS.accessToken,
  appSecret: env('WHATSAPP_APP_SECRET') ?? EMULATOR_DEFAULTS.appSecret,
  webhookUrl: env('EMULATOR_WEBHOOK_URL') ?? 'http://127.0.0.1:3978/api/whatsapp/webhook',
  throughputPerSecond: Math.max(1, positiveInteger('EMULATOR_THROUGHPUT', 80)),
  statusDelayMs: positiveInteger('EMULATOR_STATUS_DELAY_MS', 300),
  acsAccessKey: env('ACS_ACCESS_KEY') ?? SMS_EMULATOR_DEFAULTS.accessKey,
  smsEventsUrl:
    env('EMULATOR_SMS_EVENTS_URL') ??
    `http://127.0.0.1:3978/api/sms/events?key=${SMS_EMULATOR_DEFAULTS.eventsKey}`,
  logger: { info: log('info'), warn: log('warn') },
});

process.stdout.write(
  `WhatsApp emulator: ${emulator.url} (Graph API at ${emulator.url}/v23.0, ACS SMS at ${emulator.url}/sms, phones at ${emulator.url}/)\n`,
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void emulator.stop().then(() => process.exit(0));
  });
}
