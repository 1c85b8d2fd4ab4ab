import type { OutboundRequest, WhatsAppGateway } from '../../../ports/whatsapp-gateway.js';
import { invalidRequestError } from './graph-errors.js';
import { GraphHttp, GraphRequestError, type GraphAnswer, type GraphHttpOptions } from './graph-http.js';
import { markReadBody, messageBody } from './message-bodies.js';

export { DEFAULT_GRAPH_API_VERSION, DEFAULT_GRAPH_BASE_URL, type GraphLogger } from './graph-http.js';

export interface GraphWhatsAppGatewayOptions extends GraphHttpOptions {
  /** The system user's access token, or where to find the token of a phone number (multi-tenant). */
  readonly accessToken: string | ((phoneNumberId: string) => string | Promise<string>);
}

/** The WhatsApp Cloud API over HTTPS: POST {baseUrl}/{version}/{phone-number-id}/messages with a Bearer token. */
export class GraphWhatsAppGateway implements WhatsAppGateway {
  private readonly http: GraphHttp;

  constructor(options: GraphWhatsAppGatewayOptions) {
    this.http = new GraphHttp(options);
  }

  async send(request: OutboundRequest): Promise<{ readonly wamid: string }> {
    let body: object;
    try {
      body = messageBody(request);
    } catch (error) {
      throw invalidRequestError(error instanceof Error ? error.message : String(error));
    }
    const answer = await this.post(request.phoneNumberId, body, 'send');
    const wamid = wamidOf(answer.body);
    if (!wamid) throw new Error(`WhatsApp accepted the message but its answer has no messages[0].id`);
    return { wamid };
  }

  async markRead(phoneNumberId: string, wamid: string): Promise<void> {
    await this.post(phoneNumberId, markReadBody(wamid), 'markRead');
  }

  /** POSTs to /messages; a 2xx answer, or a WhatsAppSendError after the immediate retries. */
  private async post(phoneNumberId: string, body: object, operation: string): Promise<GraphAnswer> {
    try {
      return await this.http.request({
        method: 'POST',
        url: this.http.url(phoneNumberId, 'messages'),
        token: await this.http.token(phoneNumberId),
        body: JSON.stringify(body),
        operation,
        subject: { phoneNumberId },
      });
    } catch (error) {
      throw error instanceof GraphRequestError ? error.failure.error : error;
    }
  }
}

function wamidOf(body: unknown): string | undefined {
  const messages = (body as { messages?: unknown } | undefined)?.messages;
  const id = Array.isArray(messages) ? (messages[0] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
