import type { Logger } from 'pino';
import { SMS_EMULATOR_DEFAULTS } from '../../../emulator/index.js';
import { AcsSmsGateway } from '../../../shared/adapters/sms-acs/acs-sms-gateway.js';
import type { SmsGateway } from '../../../shared/ports/sms-gateway.js';
import type { Config } from '../../config/config.js';
import { smsEventsUrl } from './sms-event-routes.js';

/** Where SMS goes: an ACS resource (or the emulator's), the sender number and the events key. */
export interface SmsConnection {
  readonly endpoint: string;
  readonly accessKey: string;
  /** The tenant's SMS sender number (E.164), recorded on the tenant row so SMS events find their tenant. */
  readonly fromNumber: string;
  /** The `?key=` of the SMS events URL (SMS_EVENTS_KEY). */
  readonly eventsKey: string;
  readonly emulated: boolean;
}

/** The configured ACS resource, when ACS_ENDPOINT, ACS_ACCESS_KEY, ACS_FROM_NUMBER and SMS_EVENTS_KEY are all set. */
export function smsConnectionFromConfig(config: Config): SmsConnection | undefined {
  const { endpoint, accessKey, fromNumber, eventsKey } = config.acs;
  return endpoint && accessKey && fromNumber && eventsKey
    ? { endpoint, accessKey, fromNumber, eventsKey, emulated: false }
    : undefined;
}

/** The emulator's ACS side at `url` (its root), with the key and number it ships with. */
export function emulatorSmsConnection(url: string, eventsKey?: string): SmsConnection {
  return {
    endpoint: url,
    accessKey: SMS_EMULATOR_DEFAULTS.accessKey,
    fromNumber: SMS_EMULATOR_DEFAULTS.number,
    eventsKey: eventsKey ?? SMS_EMULATOR_DEFAULTS.eventsKey,
    emulated: true,
  };
}

/** The URL the emulator (or Event Grid) posts SMS events to, for a connector listening on `port` locally. */
export function localSmsEventsUrl(port: number, eventsKey: string): string {
  return smsEventsUrl(`http://127.0.0.1:${port}`, eventsKey);
}

/** The SmsGateway over the connection's ACS endpoint; logs never carry the key or message bodies. */
export function smsGatewayFor(connection: SmsConnection, logger: Logger): SmsGateway {
  return new AcsSmsGateway({
    endpoint: connection.endpoint,
    accessKey: connection.accessKey,
    logger: logger.child({ component: 'acs-sms' }),
  });
}
