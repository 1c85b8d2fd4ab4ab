import type { Config } from '../config/config.js';

/** Where the connector reaches WhatsApp and how Meta's webhooks are checked. */
export interface WhatsAppConnection {
  /** Graph base URL without the version, e.g. https://graph.facebook.com or the emulator's URL. */
  readonly graphUrl: string;
  readonly apiVersion: string;
  readonly phoneNumberId: string;
  /** Needed to list the templates; without it the templates table is left as it is. */
  readonly businessAccountId: string | undefined;
  readonly accessToken: string;
  readonly appSecret: string;
  /** Without one, Meta's subscription handshake is refused. */
  readonly verifyToken: string | undefined;
  /** True when the local emulator stands in for Meta. */
  readonly emulated: boolean;
}

/** The Cloud API connection the configuration names, or undefined when no credentials are set. */
export function connectionFromConfig(config: Config): WhatsAppConnection | undefined {
  const credentials = config.whatsapp.credentials;
  if (!credentials) return undefined;
  return {
    graphUrl: config.whatsapp.graphUrl,
    apiVersion: config.whatsapp.apiVersion,
    phoneNumberId: credentials.phoneNumberId,
    businessAccountId: config.whatsapp.businessAccountId,
    accessToken: credentials.accessToken,
    appSecret: credentials.appSecret,
    verifyToken: config.whatsapp.verifyToken,
    emulated: false,
  };
}
