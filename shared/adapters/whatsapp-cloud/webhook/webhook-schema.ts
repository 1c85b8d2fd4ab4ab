import { z } from 'zod';

/*
 * Meta adds fields without notice, so every object keeps unknown keys (looseObject) and only what we
 * depend on is required. Arrays inside a change value are checked item by item by the parser, so one
 * malformed item is ignored without losing its siblings.
 */

const digits = z.string().regex(/^\d+$/, 'expected a string of digits');
// Unix seconds; the length cap keeps the Date valid.
const unixSeconds = z.string().regex(/^\d{1,12}$/, 'expected unix seconds as a string of digits');
const nonEmpty = z.string().min(1);

export const webhookEnvelopeSchema = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.looseObject({
      id: nonEmpty,
      /** Unix seconds; Meta sets it on template and account events. */
      time: z.number().optional(),
      changes: z.array(z.looseObject({ field: nonEmpty, value: z.unknown() })),
    }),
  ),
});

export const messagesValueSchema = z.looseObject({
  messaging_product: z.string().optional(),
  metadata: z.looseObject({
    display_phone_number: z.string(),
    phone_number_id: digits,
  }),
  contacts: z.array(z.unknown()).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
  errors: z.array(z.unknown()).optional(),
});

export const contactSchema = z.looseObject({
  profile: z.looseObject({ name: z.string().optional() }).optional(),
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
});

export const webhookErrorSchema = z.looseObject({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});

const textContent = z.looseObject({ body: z.string() });
const imageContent = z.looseObject({
  id: nonEmpty,
  mime_type: nonEmpty,
  sha256: z.string().optional(),
  caption: z.string().optional(),
});
const buttonContent = z.looseObject({ payload: z.string(), text: z.string() });
const replyContent = z.looseObject({ id: z.string(), title: z.string() });
const interactiveContent = z.looseObject({
  type: nonEmpty,
  button_reply: replyContent.optional(),
  list_reply: replyContent.optional(),
});
// A reaction removed by the user arrives without an emoji (or with an empty one).
const reactionContent = z.looseObject({ message_id: nonEmpty, emoji: z.string().optional() });

/** Types whose content the parser maps; the content object named by `type` must then be present. */
const CONTENT_REQUIRED = ['text', 'image', 'button', 'reaction', 'interactive'] as const;

export const inboundMessageSchema = z
  .looseObject({
    id: nonEmpty,
    timestamp: unixSeconds,
    type: nonEmpty,
    from: digits.optional(),
    from_user_id: nonEmpty.optional(),
    user_id: nonEmpty.optional(),
    context: z.looseObject({ id: nonEmpty.optional(), from: z.string().optional() }).optional(),
    text: textContent.optional(),
    image: imageContent.optional(),
    button: buttonContent.optional(),
    interactive: interactiveContent.optional(),
    reaction: reactionContent.optional(),
    errors: z.array(webhookErrorSchema).optional(),
  })
  .superRefine((message, ctx) => {
    if (message.from === undefined && message.from_user_id === undefined && message.user_id === undefined) {
      ctx.addIssue({ code: 'custom', message: 'no sender: from, from_user_id and user_id are all absent' });
    }
    const type = CONTENT_REQUIRED.find((known) => known === message.type);
    if (type && message[type] === undefined) {
      ctx.addIssue({ code: 'custom', path: [type], message: `type is ${type} but ${type} is absent` });
    }
  });

export const statusSchema = z.looseObject({
  id: nonEmpty,
  status: nonEmpty,
  timestamp: unixSeconds,
  recipient_id: z.string().optional(),
  biz_opaque_callback_data: z.string().optional(),
  errors: z.array(webhookErrorSchema).optional(),
});

export const templateStatusValueSchema = z.looseObject({
  event: nonEmpty,
  message_template_id: z.union([z.number().int(), digits]).optional(),
  message_template_name: nonEmpty,
  message_template_language: nonEmpty,
  reason: z.string().nullable().optional(),
});

export const templateCategoryValueSchema = z.looseObject({
  message_template_id: z.union([z.number().int(), digits]).optional(),
  message_template_name: nonEmpty,
  message_template_language: nonEmpty,
  previous_category: z.string().optional(),
  new_category: nonEmpty,
});

export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
export type MessagesValue = z.infer<typeof messagesValueSchema>;
export type WebhookContact = z.infer<typeof contactSchema>;
export type WebhookError = z.infer<typeof webhookErrorSchema>;
export type WebhookInboundMessage = z.infer<typeof inboundMessageSchema>;
export type WebhookStatus = z.infer<typeof statusSchema>;
export type TemplateStatusValue = z.infer<typeof templateStatusValueSchema>;
