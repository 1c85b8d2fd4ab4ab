import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { parseEventGridSmsEvents } from '../../../shared/adapters/sms-acs/event-grid-sms.js';
import type { SmsEventItems } from '../../../shared/app/sms/ingest-sms-events.js';
import { HttpError } from '../errors.js';
import { readRawBody } from '../webhooks/read-raw-body.js';
import { parseJsonBody, sameSecret, storeBeforeAnswering } from '../webhooks/webhook-helpers.js';

export const SMS_EVENTS_PATH = '/api/sms/events';

/** Event Grid delivers at most 1 MB per POST (a batch of events). */
export const DEFAULT_SMS_EVENTS_BODY_LIMIT = 1024 * 1024;

export interface SmsEventRoutesDeps {
  /** The shared secret Event Grid's subscription URL carries as `?key=` (SMS_EVENTS_KEY). */
  readonly key: string;
  /** Makes the events durable; throws when they could not be stored (Event Grid then retries). */
  readonly ingest: (events: SmsEventItems) => Promise<void>;
  readonly logger: Logger;
  readonly bodyLimit?: number;
}

/** The subscription URL to give Event Grid: the public base URL, the path and the key. */
export function smsEventsUrl(baseUrl: string, key: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${SMS_EVENTS_PATH}?key=${encodeURIComponent(key)}`;
}

/**
 * Azure Event Grid's webhook for ACS SMS: answers the subscription validation handshake, and takes inbound
 * SMS and delivery reports, answered 200 only once they are stored. Event Grid signs nothing, so the caller
 * proves itself with the secret in the URL's `key` query, compared in constant time.
 */
export function registerSmsEventRoutes(server: Server, deps: SmsEventRoutesDeps): void {
  const logger = deps.logger.child({ component: 'sms-events' });
  const bodyLimit = deps.bodyLimit ?? DEFAULT_SMS_EVENTS_BODY_LIMIT;

  const authenticate = (req: Request) => {
    const given = new URL(req.url ?? '/', 'http://localhost').searchParams.get('key') ?? '';
    if (!sameSecret(given, deps.key)) {
      logger.warn({ keyGiven: given.length > 0 }, 'SMS events refused: key missing or wrong');
      throw new HttpError(401, 'unauthorized', 'The key query parameter is missing or wrong.');
    }
  };

  // CloudEvents' abuse-protection handshake, for subscriptions using the CloudEvents schema.
  server.opts(SMS_EVENTS_PATH, async (req: Request, res: Response) => {
    authenticate(req);
    res.header('WebHook-Allowed-Origin', req.header('webhook-request-origin') || '*');
    res.header('WebHook-Allowed-Rate', '*');
    res.send(200);
  });

  server.post(SMS_EVENTS_PATH, async (req: Request, res: Response) => {
    authenticate(req);
    const raw = await readRawBody(req, bodyLimit);
    const parsed = parseEventGridSmsEvents(parseJsonBody(raw));
    if (parsed.kind === 'invalid') throw new HttpError(400, 'invalid_events', parsed.error);
    if (parsed.kind === 'validation') {
      logger.info('Event Grid subscription validated');
      res.send(200, { validationResponse: parsed.validationCode });
      return;
    }
    for (const item of parsed.ignored) logger.info(item, 'SMS event ignored');
    const { inbound, deliveryReports } = parsed;
    if (inbound.length > 0 || deliveryReports.length > 0) {
      await storeBeforeAnswering(() => deps.ingest({ inbound, deliveryReports }), logger, 'Event Grid');
    }
    res.send(200, { status: 'accepted' });
  });
}
