import type { Logger } from 'pino';
import {
  EMULATOR_DEFAULTS,
  SMS_EMULATOR_DEFAULTS,
  startEmulator,
  type RunningEmulator,
} from '../../emulator/index.js';
import type { Config } from '../config/config.js';
import {
  emulatorSmsConnection,
  localSmsEventsUrl,
  smsConnectionFromConfig,
  type SmsConnection,
} from '../http/sms/sms-connection.js';
import { WHATSAPP_WEBHOOK_PATH } from '../http/whatsapp/whatsapp-webhook-routes.js';
import type { WhatsAppConnection } from './whatsapp-connection.js';

export interface LocalEmulator {
  readonly connection: WhatsAppConnection;
  /** The emulator's SMS side, unless ACS is configured. */
  readonly sms: SmsConnection;
  readonly emulator: RunningEmulator;
}

/**
 * Runs the WhatsApp emulator beside the connector (same process) when no Cloud API credentials are set, so
 * `npm start` gives a working WhatsApp on a fresh machine: the phone page is at the emulator's URL.
 */
export async function startLocalEmulator(config: Config, logger: Logger): Promise<LocalEmulator> {
  const eventsKey = config.acs.eventsKey ?? SMS_EMULATOR_DEFAULTS.eventsKey;
  const emulator = await startEmulator({
    smsEventsUrl: localSmsEventsUrl(config.port, eventsKey),
    port: config.whatsapp.emulatorPort,
    host: '127.0.0.1',
    webhookUrl: `http://127.0.0.1:${config.port}${WHATSAPP_WEBHOOK_PATH}`,
    logger: logger.child({ component: 'emulator' }),
  });
  logger.info(
    { phone: emulator.url },
    'no WhatsApp credentials: using the local emulator (open its URL to see the phones)',
  );
  return {
    emulator,
    connection: emulatorConnection(emulator.url, config.whatsapp.apiVersion),
    sms: smsConnectionFromConfig(config) ?? emulatorSmsConnection(emulator.url, eventsKey),
  };
}

/** The connection to an emulator at `url`, with the identifiers and secrets it ships with. */
export function emulatorConnection(url: string, apiVersion: string): WhatsAppConnection {
  return {
    graphUrl: url,
    apiVersion,
    phoneNumberId: EMULATOR_DEFAULTS.phoneNumberId,
    businessAccountId: EMULATOR_DEFAULTS.wabaId,
    accessToken: EMULATOR_DEFAULTS.accessToken,
    appSecret: EMULATOR_DEFAULTS.appSecret,
    verifyToken: EMULATOR_DEFAULTS.verifyToken,
    emulated: true,
  };
}
