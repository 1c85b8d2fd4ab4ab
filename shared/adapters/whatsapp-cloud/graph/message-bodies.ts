import type { OutboundContent, OutboundRequest } from '../../../ports/whatsapp-gateway.js';

/** WhatsApp's limits the builder checks before anything goes out (Meta's Cloud API reference). */
export const CALLBACK_DATA_MAX_LENGTH = 512;
export const MAX_REPLY_BUTTONS = 3;
export const BUTTON_TITLE_MAX_LENGTH = 20;
export const BUTTON_ID_MAX_LENGTH = 256;

interface BaseBody {
  readonly messaging_product: 'whatsapp';
  readonly recipient_type: 'individual';
  readonly to: string;
  /** Echoed back in the message's status webhooks: our message id. */
  readonly biz_opaque_callback_data: string;
}

export interface TextBody extends BaseBody {
  readonly type: 'text';
  readonly text: { readonly body: string; readonly preview_url: false };
  readonly context?: { readonly message_id: string };
}

export interface ImageBody extends BaseBody {
  readonly type: 'image';
  readonly image: { readonly id: string; readonly caption?: string };
}

export type TemplateComponentBody =
  | {
      readonly type: 'body';
      readonly parameters: readonly { readonly type: 'text'; readonly text: string }[];
    }
  | {
      readonly type: 'button';
      readonly sub_type: 'quick_reply';
      readonly index: string;
      readonly parameters: readonly { readonly type: 'payload'; readonly payload: string }[];
    };

export interface TemplateBody extends BaseBody {
  readonly type: 'template';
  readonly template: {
    readonly name: string;
    /** `policy: deterministic` is the only policy there is; Meta's reference lists it as required. */
    readonly language: { readonly policy: 'deterministic'; readonly code: string };
    /** Left out when the template has neither parameters nor quick replies (as in Meta's hello_world). */
    readonly components?: readonly TemplateComponentBody[];
  };
}

export interface InteractiveButtonsBody extends BaseBody {
  readonly type: 'interactive';
  readonly interactive: {
    readonly type: 'button';
    readonly body: { readonly text: string };
    readonly action: {
      readonly buttons: readonly {
        readonly type: 'reply';
        readonly reply: { readonly id: string; readonly title: string };
      }[];
    };
  };
}

export type GraphMessageBody = TextBody | ImageBody | TemplateBody | InteractiveButtonsBody;

export interface MarkReadBody {
  readonly messaging_product: 'whatsapp';
  readonly status: 'read';
  readonly message_id: string;
}

function templateComponents(
  content: Extract<OutboundContent, { type: 'template' }>,
): TemplateComponentBody[] {
  const components: TemplateComponentBody[] = [];
  if (content.bodyParams.length > 0)
    components.push({ type: 'body', parameters: content.bodyParams.map((text) => ({ type: 'text', text })) });
  (content.quickReplyPayloads ?? []).forEach((payload, index) =>
    components.push({
      type: 'button',
      sub_type: 'quick_reply',
      index: String(index),
      parameters: [{ type: 'payload', payload }],
    }),
  );
  return components;
}

function checkButtons(buttons: readonly { id: string; title: string }[]): void {
  if (buttons.length === 0 || buttons.length > MAX_REPLY_BUTTONS)
    throw new Error(`WhatsApp reply buttons: 1 to ${MAX_REPLY_BUTTONS} buttons, got ${buttons.length}`);
  for (const [i, { id, title }] of buttons.entries()) {
    if (title.length === 0 || title.length > BUTTON_TITLE_MAX_LENGTH)
      throw new Error(
        `WhatsApp reply button ${i}: the title must have 1 to ${BUTTON_TITLE_MAX_LENGTH} characters`,
      );
    if (id.length === 0 || id.length > BUTTON_ID_MAX_LENGTH)
      throw new Error(`WhatsApp reply button ${i}: the id must have 1 to ${BUTTON_ID_MAX_LENGTH} characters`);
  }
  if (new Set(buttons.map((b) => b.id)).size !== buttons.length)
    throw new Error('WhatsApp reply buttons: the ids must be unique');
  if (new Set(buttons.map((b) => b.title)).size !== buttons.length)
    throw new Error('WhatsApp reply buttons: the titles must be unique');
}

/** The JSON body of POST /{phone-number-id}/messages for one outbound request. Pure; throws on what WhatsApp would refuse. */
export function messageBody(request: OutboundRequest): GraphMessageBody {
  if (request.correlationId.length > CALLBACK_DATA_MAX_LENGTH)
    throw new Error(
      `correlation id too long for biz_opaque_callback_data (${request.correlationId.length} > ${CALLBACK_DATA_MAX_LENGTH})`,
    );
  const base: BaseBody = {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: request.to,
    biz_opaque_callback_data: request.correlationId,
  };
  const content = request.content;
  switch (content.type) {
    case 'text':
      return {
        ...base,
        type: 'text',
        text: { body: content.body, preview_url: false },
        ...(content.replyToWamid ? { context: { message_id: content.replyToWamid } } : {}),
      };
    case 'image':
      return {
        ...base,
        type: 'image',
        image: { id: content.mediaId, ...(content.caption ? { caption: content.caption } : {}) },
      };
    case 'template': {
      const components = templateComponents(content);
      return {
        ...base,
        type: 'template',
        template: {
          name: content.name,
          language: { policy: 'deterministic', code: content.language },
          ...(components.length > 0 ? { components } : {}),
        },
      };
    }
    case 'buttons':
      checkButtons(content.buttons);
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: content.body },
          action: {
            buttons: content.buttons.map(({ id, title }) => ({ type: 'reply', reply: { id, title } })),
          },
        },
      };
  }
}

/** The JSON body that marks an inbound message read (blue ticks). */
export function markReadBody(wamid: string): MarkReadBody {
  return { messaging_product: 'whatsapp', status: 'read', message_id: wamid };
}
