/** What the connector asks WhatsApp to deliver. */
export type OutboundContent =
  | { readonly type: 'text'; readonly body: string; readonly replyToWamid?: string }
  | { readonly type: 'image'; readonly mediaId: string; readonly caption?: string }
  | {
      readonly type: 'template';
      readonly name: string;
      readonly language: string;
      readonly bodyParams: readonly string[];
      /** Payloads of the template's quick-reply buttons, in button order. */
      readonly quickReplyPayloads?: readonly string[];
    }
  | {
      /** An interactive message with reply buttons (only inside the customer service window). */
      readonly type: 'buttons';
      readonly body: string;
      /** At most 3; a title is at most 20 characters, an id at most 256. */
      readonly buttons: readonly { readonly id: string; readonly title: string }[];
    };

export interface OutboundRequest {
  readonly phoneNumberId: string;
  /** The contact's WhatsApp id (E.164 digits without '+') */
  readonly to: string;
  readonly content: OutboundContent;
  /** Our message id; WhatsApp echoes it in status webhooks (biz_opaque_callback_data). */
  readonly correlationId: string;
}

export interface WhatsAppGateway {
  send(request: OutboundRequest): Promise<{ readonly wamid: string }>;
  markRead(phoneNumberId: string, wamid: string): Promise<void>;
}

/** A send WhatsApp refused. Retryable errors are tried again by the job; the others fail the message. */
export class WhatsAppSendError extends Error {
  constructor(
    readonly code: number,
    readonly title: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(`WhatsApp error ${code}: ${title}`);
    this.name = 'WhatsAppSendError';
  }
}
