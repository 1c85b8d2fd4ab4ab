import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import {
  parseWebhook,
  type ParsedWebhook,
} from '../../../shared/adapters/whatsapp-cloud/webhook/parse-webhook.js';
import { verifyWebhookSignature } from '../../../shared/adapters/whatsapp-cloud/webhook/verify-signature.js';
import { HttpError, toErrorBody } from '../errors.js';
import { readRawBody } from '../webhooks/read-raw-body.js';
import { parseJsonBody, sameSecret, storeBeforeAnswering } from '../webhooks/webhook-helpers.js';

export const WHATSAPP_WEBHOOK_PATH = '/api/whatsapp/webhook';

/** Meta's batches are small; 1 MiB leaves room for the largest while refusing floods. */
export const DEFAULT_WEBHOOK_BODY_LIMIT = 1024 * 1024;

export interface WhatsAppWebhookOptions {
  readonly verifyToken: string;
  readonly appSecret: string;
  /** Makes the accepted events durable; throws when they could not be stored (Meta then retries). */
  readonly ingest: (webhook: ParsedWebhook) => Promise<void>;
  readonly logger: Logger;
  readonly bodyLimit?: number;
}

/**
 * Meta's webhook: GET answers the subscription handshake, POST takes signed event batches. A POST is
 * answered 200 only once its events are stored, so a crash after the answer loses nothing.
 */
export function registerWhatsAppWebhookRoutes(server: Server, options: WhatsAppWebhookOptions): void {
  const logger = options.logger.child({ component: 'whatsapp-webhook' });
  const bodyLimit = options.bodyLimit ?? DEFAULT_WEBHOOK_BODY_LIMIT;

  server.get(WHATSAPP_WEBHOOK_PATH, async (req: Request, res: Response) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const challenge = query.get('hub.challenge');
    const tokenMatches = sameSecret(query.get('hub.verify_token') ?? '', options.verifyToken);
    if (query.get('hub.mode') !== 'subscribe' || !tokenMatches || challenge === null) {
      logger.warn({ mode: query.get('hub.mode') }, 'webhook verification refused');
      res.send(
        403,
        toErrorBody(new HttpError(403, 'verification_failed', 'The verify token does not match.')),
      );
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(challenge);
  });

  server.post(WHATSAPP_WEBHOOK_PATH, async (req: Request, res: Response) => {
    const raw = await readRawBody(req, bodyLimit);
    if (!verifyWebhookSignature(raw, req.header('x-hub-signature-256'), options.appSecret)) {
      logger.warn({ bytes: raw.length }, 'webhook signature missing or wrong');
      throw new HttpError(401, 'invalid_signature', 'The X-Hub-Signature-256 header is missing or wrong.');
    }
    const parsed = parseWebhook(parseJsonBody(raw));
    if ('error' in parsed) throw new HttpError(400, 'invalid_webhook', parsed.error);
    for (const item of parsed.ignored) logger.info(item, 'webhook item ignored');
    await storeBeforeAnswering(() => options.ingest(parsed), logger, 'Meta');
    res.send(200, { status: 'accepted' });
  });
}
