/** Test-data builders for WhatsApp webhook bodies, shaped like Meta's (webhook-examples in shared/fixtures). */

export const WABA_ID = '777000222';

export interface NumberRef {
  readonly phoneNumberId: string;
  readonly displayPhoneNumber?: string;
}

function unixSeconds(at: Date): string {
  return String(Math.floor(at.getTime() / 1000));
}

function envelope(field: string, value: unknown): object {
  return { object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes: [{ field, value }] }] };
}

function metadata(number: NumberRef) {
  return {
    display_phone_number: number.displayPhoneNumber ?? '15550100000',
    phone_number_id: number.phoneNumberId,
  };
}

export function inboundTextWebhook(
  number: NumberRef,
  message: { from: string; wamid: string; body: string; at: Date; name?: string },
): object {
  return envelope('messages', {
    messaging_product: 'whatsapp',
    metadata: metadata(number),
    contacts: [{ profile: { name: message.name ?? 'Ada Lovelace' }, wa_id: message.from }],
    messages: [
      {
        from: message.from,
        id: message.wamid,
        timestamp: unixSeconds(message.at),
        type: 'text',
        text: { body: message.body },
      },
    ],
  });
}

export function statusWebhook(
  number: NumberRef,
  status: {
    wamid: string;
    status: 'sent' | 'delivered' | 'read' | 'failed';
    recipient: string;
    at: Date;
    correlationId?: string;
    error?: { code: number; title: string };
  },
): object {
  return envelope('messages', {
    messaging_product: 'whatsapp',
    metadata: metadata(number),
    statuses: [
      {
        id: status.wamid,
        status: status.status,
        timestamp: unixSeconds(status.at),
        recipient_id: status.recipient,
        ...(status.correlationId ? { biz_opaque_callback_data: status.correlationId } : {}),
        ...(status.error
          ? {
              errors: [
                {
                  code: status.error.code,
                  title: status.error.title,
                  message: status.error.title,
                  error_data: { details: status.error.title },
                },
              ],
            }
          : {}),
      },
    ],
  });
}

export function templateStatusWebhook(update: {
  name: string;
  language: string;
  event: string;
  reason?: string;
}): object {
  return envelope('message_template_status_update', {
    event: update.event,
    message_template_id: 123456789,
    message_template_name: update.name,
    message_template_language: update.language,
    reason: update.reason ?? 'NONE',
  });
}
