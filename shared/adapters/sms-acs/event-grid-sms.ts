import { z } from 'zod';
import type { InboundSms, SmsDeliveryReport } from '../../app/sms/sms-events.js';

export const SUBSCRIPTION_VALIDATION_EVENT = 'Microsoft.EventGrid.SubscriptionValidationEvent';
export const SMS_RECEIVED_EVENT = 'Microsoft.Communication.SMSReceived';
export const SMS_DELIVERY_REPORT_EVENT = 'Microsoft.Communication.SMSDeliveryReportReceived';

/** What an Event Grid POST to the SMS webhook holds. */
export type ParsedSmsEvents =
  | { readonly kind: 'validation'; readonly validationCode: string }
  | {
      readonly kind: 'events';
      readonly inbound: readonly InboundSms[];
      readonly deliveryReports: readonly SmsDeliveryReport[];
      /** Events of other types, or malformed ones: acknowledged and dropped (never their content). */
      readonly ignored: readonly {
        readonly id: string;
        readonly eventType: string;
        readonly reason: string;
      }[];
    }
  | { readonly kind: 'invalid'; readonly error: string };

// Event Grid schema (`eventType`) and CloudEvents 1.0 (`type`) both name the event type.
const envelope = z
  .object({
    id: z.string().optional(),
    eventType: z.string().optional(),
    type: z.string().optional(),
    eventTime: z.string().optional(),
    time: z.string().optional(),
    data: z.unknown(),
  })
  .refine((e) => e.eventType !== undefined || e.type !== undefined, { message: 'an event has no type' });

const timestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date-time');

const validationData = z.object({ validationCode: z.string().min(1) });

const receivedData = z.object({
  messageId: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  message: z.string(),
  receivedTimestamp: timestamp,
});

const reportData = z.object({
  messageId: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  deliveryStatus: z.string().min(1),
  deliveryStatusDetails: z.string().nullish(),
  receivedTimestamp: timestamp,
  tag: z.string().nullish(),
  deliveryAttempts: z.array(z.unknown()).nullish(),
});

/** Reads an Event Grid delivery (an array of events, or one event) for the SMS webhook. */
export function parseEventGridSmsEvents(body: unknown): ParsedSmsEvents {
  const list = z
    .array(envelope)
    .min(1)
    .safeParse(Array.isArray(body) ? body : [body]);
  if (!list.success) return { kind: 'invalid', error: 'expected an array of Event Grid events' };
  const inbound: InboundSms[] = [];
  const deliveryReports: SmsDeliveryReport[] = [];
  const ignored: { id: string; eventType: string; reason: string }[] = [];
  for (const event of list.data) {
    const eventType = event.eventType ?? event.type ?? '';
    const id = event.id ?? '';
    switch (eventType) {
      case SUBSCRIPTION_VALIDATION_EVENT: {
        const data = validationData.safeParse(event.data);
        if (!data.success) return { kind: 'invalid', error: 'the validation event has no validationCode' };
        return { kind: 'validation', validationCode: data.data.validationCode };
      }
      case SMS_RECEIVED_EVENT: {
        const data = receivedData.safeParse(event.data);
        if (!data.success) {
          ignored.push({ id, eventType, reason: 'malformed data' });
          break;
        }
        inbound.push({
          messageId: data.data.messageId,
          from: data.data.from,
          to: data.data.to,
          body: data.data.message,
          receivedAt: new Date(data.data.receivedTimestamp),
        });
        break;
      }
      case SMS_DELIVERY_REPORT_EVENT: {
        const data = reportData.safeParse(event.data);
        if (!data.success) {
          ignored.push({ id, eventType, reason: 'malformed data' });
          break;
        }
        deliveryReports.push({
          messageId: data.data.messageId,
          from: data.data.from,
          to: data.data.to,
          deliveryStatus: data.data.deliveryStatus,
          details: data.data.deliveryStatusDetails ?? null,
          receivedAt: new Date(data.data.receivedTimestamp),
          tag: data.data.tag ?? null,
        });
        break;
      }
      default:
        ignored.push({ id, eventType, reason: 'not an SMS event' });
    }
  }
  return { kind: 'events', inbound, deliveryReports, ignored };
}
